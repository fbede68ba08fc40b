import { createMiddleware } from 'hono/factory';
import type { Role } from '../../shared';
import { findMemberByTokenHash, recordMemberSeen } from '../directory/members';
import type { AppEnv } from '../env';
import { httpError, respondError } from '../http/errors';
import { limitRequest } from '../http/rate-limit';
import { countFailedSignIn, refuseHeldBackAddress } from './failed-sign-ins';
import { readBearer, sha256Hex, tokenPrefix } from './secrets';

const unauthorized = httpError(
  401,
  'unauthorized',
  'Sign in again: send a valid access token as "Authorization: Bearer ipmo_…" (it may have been revoked).',
);

/**
 * Authenticates the bearer token on every request (so revocations apply at once) and sets
 * `member`. On routes with `:ws`, a member of another workspace gets 404, as if it did not exist.
 * Each token has its own rate limit, counted before the lookup so one token's flood never reaches
 * D1; tokens that match nobody are counted per address, which is then refused before any lookup.
 */
export const requireMember = createMiddleware<AppEnv>(async (c, next) => {
  const heldBack = refuseHeldBackAddress(c);
  if (heldBack) return heldBack;
  const token = readBearer(c.req.header('Authorization'));
  if (!token?.startsWith(tokenPrefix)) return respondError(c, unauthorized);
  const tokenHash = await sha256Hex(token);
  const limited = await limitRequest(c, c.env.RATE_LIMITER, tokenHash, 'with this token');
  if (limited) return limited;
  const member = await findMemberByTokenHash(c.env.DB, tokenHash);
  if (!member) return (await countFailedSignIn(c)) ?? respondError(c, unauthorized);
  const workspaceId = c.req.param('ws');
  if (workspaceId !== undefined && workspaceId !== member.workspaceId) {
    return respondError(c, httpError(404, 'not_found', `No workspace ${workspaceId} is visible with this token.`));
  }
  c.set('member', member);
  await recordMemberSeen(c.env.DB, member, new Date());
  await next();
});

/** Lets only the given roles through (after requireMember); others get 403 with what to ask for. */
export function requireRole(roles: readonly Role[], action: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { role } = c.get('member');
    if (!roles.includes(role)) {
      return respondError(
        c,
        httpError(
          403,
          'forbidden',
          `A ${role} cannot ${action}. Ask an owner or PMO of the workspace (roles allowed: ${roles.join(', ')}).`,
        ),
      );
    }
    await next();
  });
}
