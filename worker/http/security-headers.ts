import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';

/**
 * hono/secure-headers on every answer (nosniff, Referrer-Policy no-referrer, HSTS, COOP and CORP
 * same-origin, …), with framing denied outright: no page of the API is meant for a frame. CORP
 * only binds no-cors loads (img, script), so the extension's CORS fetches are unaffected.
 */
export const setSecureHeaders = secureHeaders({ xFrameOptions: 'DENY' });

/**
 * `Cache-Control: no-store` on every answer a route did not mark itself: they carry tokens
 * (workspace creation, invite acceptance), invite codes, pull pages and member data, and a
 * copy in a browser or proxy cache would outlive a sign-out or a revocation.
 */
export const forbidStoring = createMiddleware(async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
});
