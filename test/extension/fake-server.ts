import { AcceptInviteRequestSchema, CreateWorkspaceRequestSchema, type MemberSummary } from '../../shared/api/schemas';
import type { AnyRecord, EntityName } from '../../shared/entities';
import { listManagedProjectIds } from '../../shared/mutations/managed-projects';
import type { MutationName } from '../../shared/mutations/registry';
import { listFromRows } from '../../shared/mutations/row-queries';
import { prepareMutation, rowKey } from '../../shared/mutations/run-mutation';
import type { AppError } from '../../shared/result';
import { writingRoles } from '../../shared/roles';
import type { Role } from '../../shared/schemas/common';
import {
  defaultPullLimit,
  type MutationOutcome,
  type PatchOp,
  PullRequestSchema,
  PushRequestSchema,
} from '../../shared/sync/protocol';
import { FakeDirectory } from './fake-directory';
import { FakeHistory } from './fake-history';

/**
 * An in-memory Worker + Durable Object that follows docs/sync.md ("Push rules", "Pull"): ordered push with skip / gap / permanent
 * errors, versioned rows with tombstones, pull paged on whole versions, `clear` on a stale epoch.
 * Its `fetch` stands in for the network, with switches for going offline and failing requests.
 */

interface StoredRow {
  entity: EntityName;
  id: string;
  /** null = tombstone. */
  value: AnyRecord | null;
  version: number;
}

interface ClientState {
  clientGroupId: string;
  lastMutationId: number;
  lastMutationIdVersion: number;
}

interface WorkspaceState {
  id: string;
  name: string;
  version: number;
  epoch: string;
  rows: Map<string, StoredRow>;
  clients: Map<string, ClientState>;
  clientGroups: Map<string, string>;
  errors: { clientId: string; id: number; error: AppError; version: number }[];
}

