import { Hono } from 'hono';
import type { AppEnv } from '../env';

/** `GET /v1/health`: liveness and the API version, for `npm start` and the extension's options page. */
export const health = new Hono<AppEnv>().get('/', (c) => c.json({ ok: true as const, version: c.env.API_VERSION }));
