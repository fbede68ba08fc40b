import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  apiRoutes,
  maxPushBytes,
  maxSmallBodyBytes,
  type PullResponse,
  type RouteDescription,
  type SessionResponse,
} from '../../shared';
import { maxBackupBytes } from '../../shared/backup/backup-format';
import { bootstrapSecret, call } from './api';
import { seedWorkspace } from './seed-directory';
import { projectCreate, TestClient } from './sync-client';
import { readWorkspaceStorage } from './workspace-storage';

const sqlText = "Robert'); DROP TABLE members; --";
const htmlText = '<script>alert("pwned")</script><img src=x onerror=alert(1)>';

interface World {
  owner: SessionResponse;
  target: SessionResponse;
  inviteCode: string;
}

/** How to reach one body-taking route, with a valid body and bodies of the wrong types for it. */
interface BodyRoute {
  path(world: World): string;
  method: string;
  token(world: World): string | undefined;
  valid(world: World): Record<string, unknown>;
  wrongTypes: unknown[];
  maxBytes: number;
}

const ws = (world: World) => `/v1/workspaces/${world.owner.workspace.id}`;

const bodyRoutes: Record<string, BodyRoute> = {
  'POST /v1/workspaces': {
    method: 'POST',
    path: () => '/v1/workspaces',
    token: () => bootstrapSecret,
    valid: () => ({ name: 'Acme', owner: { name: 'Olivia', email: 'olivia@acme.example' } }),
    wrongTypes: [
      { name: 42, owner: 'Olivia' },
      { name: 'Acme', owner: { name: ['x'], email: 7 } },
    ],
    maxBytes: maxSmallBodyBytes,
  },
  'PATCH /v1/workspaces/:ws/members/:memberId': {
    method: 'PATCH',
    path: (w) => `${ws(w)}/members/${w.target.member.id}`,
    token: (w) => w.owner.token,
    valid: () => ({ role: 'pm' }),
    wrongTypes: [{ role: 3 }, { role: 'admin' }, { role: ['pm'] }, { role: null }],
    maxBytes: maxSmallBodyBytes,
  },
  'POST /v1/workspaces/:ws/invites': {
    method: 'POST',
    path: (w) => `${ws(w)}/invites`,
    token: (w) => w.owner.token,
    valid: () => ({ role: 'viewer' }),
    wrongTypes: [
      { role: 'owner' },
      { role: 'pm', expiresInHours: 'soon' },
      { role: 'pm', email: 12 },
      { role: 'pm', name: 42 },
      { role: 'pm', name: ['Nora'] },
      { role: 'pm', name: '' },
    ],
    maxBytes: maxSmallBodyBytes,
  },
  'POST /v1/invites/accept': {
    method: 'POST',
    path: () => '/v1/invites/accept',
    token: () => undefined,
    valid: (w) => ({ code: w.inviteCode, name: 'Nora', email: 'nora@acme.example' }),
    wrongTypes: [
      { code: 1234, name: 'Nora', email: 'nora@acme.example' },
      { code: 'X', name: {}, email: [] },
    ],
    maxBytes: maxSmallBodyBytes,
  },
  'POST /v1/workspaces/:ws/push': {
    method: 'POST',
    path: (w) => `${ws(w)}/push`,
    token: (w) => w.owner.token,
    valid: () => ({ clientGroupId: 'group-hostile', mutations: [] }),
    wrongTypes: [
      { clientGroupId: 7, mutations: [] },
      { clientGroupId: 'g', mutations: {} },
      {
        clientGroupId: 'g',
        mutations: [{ clientId: 'c', id: 1, name: 'risk.explode', args: {}, clientTime: '2026-01-01T00:00:00Z' }],
      },
      { clientGroupId: 'g', mutations: [{ clientId: 'c', id: '1', name: 'risk.create', args: {}, clientTime: 'now' }] },
    ],
    maxBytes: maxPushBytes,
  },
  'POST /v1/workspaces/:ws/pull': {
    method: 'POST',
    path: (w) => `${ws(w)}/pull`,
    token: (w) => w.owner.token,
    valid: () => ({ clientGroupId: 'group-hostile', cookie: null }),
    wrongTypes: [
      { clientGroupId: 'g', cookie: 'yesterday' },
      { clientGroupId: 'g', cookie: null, limit: 1e9 },
    ],
    maxBytes: maxSmallBodyBytes,
  },
  'POST /v1/workspaces/:ws/restore': {
    method: 'POST',
    path: (w) => `${ws(w)}/restore`,
    token: (w) => w.owner.token,
    // The world's workspace holds a project, so even this valid backup is refused (409): nothing may change.
    valid: () => ({
      formatVersion: 1,
      exportedAt: '2026-11-25T10:00:00.000Z',
      workspace: { id: 'old', name: 'Old PMO' },
      records: [],
    }),
    wrongTypes: [
      { formatVersion: '1', records: [] },
      { formatVersion: 1, exportedAt: 'now', workspace: { id: 'old', name: 'Old PMO' }, records: 'all' },
      {
        formatVersion: 1,
        exportedAt: '2026-11-25T10:00:00.000Z',
        workspace: { id: 'old', name: 'Old PMO' },
        records: [{ entity: 'rocket', value: {} }],
      },
    ],
    maxBytes: maxBackupBytes,
  },
  'POST /v1/workspaces/:ws/share-links': {
    method: 'POST',
    path: (w) => `${ws(w)}/share-links`,
    token: (w) => w.owner.token,
    valid: () => ({ label: 'Steering committee', expiresInDays: 30 }),
    wrongTypes: [{ expiresInDays: '30' }, { expiresInDays: 0 }, { label: 42, expiresInDays: 7 }, { expiresInDays: 91 }],
    maxBytes: maxSmallBodyBytes,
  },
};

