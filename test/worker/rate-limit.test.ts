import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import { createWorkspace } from './api';

/** The Worker with both limits swapped for the tight copy of vitest.config.ts (3 requests per 60 s). */
const tightEnv = { ...env, RATE_LIMITER: env.TIGHT_RATE_LIMITER, PUBLIC_RATE_LIMITER: env.TIGHT_RATE_LIMITER };

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  return app.request(`https://api.test${path}`, init, tightEnv);
}

/**
 * Sends `count` requests one after the other. The binding counts in fixed 60 s windows, so at most
 * one window boundary falls inside a run: 7 requests against a limit of 3 always meet a 429.
 */
async function sendMany(count: number, send: () => Promise<Response>) {
  const responses: Response[] = [];
  for (let index = 0; index < count; index++) responses.push(await send());
  return responses;
}

describe('rate limits', () => {
  it('answers 429 rate_limited with Retry-After once a token used up its limit', async () => {
    const owner = await createWorkspace();
    const responses = await sendMany(7, () =>
      request('/v1/me', { headers: { Authorization: `Bearer ${owner.token}` } }),
    );
    expect(responses.slice(0, 3).map((response) => response.status)).toEqual([200, 200, 200]);
    const limited = responses.find((response) => response.status === 429);
    expect(limited).toBeDefined();
    expect(limited?.headers.get('Retry-After')).toBe('60');
    expect(await limited?.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: 'Too many requests with this token; try again in 60 seconds.',
        details: { retryAfterSeconds: 60 },
      },
    });
  });

  it('counts per token: one busy token does not slow down another member', async () => {
    const busy = await createWorkspace();
    const calm = await createWorkspace();
    await sendMany(7, () => request('/v1/me', { headers: { Authorization: `Bearer ${busy.token}` } }));
    const other = await request('/v1/me', { headers: { Authorization: `Bearer ${calm.token}` } });
    expect(other.status).toBe(200);
  });

  it('limits invite acceptance per IP address, so codes cannot be guessed fast', async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const guess = () =>
      request('/v1/invites/accept', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
        body: JSON.stringify({ code: 'AAAA-BBBB-CCCC', name: 'Mallory', email: 'mallory@evil.example' }),
      });
    const statuses = (await sendMany(7, guess)).map((response) => response.status);
    expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
    expect(statuses).toContain(429);
    const elsewhere = await request('/v1/invites/accept', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '203.0.113.9' },
      body: JSON.stringify({ code: 'AAAA-BBBB-CCCC', name: 'Nina', email: 'nina@acme.example' }),
    });
    expect(elsewhere.status).toBe(404);
  });

  it('limits workspace creation per IP address before the bootstrap secret is even checked', async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const attempt = () =>
      request('/v1/workspaces', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip, Authorization: 'Bearer wrong-guess' },
        body: JSON.stringify({ name: 'Acme', owner: { name: 'Olivia', email: 'olivia@acme.example' } }),
      });
    const statuses = (await sendMany(7, attempt)).map((response) => response.status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses).toContain(429);
  });

  it('never limits the machine itself (wrangler dev for npm start, e2e, fuzz and benches)', async () => {
    for (const ip of ['127.0.0.1', '::1']) {
      const attempt = () =>
        request('/v1/invites/accept', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
          body: JSON.stringify({ code: 'AAAA-BBBB-CCCC', name: 'Local Lee', email: 'lee@acme.example' }),
        });
      const statuses = (await sendMany(7, attempt)).map((response) => response.status);
      expect(new Set(statuses)).toEqual(new Set([404]));
    }
  });

  it('leaves health and the API docs unlimited', async () => {
    const statuses = (await sendMany(7, () => request('/v1/health'))).map((response) => response.status);
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
