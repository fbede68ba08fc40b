import { Hono } from 'hono';
import { apiRoutes, type RouteAnswer } from '../../shared';
import type { AppEnv } from '../env';
import { servedAs } from '../http/guard-route';

/** `GET /v1/health`: liveness and the API version, for `npm start` and the extension's options page. */
export const health = new Hono<AppEnv>().on(...servedAs(apiRoutes.health), (c) => {
  const body: RouteAnswer<typeof apiRoutes.health> = { ok: true, version: c.env.API_VERSION };
  return c.json(body);
});
