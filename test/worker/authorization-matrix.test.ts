import { beforeAll, describe, expect, it } from 'vitest';
import { allRoles, apiRoutes, type Role, type RouteName, readAllowedRoles, type SessionResponse } from '../../shared';
import { bootstrapSecret, call } from './api';
import { seedWorkspace } from './seed-directory';

/** Who calls: a member of each role, nobody (no token), or the owner of another workspace. */
const columns = ['owner', 'pmo', 'pm', 'contributor', 'viewer', 'none', 'foreign'] as const;
type Column = (typeof columns)[number];

/** A workspace with one member per role, a member to act on, a pending invite, and a foreign workspace. */
interface Fixture {
  sessions: Record<Role, SessionResponse>;
  target: SessionResponse;
  inviteId: string;
  foreign: SessionResponse;
}

async function createFixture(): Promise<Fixture> {
  const [owner, pmo, pm, contributor, viewer, target] = await seedWorkspace([
    'owner',
    'pmo',
    'pm',
    'contributor',
    'viewer',
    'viewer',
  ]);
  const invite = await call<{ id: string }>(`/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body: { role: 'pm' },
  });
  const [foreign] = await seedWorkspace(['owner']);
  return { sessions: { owner, pmo, pm, contributor, viewer }, target, inviteId: invite.json.id, foreign };
}

function tokenOf(fixture: Fixture, column: Column): string | undefined {
  if (column === 'none') return undefined;
  return column === 'foreign' ? fixture.foreign.token : fixture.sessions[column].token;
}

type Statuses = Record<Column, number>;
const all = (status: number): Statuses => Object.fromEntries(columns.map((column) => [column, status])) as Statuses;
/**
 * A member route: `allowed` for the roles its description lets through, 403 for the other roles,
 * 401 without token, 404 from another workspace.
 */
function memberRoute(allowed: number, name: RouteName) {
  const statuses = { ...all(403), none: 401, foreign: 404 };
  for (const role of readAllowedRoles(apiRoutes[name])) statuses[role] = allowed;
  return statuses;
}

interface Case {
  expected: Statuses;
  /** The request to send, built from the fixture; may prepare data first (an invite code to accept). */
  request(
    fixture: Fixture,
  ): Promise<{ method: string; path: string; body?: unknown }> | { method: string; path: string; body?: unknown };
  /** The call changes what other cells rely on (revokes a token or a member): each cell gets a fresh fixture. */
  isDestructive?: boolean;
}

const ws = (fixture: Fixture) => `/v1/workspaces/${fixture.sessions.owner.workspace.id}`;

/** The expected status of every route for every caller, keyed by the route's name in shared/api/routes/. */
const cases: Record<RouteName, Case> = {
  health: { expected: all(200), request: () => ({ method: 'GET', path: '/v1/health' }) },
  openApiDocument: { expected: all(200), request: () => ({ method: 'GET', path: '/v1/openapi.json' }) },
  docsPage: { expected: all(200), request: () => ({ method: 'GET', path: '/v1/docs' }) },
  createWorkspace: {
    // Only the bootstrap secret opens it; a member token is not that secret.
    expected: all(401),
    request: () => ({
      method: 'POST',
      path: '/v1/workspaces',
      body: { name: 'Shadow PMO', owner: { name: 'Sam', email: 'sam@acme.example' } },
    }),
  },
  readMe: {
    expected: { ...memberRoute(200, 'readMe'), foreign: 200 },
    request: () => ({ method: 'GET', path: '/v1/me' }),
  },
  signOut: {
    expected: { ...memberRoute(204, 'signOut'), foreign: 204 },
    request: () => ({ method: 'DELETE', path: '/v1/me/token' }),
    isDestructive: true,
  },
  leaveWorkspace: {
    // The owner of each workspace is its last owner.
    expected: { ...memberRoute(204, 'leaveWorkspace'), owner: 409, foreign: 409 },
    request: () => ({ method: 'POST', path: '/v1/me/leave' }),
    isDestructive: true,
  },
  listMembers: {
    expected: memberRoute(200, 'listMembers'),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/members` }),
  },
  changeMemberRole: {
    expected: memberRoute(200, 'changeMemberRole'),
    request: (f) => ({
      method: 'PATCH',
      path: `${ws(f)}/members/${f.target.member.id}`,
      body: { role: 'contributor' },
    }),
  },
  removeMember: {
    expected: memberRoute(200, 'removeMember'),
    request: (f) => ({ method: 'DELETE', path: `${ws(f)}/members/${f.target.member.id}` }),
    isDestructive: true,
  },
  revokeMemberTokens: {
    expected: memberRoute(200, 'revokeMemberTokens'),
    request: (f) => ({ method: 'POST', path: `${ws(f)}/members/${f.target.member.id}/revoke-tokens` }),
    isDestructive: true,
  },
  createInvite: {
    expected: memberRoute(201, 'createInvite'),
    request: (f) => ({ method: 'POST', path: `${ws(f)}/invites`, body: { role: 'viewer' } }),
  },
  listInvites: {
    expected: memberRoute(200, 'listInvites'),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/invites` }),
  },
  revokeInvite: {
    expected: memberRoute(200, 'revokeInvite'),
    request: (f) => ({ method: 'DELETE', path: `${ws(f)}/invites/${f.inviteId}` }),
  },
  acceptInvite: {
    expected: all(200),
    async request(f) {
      const { json } = await call<{ code: string }>(`${ws(f)}/invites`, {
        token: f.sessions.owner.token,
        body: { role: 'viewer' },
      });
      return {
        method: 'POST',
        path: '/v1/invites/accept',
        body: { code: json.code, name: 'Nora New', email: 'nora@acme.example' },
      };
    },
  },
  readAudit: {
    expected: memberRoute(200, 'readAudit'),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/audit` }),
  },
  push: {
    expected: memberRoute(200, 'push'),
    request: (f) => ({
      method: 'POST',
      path: `${ws(f)}/push`,
      body: { clientGroupId: crypto.randomUUID(), mutations: [] },
    }),
  },
  pull: {
    expected: memberRoute(200, 'pull'),
    request: (f) => ({
      method: 'POST',
      path: `${ws(f)}/pull`,
      body: { clientGroupId: crypto.randomUUID(), cookie: null },
    }),
  },
  readPortfolio: {
    expected: memberRoute(200, 'readPortfolio'),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/reports/portfolio` }),
  },
  readHistory: {
    expected: memberRoute(200, 'readHistory'),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/history?limit=5` }),
  },
  readReminders: {
    expected: memberRoute(200, 'readReminders'),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/reminders` }),
  },
  createShareLink: {
    expected: memberRoute(201, 'createShareLink'),
    request: (f) => ({ method: 'POST', path: `${ws(f)}/share-links`, body: { expiresInDays: 7 } }),
  },
  listShareLinks: {
    expected: memberRoute(200, 'listShareLinks'),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/share-links` }),
  },
  revokeShareLink: {
    expected: memberRoute(200, 'revokeShareLink'),
    async request(f) {
      const { json } = await call<{ id: string }>(`${ws(f)}/share-links`, {
        token: f.sessions.owner.token,
        body: { expiresInDays: 7 },
      });
      return { method: 'DELETE', path: `${ws(f)}/share-links/${json.id}` };
    },
  },
  openSharePage: {
    // The link alone opens the page; whatever bearer comes with it changes nothing.
    expected: all(200),
    async request(f) {
      const { json } = await call<{ url: string }>(`${ws(f)}/share-links`, {
        token: f.sessions.owner.token,
        body: { expiresInDays: 7 },
      });
      return { method: 'GET', path: new URL(json.url).pathname };
    },
  },
  readBackup: {
    expected: memberRoute(200, 'readBackup'),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/backup` }),
  },
  restoreBackup: {
    // The fixture's workspace has no member writes, so the owner's restore succeeds once: fresh fixture per cell.
    expected: memberRoute(200, 'restoreBackup'),
    request: (f) => ({
      method: 'POST',
      path: `${ws(f)}/restore`,
      body: {
        formatVersion: 1,
        exportedAt: '2026-11-25T10:00:00.000Z',
        workspace: { id: 'w', name: 'Old PMO' },
        records: [],
      },
    }),
    isDestructive: true,
  },
};

const routeNames = Object.keys(apiRoutes) as RouteName[];
const routeKey = (name: RouteName) => `${name}: ${apiRoutes[name].method} ${apiRoutes[name].path}`;

describe('authorization matrix', () => {
  it('has a row for every described route and none for a route that is gone', () => {
    expect(Object.keys(cases).sort()).toEqual([...routeNames].sort());
  });

  // The matrix reads each route's roles from its description; this pins the policy itself, so
  // widening a route is a deliberate edit here and in docs/sync.md "Roles", never a slip.
  it('narrows people, invites and the audit log to owners and PMOs, and push to the writing roles', () => {
    const narrowed = routeNames
      .filter((name) => {
        const route = apiRoutes[name];
        return route.auth === 'member' && route.roles.length < allRoles.length;
      })
      .map((name) => [name, readAllowedRoles(apiRoutes[name]).join(', ')]);
    expect(Object.fromEntries(narrowed)).toEqual({
      changeMemberRole: 'owner, pmo',
      removeMember: 'owner, pmo',
      revokeMemberTokens: 'owner, pmo',
      createInvite: 'owner, pmo',
      listInvites: 'owner, pmo',
      revokeInvite: 'owner, pmo',
      readAudit: 'owner, pmo',
      createShareLink: 'owner, pmo',
      listShareLinks: 'owner, pmo',
      revokeShareLink: 'owner, pmo',
      readBackup: 'owner, pmo',
      restoreBackup: 'owner',
      push: 'owner, pmo, pm, contributor',
    });
  });

  let shared: Fixture;
  beforeAll(async () => {
    shared = await createFixture();
  });

  // One test per route, all callers in it: the whole row is compared at once, so a failure shows every cell.
  it.each(routeNames.map((name) => [routeKey(name), name] as const))('%s', async (key, name) => {
    const testCase = cases[name];
    expect(testCase, `add "${name}" to the authorization matrix`).toBeDefined();
    const actual = {} as Statuses;
    for (const column of columns) {
      const fixture = testCase.isDestructive ? await createFixture() : shared;
      const { method, path, body } = await testCase.request(fixture);
      const response = await call(path, { method, body, token: tokenOf(fixture, column) });
      actual[column] = response.status;
      if (response.status >= 400) {
        expect(response.json, `${key} as ${column}`).toMatchObject({
          error: { code: expect.any(String), message: expect.any(String) },
        });
      }
    }
    expect(actual).toEqual(testCase.expected);
  });

  it('answers a request with the bootstrap secret instead of a member token like no token at all', async () => {
    const response = await call(`${ws(shared)}/members`, { token: bootstrapSecret });
    expect(response.status).toBe(401);
  });
});
