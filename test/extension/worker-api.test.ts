import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { FetchFn } from '../../extension/background/worker-api/request-json';
import { createWorkerApi } from '../../extension/background/worker-api/worker-api';
import { apiRoutes } from '../../shared/api/routes';
import { MeResponseSchema, type SessionResponse } from '../../shared/api/schemas';

const serverUrl = 'https://pmo.example';
const session: SessionResponse = {
  workspace: { id: 'ws-1', name: 'Acme PMO' },
  member: { id: 'm-1', name: 'Olivia Owner', email: 'olivia@acme.example', role: 'owner' },
  token: 'ipmo_secret',
};
const me = { workspace: session.workspace, member: session.member };

interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A Worker stand-in that answers every request with `answer` and keeps what it was sent. */
function createFakeFetch(answer: unknown, status = 200) {
  const sent: SentRequest[] = [];
  const fetchFn: FetchFn = async (url, init) => {
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({ url, method: String(init.method), headers: init.headers as Record<string, string>, body });
    return new Response(JSON.stringify(answer), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { sent, fetchFn };
}

describe('createWorkerApi', () => {
  it('calls each route at the method and path of its description, with the token and the body', async () => {
    const { sent, fetchFn } = createFakeFetch(session, 201);
    const api = createWorkerApi(fetchFn);
    const created = await api.createWorkspace(serverUrl, 'bootstrap', {
      name: 'Acme PMO',
      owner: { name: 'Olivia Owner', email: 'olivia@acme.example' },
    });
    expect(created).toEqual({ ok: true, value: session });
    const access = { serverUrl, workspaceId: 'ws/1 x', token: session.token };
    await api.pull(access, { clientGroupId: 'group-1', cookie: null });
    expect(sent.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `POST ${serverUrl}/v1/workspaces`,
      `POST ${serverUrl}/v1/workspaces/ws%2F1%20x/pull`,
    ]);
    expect(sent[0].headers.authorization).toBe('Bearer bootstrap');
    expect(sent[1].headers.authorization).toBe(`Bearer ${session.token}`);
    expect(sent[1].body).toEqual({ clientGroupId: 'group-1', cookie: null });
  });

  it('has no path of its own: moved routes are called where their descriptions say', async () => {
    const moved = Object.fromEntries(
      Object.entries(apiRoutes).map(([name, route]) => [name, { ...route, path: route.path.replace('/v1/', '/v2/') }]),
    ) as typeof apiRoutes;
    const { sent, fetchFn } = createFakeFetch({});
    const api = createWorkerApi(fetchFn, moved);
    const access = { serverUrl, workspaceId: 'ws-1', token: session.token };
    await api.fetchHealth(serverUrl);
    await api.fetchMe(serverUrl, session.token);
    await api.acceptInvite(serverUrl, { code: 'abc', name: 'Nora', email: 'nora@acme.example' });
    await api.push(access, { clientGroupId: 'group-1', mutations: [] });
    expect(sent.map(({ url }) => new URL(url).pathname)).toEqual([
      '/v2/health',
      '/v2/me',
      '/v2/invites/accept',
      '/v2/workspaces/ws-1/push',
    ]);
  });

  it('parses every answer with the response schema of its description', async () => {
    const { fetchFn } = createFakeFetch({ ...me, member: { ...me.member, role: 'admin' } });
    const refused = await createWorkerApi(fetchFn).fetchMe(serverUrl, session.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_response', status: 200 } });
  });

  // Acceptance 2 of issue 13: one more field in one response schema reaches the client, typed and parsed.
  it('answers a field added to one response schema, typed, with no other edit', async () => {
    const withExtra = {
      ...apiRoutes,
      readMe: {
        ...apiRoutes.readMe,
        responses: {
          200: { ...apiRoutes.readMe.responses[200], schema: MeResponseSchema.extend({ extra: z.string() }) },
        },
      },
    };
    const { fetchFn } = createFakeFetch({ ...me, extra: 'from the server' });
    const answer = await createWorkerApi(fetchFn, withExtra).fetchMe(serverUrl, session.token);
    if (!answer.ok) throw new Error(answer.error.message);
    expectTypeOf(answer.value.extra).toEqualTypeOf<string>();
    expect(answer.value).toEqual({ ...me, extra: 'from the server' });

    const real = await createWorkerApi(fetchFn).fetchMe(serverUrl, session.token);
    if (!real.ok) throw new Error(real.error.message);
    expectTypeOf(real.value).not.toHaveProperty('extra');
    expect(real.value).toEqual(me);

    const { fetchFn: answersWithout } = createFakeFetch(me);
    const missing = await createWorkerApi(answersWithout, withExtra).fetchMe(serverUrl, session.token);
    expect(missing).toMatchObject({ ok: false, error: { code: 'bad_response' } });
  });
});
