import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared';
import app from '../../worker/index';
import { addMember, bootstrapSecret, call, createWorkspace } from './api';

const extensionOrigin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

async function fetchWorker(path: string, init: RequestInit = {}) {
  const response = await exports.default.fetch(`https://api.test${path}`, init);
  await response.arrayBuffer();
  return response;
}

describe('security headers', () => {
  it('marks every kind of answer nosniff: success, 404, 401, 400, 413, 415, CORS preflight, docs, CSV', async () => {
    const owner = await createWorkspace();
    const ws = `/v1/workspaces/${owner.workspace.id}`;
    const json = { 'Content-Type': 'application/json', Authorization: `Bearer ${owner.token}` };
    const answers: [string, Response][] = [
      ['health', await fetchWorker('/v1/health')],
      ['unknown route', await fetchWorker('/v1/nothing-here')],
      ['no token', await fetchWorker('/v1/me')],
      ['broken JSON', await fetchWorker(`${ws}/pull`, { method: 'POST', headers: json, body: '{' })],
      ['huge body', await fetchWorker(`${ws}/pull`, { method: 'POST', headers: json, body: 'x'.repeat(20_000) })],
      [
        'not JSON',
        await fetchWorker(`${ws}/pull`, { method: 'POST', headers: { ...json, 'Content-Type': 'text/plain' } }),
      ],
      [
        'preflight',
        await fetchWorker(`${ws}/push`, {
          method: 'OPTIONS',
          headers: { Origin: extensionOrigin, 'Access-Control-Request-Method': 'POST' },
        }),
      ],
      ['docs', await fetchWorker('/v1/docs')],
      ['openapi', await fetchWorker('/v1/openapi.json')],
      ['csv', await fetchWorker(`${ws}/reports/portfolio?format=csv`, { headers: json })],
    ];
    for (const [name, response] of answers) {
      expect.soft(response.headers.get('X-Content-Type-Options'), `${name} (${response.status})`).toBe('nosniff');
    }
    expect(answers.map(([, response]) => response.status)).toEqual([200, 404, 401, 400, 413, 415, 204, 200, 200, 200]);
  });

  it('marks the 500 of an unexpected failure nosniff too', async () => {
    const failingDb = {
      prepare: () => {
        throw new Error('D1 is down (test)');
      },
    } as unknown as D1Database;
    const response = await app.request(
      'https://api.test/v1/me',
      { headers: { Authorization: 'Bearer ipmo_anything' } },
      { ...env, DB: failingDb },
    );
    expect(response.status).toBe(500);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('forbids storing answers that carry a token: workspace creation and invite acceptance', async () => {
    const created = await call<SessionResponse>('/v1/workspaces', {
      token: bootstrapSecret,
      body: { name: 'Acme', owner: { name: 'Olivia', email: 'olivia@acme.example' } },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('Cache-Control')).toBe('no-store');
    const invite = await call<{ code: string }>(`/v1/workspaces/${created.json.workspace.id}/invites`, {
      token: created.json.token,
      body: { role: 'viewer' },
    });
    expect(invite.headers.get('Cache-Control')).toBe('no-store');
    const joined = await call('/v1/invites/accept', {
      body: { code: invite.json.code, name: 'Nina', email: 'nina@acme.example' },
    });
    expect(joined.status).toBe(200);
    expect(joined.json).toMatchObject({ token: expect.stringMatching(/^ipmo_/) });
    expect(joined.headers.get('Cache-Control')).toBe('no-store');
  });

  it('forbids storing pull pages and the other answers about a workspace', async () => {
    const owner = await createWorkspace();
    const viewer = await addMember(owner, 'viewer');
    const ws = `/v1/workspaces/${owner.workspace.id}`;
    const pulled = await call(`${ws}/pull`, { token: viewer.token, body: { clientGroupId: 'group-1', cookie: null } });
    expect(pulled.status).toBe(200);
    expect(pulled.headers.get('Cache-Control')).toBe('no-store');
    for (const path of ['/v1/me', `${ws}/members`, `${ws}/reports/portfolio`, '/v1/nothing-here']) {
      expect((await call(path, { token: owner.token })).headers.get('Cache-Control'), path).toBe('no-store');
    }
  });

  it('keeps the API docs page out of frames', async () => {
    const docs = await fetchWorker('/v1/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('X-Frame-Options')).toBe('DENY');
    const policy = docs.headers.get('Content-Security-Policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'none'");
  });

  it('keeps CORS working for the extension beside the security headers', async () => {
    const owner = await createWorkspace();
    const preflight = await fetchWorker(`/v1/workspaces/${owner.workspace.id}/pull`, {
      method: 'OPTIONS',
      headers: {
        Origin: extensionOrigin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const me = await fetchWorker('/v1/me', {
      headers: { Origin: extensionOrigin, Authorization: `Bearer ${owner.token}` },
    });
    expect(me.status).toBe(200);
    expect(me.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(me.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });
});
