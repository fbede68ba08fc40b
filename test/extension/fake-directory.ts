import { type Invite, type Member, UpdateMemberRequestSchema } from '../../shared/api/directory';
import { CreateInviteRequestSchema, type MemberSummary } from '../../shared/api/schemas';
import { countActiveOwners, decideMemberAction, type MemberAction } from '../../shared/directory/member-rules';
import type { Role } from '../../shared/schemas/common';

interface DirectorySession {
  workspaceId: string;
  member: MemberSummary;
}

interface DirectoryState {
  sessions: Map<string, DirectorySession>;
  /** The fake server's invite codes, so a code made here can be accepted there. */
  invites: Map<string, { workspaceId: string; role: Role; isUsed: boolean }>;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const failure = (status: number, code: string, message: string) => json(status, { error: { code, message } });

/**
 * The members and invites routes of docs/sync.md "Routes" for the fake Worker (fake-server.ts), in
 * memory, with the guards of shared/directory/member-rules.ts: enough for the members section's tests.
 */
export class FakeDirectory {
  private readonly removed = new Map<string, Member>();
  private readonly inviteRows = new Map<string, Invite & { workspaceId: string; code: string }>();
  private readonly lastSeen = new Map<string, string>();

  constructor(private readonly state: DirectoryState) {}

  /** Answers a directory route, or undefined when the path is none of them. */
  route(method: string, path: string, body: unknown, session: DirectorySession): Response | undefined {
    this.lastSeen.set(session.member.id, new Date().toISOString());
    const match = /^\/v1\/workspaces\/([^/]+)\/(members|invites)(?:\/([^/]+))?(\/revoke-tokens)?$/.exec(path);
    if (!match) return undefined;
    const [, workspaceId, kind, id, revokeTokens] = match.map((part) => part && decodeURIComponent(part));
    if (workspaceId !== session.workspaceId) return failure(404, 'not_found', 'No such workspace.');
    const isGoverning = session.member.role === 'owner' || session.member.role === 'pmo';
    const isList = method === 'GET' && id === undefined;
    if (!isGoverning && !(isList && kind === 'members')) return failure(403, 'forbidden', 'Ask an owner or PMO.');
    if (kind === 'members') {
      if (isList) return json(200, { members: this.listMembers(session.workspaceId, isGoverning) });
      const target = this.listMembers(session.workspaceId, false).find((m) => m.id === id);
      if (!target) return failure(404, 'member_not_found', 'No such member.');
      if (method === 'PATCH') {
        const parsed = UpdateMemberRequestSchema.safeParse(body);
        if (!parsed.success) return failure(400, 'invalid_body', parsed.error.message);
        return this.change(session, target, { kind: 'changeRole', role: parsed.data.role });
      }
      if (method === 'DELETE') return this.change(session, target, { kind: 'remove' });
      if (method === 'POST' && revokeTokens) return this.change(session, target, { kind: 'revokeTokens' });
      return undefined;
    }
    if (isList) return json(200, { invites: this.listInvites(session.workspaceId) });
    if (method === 'POST' && id === undefined) return this.createInvite(session, body);
    if (method === 'DELETE' && id) {
      const invite = this.inviteRows.get(id);
      if (!invite || invite.workspaceId !== session.workspaceId) return failure(404, 'invite_not_found', 'No invite.');
      invite.status = 'revoked';
      invite.revokedAt = new Date().toISOString();
      this.state.invites.delete(invite.code);
      return json(200, { invite: this.toInvite(invite) });
    }
    return undefined;
  }

  /** Current members from the sessions, plus the removed ones for owners and PMOs. */
  listMembers(workspaceId: string, withRemoved: boolean): Member[] {
    const byId = new Map<string, Member>();
    for (const { workspaceId: ws, member } of this.state.sessions.values()) {
      if (ws !== workspaceId || byId.has(member.id)) continue;
      byId.set(member.id, {
        ...member,
        createdAt: '2026-03-01T09:00:00.000Z',
        revokedAt: null,
        lastSeenAt: this.lastSeen.get(member.id) ?? null,
      });
    }
    const current = [...byId.values()];
    return withRemoved ? [...current, ...this.removed.values()] : current;
  }

  private change(session: DirectorySession, target: Member, action: MemberAction): Response {
    const owners = countActiveOwners(this.listMembers(session.workspaceId, false));
    const refusal = decideMemberAction(session.member, target, action, owners);
    if (refusal === 'last_owner') return failure(409, 'last_owner', 'The last owner stays.');
    if (refusal && refusal !== 'same_role') return failure(403, 'forbidden', `Refused: ${refusal}.`);
    const tokens = [...this.state.sessions].filter(([, s]) => s.member.id === target.id).map(([token]) => token);
    if (action.kind === 'changeRole') {
      for (const token of tokens) {
        const held = this.state.sessions.get(token);
        if (held) this.state.sessions.set(token, { ...held, member: { ...held.member, role: action.role } });
      }
      return json(200, { member: { ...target, role: action.role } });
    }
    for (const token of tokens) this.state.sessions.delete(token);
    if (action.kind === 'revokeTokens') return json(200, { member: target, revokedTokens: tokens.length });
    const gone = { ...target, revokedAt: new Date().toISOString() };
    this.removed.set(target.id, gone);
    return json(200, { member: gone });
  }

  private createInvite(session: DirectorySession, body: unknown): Response {
    const parsed = CreateInviteRequestSchema.safeParse(body);
    if (!parsed.success) return failure(400, 'invalid_body', parsed.error.message);
    const id = crypto.randomUUID();
    const code = `INV-${id.slice(0, 8).toUpperCase()}`;
    const now = new Date();
    const expiresAt = new Date(now.getTime() + parsed.data.expiresInHours * 3_600_000).toISOString();
    this.inviteRows.set(id, {
      id,
      code,
      workspaceId: session.workspaceId,
      name: parsed.data.name ?? null,
      role: parsed.data.role,
      email: parsed.data.email ?? null,
      status: 'pending',
      createdBy: session.member.id,
      createdAt: now.toISOString(),
      expiresAt,
      usedAt: null,
      usedBy: null,
      revokedAt: null,
    });
    this.state.invites.set(code, { workspaceId: session.workspaceId, role: parsed.data.role, isUsed: false });
    return json(201, { id, code, expiresAt });
  }

  private listInvites(workspaceId: string): Invite[] {
    return [...this.inviteRows.values()]
      .filter((invite) => invite.workspaceId === workspaceId)
      .map((invite) => {
        const code = this.state.invites.get(invite.code);
        return this.toInvite(code?.isUsed ? { ...invite, status: 'used' } : invite);
      })
      .reverse();
  }

  private toInvite({
    workspaceId: _ws,
    code: _code,
    ...invite
  }: Invite & { workspaceId: string; code: string }): Invite {
    return invite;
  }
}
