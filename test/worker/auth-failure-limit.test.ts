import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import { createWorkspace } from './api';

/** D1 that counts prepared statements, to see whether a request reached the token lookup. */
const statements = { prepared: 0 };
const countingDb = new Proxy(env.DB, {
  get(target, property) {
    const value = Reflect.get(target, property);
    if (typeof value !== 'function') return value;
    return (...args: unknown[]) => {
      if (property === 'prepare') statements.prepared++;
      return value.apply(target, args);
    };
  },
});

/** The Worker with the failed-sign-in limit swapped for the tight copy of vitest.config.ts (3 per 60 s). */
const tightEnv = { ...env, DB: countingDb, AUTH_FAILURE_RATE_LIMITER: env.TIGHT_RATE_LIMITER };

/** A documentation-range address of its own per test, so counts never leak between tests or runs. */
const randomIp = () => `198.18.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 254) + 1}`;
const madeUpToken = () => `ipmo_${crypto.randomUUID()}`;

async function callMe(ip: string, token: string) {
  const before = statements.prepared;
  const response = await app.request(
    'https://api.test/v1/me',
    { headers: { Authorization: `Bearer ${token}`, 'CF-Connecting-IP': ip } },
    tightEnv,
  );
  return { response, status: response.status, isLookedUp: statements.prepared > before };
}

/** Sends one made-up token after the other from `ip`; 8 against a limit of 3 meet a 429 even across a window. */
async function flood(ip: string, count = 8) {
  const answers: Awaited<ReturnType<typeof callMe>>[] = [];
  for (let index = 0; index < count; index++) answers.push(await callMe(ip, madeUpToken()));
  return answers;
}

describe('failed sign-ins are limited per address, before the token lookup', () => {
  it('answers 429 with Retry-After once an address failed too often, and then stops looking its tokens up', async () => {
    const answers = await flood(randomIp());
    expect(answers.slice(0, 3).map((answer) => [answer.status, answer.isLookedUp])).toEqual([
      [401, true],
      [401, true],
      [401, true],
    ]);
    const firstLimited = answers.findIndex((answer) => answer.status === 429);
    expect(firstLimited).toBeGreaterThanOrEqual(3);
    expect(firstLimited).toBeLessThan(answers.length - 1);
    const limited = answers[firstLimited].response;
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(await limited.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: 'Too many failed sign-ins from this address; try again in 60 seconds.',
        details: { retryAfterSeconds: 60 },
      },
    });
    for (const answer of answers.slice(firstLimited + 1)) {
      expect([answer.status, answer.isLookedUp, answer.response.headers.get('Retry-After')]).toEqual([
        429,
        false,
        '60',
      ]);
    }
  });

  it('still serves a valid token from another address, and holds the limited address back even with one', async () => {
    const owner = await createWorkspace();
    const ip = randomIp();
    await flood(ip);
    expect((await callMe(randomIp(), owner.token)).status).toBe(200);
    expect(await callMe(ip, owner.token)).toMatchObject({ status: 429, isLookedUp: false });
  });

  it('counts only failures: an address signing in successfully is never limited', async () => {
    const owner = await createWorkspace();
    const ip = randomIp();
    const statuses: number[] = [];
    for (let index = 0; index < 8; index++) statuses.push((await callMe(ip, owner.token)).status);
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  it('never limits the machine itself (wrangler dev for npm start, e2e, fuzz and benches)', async () => {
    for (const ip of ['127.0.0.1', '::1']) {
      const answers = await flood(ip);
      expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([401]));
    }
  });
});
