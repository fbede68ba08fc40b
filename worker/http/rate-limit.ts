import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { httpError, respondError } from './errors';

/**
 * The `period` of every `[[ratelimits]]` in wrangler.toml. The binding only says yes or no, and its
 * window restarts at most one period later, so that is the honest Retry-After.
 */
export const rateLimitPeriodSeconds = 60;

/** 429 rate_limited with Retry-After; `what` names what there were too many of ("requests with this token"). */
export function respondRateLimited(c: Context, what: string): Response {
  return respondError(
    c,
    httpError(429, 'rate_limited', `Too many ${what}; try again in ${rateLimitPeriodSeconds} seconds.`, {
      retryAfterSeconds: rateLimitPeriodSeconds,
    }),
    { 'Retry-After': String(rateLimitPeriodSeconds) },
  );
}

/**
 * Counts one request against `key` (a token hash or a client IP); answers 429 with Retry-After
 * when the limit is used up, undefined when the request may go on.
 */
export async function limitRequest(
  c: Context,
  limiter: RateLimit,
  key: string,
  who: string,
): Promise<Response | undefined> {
  const { success } = await limiter.limit({ key });
  return success ? undefined : respondRateLimited(c, `requests ${who}`);
}

/** The caller's address as Cloudflare's edge (or wrangler dev) reports it. */
export function readClientIp(c: Context): string {
  return c.req.header('CF-Connecting-IP') ?? 'unknown';
}

/**
 * The machine itself: wrangler dev reports 127.0.0.1, while Cloudflare's edge always sets the
 * real client address, so this never exempts a remote caller. It keeps `npm start`, the e2e
 * tests, the fuzz and the benches (hundreds of workspaces and invites a minute) clear of the limit.
 */
export function isLoopback(ip: string): boolean {
  return ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.');
}

/** Per-IP limit for routes that take no member token, so invite codes and the bootstrap secret cannot be guessed fast. */
export const limitByClientIp = createMiddleware<AppEnv>(async (c, next) => {
  const ip = readClientIp(c);
  if (!isLoopback(ip)) {
    const limited = await limitRequest(c, c.env.PUBLIC_RATE_LIMITER, ip, 'from this address');
    if (limited) return limited;
  }
  await next();
});