interface Session {
  workspaceId: string;
  member: MemberSummary;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const failure = (status: number, code: string, message: string, headers: Record<string, string> = {}) => {
  const response = json(status, { error: { code, message } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
};

export class FakeServer {
  // https: the extension sends a token over plain http only to this computer (validate-workspace-forms.ts).
  readonly url = 'https://fake-worker.test';
  bootstrapSecret = 'dev-secret';
  /** Rows per pull page at most, whatever the client asks (a test sets it to see several pages). */
  pullLimit = defaultPullLimit;
  /** While true, every request fails like an unplugged network (fetch rejects with a TypeError). */
  isOffline = false;
  readonly log: RequestLogEntry[] = [];
  private readonly workspaces = new Map<string, WorkspaceState>();
  private readonly sessions = new Map<string, Session>();
  private readonly invites = new Map<string, { workspaceId: string; role: Role; isUsed: boolean }>();
  private readonly failures: Response[] = [];
  /** Members and invites routes (fake-directory.ts), over the same sessions and invite codes. */
  readonly directory = new FakeDirectory({ sessions: this.sessions, invites: this.invites });
  /** Record history (fake-history.ts), written with each applied mutation; names from the sessions. */
  readonly history = new FakeHistory(
    (memberId) => [...this.sessions.values()].find((session) => session.member.id === memberId)?.member.name,
  );
  private clock = Date.parse('2026-03-02T09:00:00Z');

  /** The network as the extension sees it. */
  readonly fetch = async (input: string, init: RequestInit): Promise<Response> => {
    if (this.isOffline) throw new TypeError('Failed to fetch');
    const url = new URL(input);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const injected = this.failures.shift();
    const response = injected ?? this.route(init.method ?? 'GET', url.pathname, body, init.headers, url.searchParams);
    this.log.push({ method: init.method ?? 'GET', path: url.pathname, status: response.status, body });
    return response;
  };

  /** The next request answers this instead of being handled; `headers` e.g. `{ 'retry-after': '30' }`. */
  failNextRequest(status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    this.failures.push(failure(status, code, message, headers));
  }

  /** Creates a workspace as the bootstrap endpoint does; answers the owner's session. */
  createWorkspace(name: string, owner = { name: 'Olivia Owner', email: 'olivia@example.com' }) {
    const workspaceId = crypto.randomUUID();
    this.workspaces.set(workspaceId, {
      id: workspaceId,
      name,
      version: 0,
      epoch: 'e1',
      rows: new Map(),
      clients: new Map(),
      clientGroups: new Map(),
      errors: [],
    });
    return this.addMember(workspaceId, { ...owner, role: 'owner' });
  }

  /** Adds a member directly (as an accepted invite would) and answers their session. */
  addMember(workspaceId: string, person: { name: string; email: string; role: Role }) {
    const workspace = this.workspaceOf(workspaceId);
    const member: MemberSummary = { id: crypto.randomUUID(), ...person };
    const token = `tok_${crypto.randomUUID()}`;
    this.sessions.set(token, { workspaceId, member });
    return { workspace: { id: workspace.id, name: workspace.name }, member, token };
  }

  createInvite(workspaceId: string, role: Role = 'contributor'): string {
    const code = `INV-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    this.invites.set(code, { workspaceId, role, isUsed: false });
    return code;
  }

  revokeToken(token: string): void {
    this.sessions.delete(token);
  }

  /** Removes a member from their workspace: every token of theirs stops working, as after DELETE …/members/:id. */
  removeMember(memberId: string): void {
    for (const [token, session] of this.sessions) {
      if (session.member.id === memberId) this.sessions.delete(token);
    }
  }

  /** Simulates pruned tombstones: every cookie of the old epoch now gets `clear` and the full state. */
  changeEpoch(workspaceId: string): void {
    const workspace = this.workspaceOf(workspaceId);
    workspace.epoch = `e${Number(workspace.epoch.slice(1)) + 1}`;
  }

  /** Live rows of an entity as the server holds them. */
  liveRows(workspaceId: string, entity: EntityName): AnyRecord[] {
    return [...this.workspaceOf(workspaceId).rows.values()]
      .filter((row) => row.entity === entity && row.value !== null)
      .map((row) => row.value as AnyRecord);
  }

  requestsTo(suffix: string): RequestLogEntry[] {
    return this.log.filter((entry) => entry.path.endsWith(suffix));
  }

  private workspaceOf(workspaceId: string): WorkspaceState {
    const workspace = this.workspaces.get(workspaceId);
    if (!workspace) throw new Error(`no workspace ${workspaceId}`);
    return workspace;
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private route(
    method: string,
    path: string,
    body: unknown,
    headers: RequestInit['headers'],
    search = new URLSearchParams(),
  ): Response {
    const bearer = new Headers(headers).get('authorization')?.replace(/^Bearer /, '');
    if (method === 'GET' && path === '/v1/health') return json(200, { ok: true, version: '0.1.0-fake' });
    if (method === 'POST' && path === '/v1/workspaces') return this.handleCreateWorkspace(bearer, body);
    if (method === 'POST' && path === '/v1/invites/accept') return this.handleAcceptInvite(body);
    const session = bearer ? this.sessions.get(bearer) : undefined;
    if (!session)
      return failure(401, 'unauthorized', 'This access token is invalid or was revoked. Ask for a new invite.');
    if (method === 'GET' && path === '/v1/me') {
      const workspace = this.workspaceOf(session.workspaceId);
      return json(200, { workspace: { id: workspace.id, name: workspace.name }, member: session.member });
    }
    const match = /^\/v1\/workspaces\/([^/]+)\/(push|pull)$/.exec(path);
    if (method === 'POST' && match) {
      if (decodeURIComponent(match[1]) !== session.workspaceId) return failure(404, 'not_found', 'No such workspace.');
      return match[2] === 'push' ? this.handlePush(session, body) : this.handlePull(session, body);
    }
    const history = /^\/v1\/workspaces\/([^/]+)\/history$/.exec(path);
    if (method === 'GET' && history) {
      if (decodeURIComponent(history[1]) !== session.workspaceId)
        return failure(404, 'not_found', 'No such workspace.');
      return this.history.read(session.workspaceId, search);
    }
    const directory = this.directory.route(method, path, body, session);
    if (directory) return directory;
    return failure(404, 'not_found', `No route for ${method} ${path}.`);
  }

  private handleCreateWorkspace(bearer: string | undefined, body: unknown): Response {
    if (bearer !== this.bootstrapSecret) {
      return failure(
        401,
        'invalid_bootstrap_secret',
        'The bootstrap secret is wrong. Use the BOOTSTRAP_SECRET of this Worker.',
      );
    }
    const parsed = CreateWorkspaceRequestSchema.safeParse(body);
    if (!parsed.success) return failure(400, 'invalid_body', parsed.error.message);
    return json(201, this.createWorkspace(parsed.data.name, parsed.data.owner));
  }

  private handleAcceptInvite(body: unknown): Response {
    const parsed = AcceptInviteRequestSchema.safeParse(body);
    if (!parsed.success) return failure(400, 'invalid_body', parsed.error.message);
    const invite = this.invites.get(parsed.data.code);
    if (!invite)
      return failure(404, 'invite_not_found', 'This invite code does not exist. Check it with the person who sent it.');
    if (invite.isUsed) return failure(410, 'invite_used', 'This invite code was already used. Ask for a new one.');
    invite.isUsed = true;
    return json(
      200,
      this.addMember(invite.workspaceId, { name: parsed.data.name, email: parsed.data.email, role: invite.role }),
    );
  }

  private handlePush(session: Session, body: unknown): Response {
    // As the Worker's route description says (shared/api/routes/sync-routes.ts): only writing roles push.
    if (!(writingRoles as readonly string[]).includes(session.member.role))
      return failure(403, 'forbidden', 'Your role cannot change this workspace (push).');
    const parsed = PushRequestSchema.safeParse(body);
    if (!parsed.success) return failure(400, 'invalid_body', parsed.error.message);
    const workspace = this.workspaceOf(session.workspaceId);
    const { clientGroupId, mutations } = parsed.data;
    const owner = workspace.clientGroups.get(clientGroupId);
    if (owner && owner !== session.member.id)
      return failure(403, 'forbidden', 'This client group belongs to another member.');
    workspace.clientGroups.set(clientGroupId, session.member.id);
    const results: MutationOutcome[] = [];
    for (const mutation of mutations) {
      const client = workspace.clients.get(mutation.clientId) ?? {
        clientGroupId,
        lastMutationId: 0,
        lastMutationIdVersion: 0,
      };
      if (client.clientGroupId !== clientGroupId)
        return failure(403, 'forbidden', 'This client belongs to another group.');
      workspace.clients.set(mutation.clientId, client);
      if (mutation.id <= client.lastMutationId) {
        results.push({ clientId: mutation.clientId, id: mutation.id, status: 'skipped' });
        continue;
      }
      if (mutation.id > client.lastMutationId + 1) {
        return failure(
          409,
          'mutation_gap',
          `Expected mutation ${client.lastMutationId + 1}, got ${mutation.id}. Pull, then push again.`,
        );
      }
      const error = this.applyMutation(workspace, session, mutation.name, mutation.args);
      client.lastMutationId = mutation.id;
      client.lastMutationIdVersion = workspace.version;
      if (error) {
        workspace.errors.push({ clientId: mutation.clientId, id: mutation.id, error, version: workspace.version });
        results.push({ clientId: mutation.clientId, id: mutation.id, status: 'rejected', error });
      } else {
        results.push({ clientId: mutation.clientId, id: mutation.id, status: 'applied' });
      }
    }
    return json(200, { results });
  }

  /** Applies one mutation in server order; answers its permanent error, if any. Bumps the version either way. */
  private applyMutation(
    workspace: WorkspaceState,
    session: Session,
    name: MutationName,
    args: unknown,
  ): AppError | undefined {
    workspace.version += 1;
    const prepared = prepareMutation(name, args);
    if (!prepared.ok) return prepared.error;
    const read = (entity: EntityName, id: string) => workspace.rows.get(rowKey(entity, id))?.value ?? undefined;
    // Like the Durable Object: a pm's managed projects come from the stored rows.
    const projects = [...workspace.rows.values()].flatMap((row) =>
      row.entity === 'project' && row.value ? [row.value] : [],
    );
    const live = new Map([...workspace.rows].flatMap(([key, row]) => (row.value ? [[key, row.value] as const] : [])));
    const now = this.now();
    const result = prepared.value.apply(
      read,
      {
        actorId: session.member.id,
        role: session.member.role,
        now,
        managedProjectIds: listManagedProjectIds(projects, session.member.id),
      },
      (query) => listFromRows(live, query),
    );
    if (!result.ok) return result.error;
    // Like the Durable Object: a deleted id is never written again.
    const revived = result.value.find(
      (write) => write.op === 'put' && workspace.rows.get(rowKey(write.entity, write.id))?.value === null,
    );
    if (revived)
      return {
        code: 'id_retired',
        message: `${revived.entity} ${revived.id} was deleted; its id is never used again.`,
      };
    this.history.record(
      workspace.id,
      result.value,
      { at: now, by: session.member.id, mutation: name },
      (entity, id) => workspace.rows.get(rowKey(entity as EntityName, id))?.value,
    );
    for (const write of result.value) {
      const key = rowKey(write.entity, write.id);
      const value = write.op === 'put' ? { ...write.value, version: workspace.version } : null;
      workspace.rows.set(key, { entity: write.entity, id: write.id, value, version: workspace.version });
    }
    return undefined;
  }

  private handlePull(session: Session, body: unknown): Response {
    const parsed = PullRequestSchema.safeParse(body);
    if (!parsed.success) return failure(400, 'invalid_body', parsed.error.message);
    const workspace = this.workspaceOf(session.workspaceId);
    const { clientGroupId, cookie } = parsed.data;
    const limit = Math.min(parsed.data.limit ?? this.pullLimit, this.pullLimit);
    const isReset = cookie === null || cookie.epoch !== workspace.epoch;
    const from = isReset ? 0 : cookie.version;

    const changed = [...workspace.rows.values()]
      .filter((row) => row.version > from && !(isReset && row.value === null))
      .sort((a, b) => a.version - b.version);
    // Pages end on whole versions: never split the rows of one version across pages.
    let end = workspace.version;
    let taken = changed.length;
    if (changed.length > limit) {
      const lastVersion = changed[limit - 1].version;
      taken = changed.findIndex((row) => row.version > lastVersion);
      if (taken === -1) taken = changed.length;
      else end = lastVersion;
    }
    const page = changed.slice(0, taken);
    const patch: PatchOp[] = isReset ? [{ op: 'clear' }] : [];
    for (const row of page) {
      patch.push(
        row.value === null
          ? { op: 'del', entity: row.entity, id: row.id }
          : { op: 'put', entity: row.entity, id: row.id, value: row.value },
      );
    }
    const groupClients = [...workspace.clients].filter(([, client]) => client.clientGroupId === clientGroupId);
    const lastMutationIdChanges: Record<string, number> = {};
    for (const [clientId, client] of groupClients) {
      if (client.lastMutationIdVersion > from && client.lastMutationIdVersion <= end) {
        lastMutationIdChanges[clientId] = client.lastMutationId;
      }
    }
    const clientIds = new Set(groupClients.map(([clientId]) => clientId));
    const mutationErrors = workspace.errors
      .filter((entry) => clientIds.has(entry.clientId) && entry.version > from && entry.version <= end)
      .map(({ clientId, id, error }) => ({ clientId, id, error }));
    return json(200, {
      cookie: { version: end, epoch: workspace.epoch },
      lastMutationIdChanges,
      mutationErrors,
      patch,
      hasMore: end < workspace.version,
    });
  }
}
