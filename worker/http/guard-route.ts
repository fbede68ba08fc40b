import { zValidator } from '@hono/zod-validator';
import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import type { z } from 'zod';
import { allRoles, type RouteDescription } from '../../shared';
import { requireBootstrapSecret } from '../auth/require-bootstrap-secret';
import { requireMember, requireRole } from '../auth/require-member';
import type { AppEnv } from '../env';
import { limitByClientIp } from './rate-limit';
import { readJsonBody } from './read-json-body';
import { rejectInvalidBody, rejectInvalidQuery } from './reject-invalid-body';

type Nothing = Record<never, never>;
type BodySchema<R> = R extends { body: { schema: infer S extends z.ZodType } } ? S : never;
type QuerySchema<R> = R extends { query: infer Q extends z.ZodType } ? Q : never;

/** What `c.req.valid('json')` and `c.req.valid('query')` give a handler, from the description's schemas. */
type ValidInput<R> = {
  in: ([BodySchema<R>] extends [never] ? Nothing : { json: z.input<BodySchema<R>> }) &
    ([QuerySchema<R>] extends [never] ? Nothing : { query: Record<keyof z.input<QuerySchema<R>>, string> });
  out: ([BodySchema<R>] extends [never] ? Nothing : { json: z.output<BodySchema<R>> }) &
    ([QuerySchema<R>] extends [never] ? Nothing : { query: z.output<QuerySchema<R>> });
};

/**
 * The route's guards from its description, in the order that refuses cheapest first and never
 * reads a body for a caller who may not send it: per-address limit, bootstrap secret or member
 * token (with its per-token limit and workspace), role, then the body (media type, size, depth,
 * prototype keys) and its schema, or the query's schema.
 */
export function guardRoute<const R extends RouteDescription>(route: R) {
  const guards: MiddlewareHandler<AppEnv>[] = [];
  if (route.isLimitedPerAddress) guards.push(limitByClientIp);
  if (route.auth === 'bootstrap') guards.push(requireBootstrapSecret);
  if (route.auth === 'member') {
    guards.push(requireMember);
    if (route.roles.length < allRoles.length)
      guards.push(requireRole(route.roles, route.action ?? `call ${route.method} ${route.path}`));
  }
  if (route.body) guards.push(readJsonBody(route.body), zValidator('json', route.body.schema, rejectInvalidBody));
  if (route.query) guards.push(zValidator('query', route.query, rejectInvalidQuery));
  return every(...guards) as MiddlewareHandler<AppEnv, R['path'], ValidInput<R>>;
}

/**
 * `app.on(...servedAs(route), handler)`: the method, the path and the guards of a route, all from
 * its description, so a handler's `c.req.valid()` and `c.req.param()` are typed from it too.
 */
export function servedAs<const R extends RouteDescription>(route: R) {
  return [route.method, route.path, guardRoute(route)] as const;
}
