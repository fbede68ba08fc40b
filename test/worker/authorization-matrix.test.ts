import { beforeAll, describe, expect, it } from 'vitest';
import type { Role, SessionResponse } from '../../shared';
import { allowedRoles, routeDocs } from '../../worker/openapi/route-docs';
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
/** A member route: `allowed` for the listed roles, 403 for the other roles, 401 without token, 404 from another workspace. */
function memberRoute(allowed: number, roles: readonly Role[] = ['owner', 'pmo', 'pm', 'contributor', 'viewer']) {
  const statuses = { ...all(403), none: 401, foreign: 404 };
  for (const role of roles) statuses[role] = allowed;
  return statuses;
}
const managers = ['owner', 'pmo'] as const;

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

/** The expected status of every route for every caller, keyed like `METHOD /path` in routeDocs. */
const cases: Record<string, Case> = {
  'GET /v1/health': { expected: all(200), request: () => ({ method: 'GET', path: '/v1/health' }) },
  'GET /v1/openapi.json': { expected: all(200), request: () => ({ method: 'GET', path: '/v1/openapi.json' }) },
  'GET /v1/docs': { expected: all(200), request: () => ({ method: 'GET', path: '/v1/docs' }) },
  'POST /v1/workspaces': {
    // Only the bootstrap secret opens it; a member token is not that secret.
    expected: all(401),
    request: () => ({
      method: 'POST',
      path: '/v1/workspaces',
      body: { name: 'Shadow PMO', owner: { name: 'Sam', email: 'sam@acme.example' } },
    }),
  },
  'GET /v1/me': { expected: { ...memberRoute(200), foreign: 200 }, request: () => ({ method: 'GET', path: '/v1/me' }) },
  'DELETE /v1/me/token': {
    expected: { ...memberRoute(204), foreign: 204 },
    request: () => ({ method: 'DELETE', path: '/v1/me/token' }),
    isDestructive: true,
  },
  'POST /v1/me/leave': {
    // The owner of each workspace is its last owner.
    expected: { ...memberRoute(204), owner: 409, foreign: 409 },
    request: () => ({ method: 'POST', path: '/v1/me/leave' }),
    isDestructive: true,
  },
  'GET /v1/workspaces/:ws/members': {
    expected: memberRoute(200),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/members` }),
  },
  'PATCH /v1/workspaces/:ws/members/:memberId': {
    expected: memberRoute(200, managers),
    request: (f) => ({
      method: 'PATCH',
      path: `${ws(f)}/members/${f.target.member.id}`,
      body: { role: 'contributor' },
    }),
  },
  'DELETE /v1/workspaces/:ws/members/:memberId': {
    expected: memberRoute(200, managers),
    request: (f) => ({ method: 'DELETE', path: `${ws(f)}/members/${f.target.member.id}` }),
    isDestructive: true,
  },
  'POST /v1/workspaces/:ws/invites': {
    expected: memberRoute(201, managers),
    request: (f) => ({ method: 'POST', path: `${ws(f)}/invites`, body: { role: 'viewer' } }),
  },
  'GET /v1/workspaces/:ws/invites': {
    expected: memberRoute(200, managers),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/invites` }),
  },
  'DELETE /v1/workspaces/:ws/invites/:inviteId': {
    expected: memberRoute(200, managers),
    request: (f) => ({ method: 'DELETE', path: `${ws(f)}/invites/${f.inviteId}` }),
  },
  'POST /v1/invites/accept': {
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
  'GET /v1/workspaces/:ws/audit': {
    expected: memberRoute(200, managers),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/audit` }),
  },
  'POST /v1/workspaces/:ws/push': {
    expected: memberRoute(200, ['owner', 'pmo', 'pm', 'contributor']),
    request: (f) => ({
      method: 'POST',
      path: `${ws(f)}/push`,
      body: { clientGroupId: crypto.randomUUID(), mutations: [] },
    }),
  },
  'POST /v1/workspaces/:ws/pull': {
    expected: memberRoute(200),
    request: (f) => ({
      method: 'POST',
      path: `${ws(f)}/pull`,
      body: { clientGroupId: crypto.randomUUID(), cookie: null },
    }),
  },
  'GET /v1/workspaces/:ws/reports/portfolio': {
    expected: memberRoute(200),
    request: (f) => ({ method: 'GET', path: `${ws(f)}/reports/portfolio` }),
  },
};

const routeKey = (route: (typeof routeDocs)[number]) => `${route.method.toUpperCase()} ${route.path}`;

describe('authorization matrix', () => {
  it('has a row for every documented route and none for a route that is gone', () => {
    expect(Object.keys(cases).sort()).toEqual(routeDocs.map(routeKey).sort());
  });

  it('agrees with the roles the API docs claim for each route', () => {
    for (const route of routeDocs) {
      const expected = cases[routeKey(route)]?.expected;
      if (!expected || route.auth !== 'member') continue;
      const notForbidden = (['owner', 'pmo', 'pm', 'contributor', 'viewer'] as const).filter(
        (role) => expected[role] !== 403,
      );
      expect([routeKey(route), ...notForbidden]).toEqual([routeKey(route), ...allowedRoles(route)]);
    }
  });

  let shared: Fixture;
  beforeAll(async () => {
    shared = await createFixture();
  });

  // One test per route, all callers in it: the whole row is compared at once, so a failure shows every cell.
  it.each(routeDocs.map(routeKey))('%s', async (key) => {
    const testCase = cases[key];
    expect(testCase, `add "${key}" to the authorization matrix`).toBeDefined();
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
