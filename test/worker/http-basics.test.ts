import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, createWorkspace } from './api';

describe('HTTP basics', () => {
  it('answers health with the API version', async () => {
    const health = await call('/v1/health');
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ ok: true, version: '0.1.0' });
  });

  it('answers an unknown route with a 404 JSON error', async () => {
    const missing = await call('/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({
      error: { code: 'not_found', message: expect.stringContaining('/v1/nothing-here') },
    });
  });

  it('answers a CORS preflight from an extension origin for push with a bearer token', async () => {
    const response = await exports.default.fetch('https://api.test/v1/workspaces/ws-1/push', {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    const allowedHeaders = response.headers.get('Access-Control-Allow-Headers')?.toLowerCase() ?? '';
    expect(allowedHeaders).toContain('authorization');
    expect(allowedHeaders).toContain('content-type');
  });

  it('puts CORS headers on error responses too, so the extension can read the message', async () => {
    const response = await exports.default.fetch('https://api.test/v1/me', {
      headers: { Origin: 'chrome-extension://abc' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('refuses malformed JSON with 400 invalid_json', async () => {
    const owner = await createWorkspace();
    const broken = await call(`/v1/workspaces/${owner.workspace.id}/push`, {
      token: owner.token,
      rawBody: '{"clientGroupId": "g1", "mutations": [',
    });
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ error: { code: 'invalid_json', message: expect.stringContaining('JSON') } });
  });

  it('refuses an empty body with 400 invalid_json', async () => {
    const owner = await createWorkspace();
    const empty = await call(`/v1/workspaces/${owner.workspace.id}/pull`, { token: owner.token, rawBody: '' });
    expect(empty.status).toBe(400);
    expect(empty.json).toMatchObject({ error: { code: 'invalid_json' } });
  });

  it('refuses a body that is not sent as JSON with 415 and says which header to set', async () => {
    const owner = await createWorkspace();
    const plain = await call(`/v1/workspaces/${owner.workspace.id}/pull`, {
      token: owner.token,
      rawBody: JSON.stringify({ clientGroupId: 'g1', cookie: null }),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    expect(plain.json).toMatchObject({
      error: { code: 'unsupported_media_type', message: expect.stringContaining('application/json') },
    });
  });

  it('refuses wrong types with 400 invalid_body naming the fields', async () => {
    const owner = await createWorkspace();
    const wrong = await call(`/v1/workspaces/${owner.workspace.id}/pull`, {
      token: owner.token,
      body: { clientGroupId: 42, cookie: { version: 'seven', epoch: 'x' }, limit: -1 },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json).toMatchObject({ error: { code: 'invalid_body', details: expect.any(Array) } });
    const message = (wrong.json as { error: { message: string } }).error.message;
    expect(message).toContain('clientGroupId');
    expect(message).toContain('cookie.version');
    expect(message).toContain('limit');
  });
});