/** A workspace with a project, a member to act on and an unused invite code. */
async function createWorld(): Promise<World> {
  const [owner, target] = await seedWorkspace(['owner', 'viewer']);
  await new TestClient(owner).push([projectCreate()]);
  const invite = await call<{ code: string }>(`/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body: { role: 'viewer' },
  });
  return { owner, target, inviteCode: invite.json.code };
}

/** Everything a hostile request could change: the directory rows and the workspace's Durable Object. */
async function snapshot(world: World) {
  const directory = await env.DB.batch(
    ['workspaces', 'members', 'tokens', 'invites', 'audit_log'].map((table) =>
      env.DB.prepare(`SELECT COUNT(*) AS n, MAX(rowid) AS last FROM ${table}`),
    ),
  );
  return {
    directory: directory.map((result) => result.results),
    storage: await readWorkspaceStorage(world.owner.workspace.id),
  };
}

async function send(world: World, route: BodyRoute, rawBody: string) {
  return call(route.path(world), { method: route.method, token: route.token(world), rawBody });
}

function expectClientError(response: { status: number; json: unknown }, status?: number) {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  if (status) expect(response.status).toBe(status);
  expect(response.json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
}

describe('hostile input on every body-taking route: 4xx with an error body, never 5xx, nothing changed', () => {
  it('covers every documented route that takes a body', () => {
    const documented = Object.values<RouteDescription>(apiRoutes)
      .filter((route) => route.body)
      .map((route) => `${route.method} ${route.path}`);
    expect(Object.keys(bodyRoutes).sort()).toEqual(documented.sort());
  });

  it.each(Object.entries(bodyRoutes))('%s', async (_key, route) => {
    const world = await createWorld();
    const before = await snapshot(world);
    const valid = JSON.stringify(route.valid(world));
    const attacks: [string, string, number?][] = [
      ['malformed JSON', valid.slice(0, -3), 400],
      ['empty body', '', 400],
      ['trailing garbage', `${valid} {}`, 400],
      ...['42', 'null', '"text"', '[]', 'true'].map((text): [string, string, number] => [`JSON ${text}`, text, 400]),
      ...route.wrongTypes.map((body): [string, string, number] => ['wrong types', JSON.stringify(body), 400]),
      ['huge body', JSON.stringify({ ...route.valid(world), padding: 'x'.repeat(route.maxBytes) }), 413],
      ['deep nesting', `${'['.repeat(5_000)}${']'.repeat(5_000)}`, 400],
      [
        'deep nesting in a valid field',
        `{"deep": ${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}, ${valid.slice(1)}`,
        400,
      ],
      ['__proto__ key', `{"__proto__": {"isAdmin": true}, ${valid.slice(1)}`, 400],
      ['escaped __proto__ key', `{"\\u005f_proto__": {"isAdmin": true}, ${valid.slice(1)}`, 400],
      [
        'nested constructor.prototype',
        `{"x": {"constructor": {"prototype": {"isAdmin": true}}}, ${valid.slice(1)}`,
        400,
      ],
    ];
    for (const [name, rawBody, status] of attacks) {
      const response = await send(world, route, rawBody);
      expect.soft(response.status, `${name}: ${response.text.slice(0, 200)}`).toBeLessThan(500);
      expectClientError(response, status);
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(await snapshot(world)).toEqual(before);
  });
});

describe('hostile push arguments', () => {
  it('refuses arguments nested deeper than any mutation needs with 400 (the Durable Object RPC would overflow)', async () => {
    const world = await createWorld();
    const before = await snapshot(world);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const response = await call(`${ws(world)}/push`, {
      token: world.owner.token,
      rawBody: `{"clientGroupId":"g","mutations":[{"clientId":"c","id":1,"name":"risk.update","args":{"id":"x","patch":{"title":${deep}}},"clientTime":"2026-01-01T00:00:00Z"}]}`,
    });
    expectClientError(response, 400);
    expect(response.json).toMatchObject({ error: { message: expect.stringContaining('nested') } });
    expect(await snapshot(world)).toEqual(before);
  });

  it("rejects a prototype key inside one mutation's args alone, so the client queue moves on", async () => {
    const world = await createWorld();
    const client = new TestClient(world.owner);
    const [mutation] = client.number([projectCreate()]);
    const raw = JSON.stringify({ clientGroupId: client.clientGroupId, mutations: [mutation] }).replace(
      '"args":{',
      '"args":{"__proto__":{"isAdmin":true},',
    );
    const response = await call<{ results: { status: string; error?: { code: string } }[] }>(`${ws(world)}/push`, {
      token: world.owner.token,
      rawBody: raw,
    });
    expect(response.status).toBe(200);
    expect(response.json.results).toEqual([expect.objectContaining({ status: 'rejected' })]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('SQL and HTML in valid fields are stored and returned verbatim', () => {
  it('keeps a workspace, owner and member name exactly as sent', async () => {
    const created = await call<SessionResponse>('/v1/workspaces', {
      token: bootstrapSecret,
      body: { name: sqlText, owner: { name: htmlText, email: "o'reilly@acme.example" } },
    });
    expect(created.status).toBe(201);
    const me = await call('/v1/me', { token: created.json.token });
    expect(me.json).toMatchObject({
      workspace: { name: sqlText },
      member: { name: htmlText, email: "o'reilly@acme.example" },
    });
    const invite = await call<{ code: string }>(`/v1/workspaces/${created.json.workspace.id}/invites`, {
      token: created.json.token,
      body: { role: 'pm' },
    });
    const joined = await call<SessionResponse>('/v1/invites/accept', {
      body: { code: invite.json.code, name: `${sqlText} ${htmlText}`, email: 'dana@acme.example' },
    });
    expect(joined.json.member.name).toBe(`${sqlText} ${htmlText}`);
    const members = await call<{ members: { name: string }[] }>(`/v1/workspaces/${created.json.workspace.id}/members`, {
      token: created.json.token,
    });
    expect(members.json.members.map((member) => member.name)).toEqual([htmlText, `${sqlText} ${htmlText}`]);
    const tables = await env.DB.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'members'").first<{
      n: number;
    }>();
    expect(tables?.n).toBe(1);
  });

  it('keeps synced text exactly as pushed and pulls it back unchanged', async () => {
    const [owner] = await seedWorkspace(['owner']);
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    await client.push([
      { name: 'project.create', args: { id: projectId, code: 'SQL', name: sqlText, description: htmlText } },
    ]);
    const pulled = await client.pull();
    const project = (pulled.json as PullResponse).patch.find((op) => op.op === 'put' && op.id === projectId);
    expect(project).toMatchObject({ value: { name: sqlText, description: htmlText } });
  });
});
