import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { isLoopback, rateLimitPeriodSeconds, readClientIp, respondRateLimited } from '../http/rate-limit';

const what = 'failed sign-ins from this address';

/**
 * Addresses the failure limiter refused, with when this isolate lets them try again. The binding
 * only has `limit()`, which counts every call, so asking it before each lookup would count
 * successes too; this remembers its "no" instead. Other isolates learn it on their next miss.
 */
const heldBack = new Map<string, number>();
/** Bounds the memory a spread-out flood can take; the oldest entry goes first. */
const maxHeldBack = 10_000;

function isHeldBack(ip: string, now: number): boolean {
  const until = heldBack.get(ip);
  if (until === undefined) return false;
  if (until > now) return true;
  heldBack.delete(ip);
  return false;
}

function holdBack(ip: string, now: number): void {
  if (heldBack.size >= maxHeldBack) heldBack.delete(heldBack.keys().next().value as string);
  heldBack.set(ip, now + rateLimitPeriodSeconds * 1000);
}

/**
 * 429 for an address that used up its failed sign-ins, before its token is hashed or looked up
 * (even a valid one: the address is what is limited); undefined when it may go on. Loopback is
 * exempt, as in limitByClientIp.
 */
export function refuseHeldBackAddress(c: Context<AppEnv>): Response | undefined {
  const ip = readClientIp(c);
  if (isLoopback(ip) || !isHeldBack(ip, Date.now())) return undefined;
  return respondRateLimited(c, what);
}

/**
 * Counts a token that matched no member against its address (AUTH_FAILURE_RATE_LIMITER, key
 * `authfail:<ip>`): 429 once that uses up the budget, and the address is held back from then on;
 * undefined while it may still fail.
 */
export async function countFailedSignIn(c: Context<AppEnv>): Promise<Response | undefined> {
  const ip = readClientIp(c);
  if (isLoopback(ip)) return undefined;
  const { success } = await c.env.AUTH_FAILURE_RATE_LIMITER.limit({ key: `authfail:${ip}` });
  if (success) return undefined;
  holdBack(ip, Date.now());
  return respondRateLimited(c, what);
}
