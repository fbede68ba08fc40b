import { Hono } from 'hono';
import { apiRoutes } from '../../shared';
import { listAudit } from '../directory/audit';
import type { AppEnv } from '../env';
import { servedAs } from '../http/guard-route';

/** `GET /v1/workspaces/:ws/audit?before=&limit=` (owner, pmo): who changed the directory, newest first. */
export const audit = new Hono<AppEnv>().on(...servedAs(apiRoutes.readAudit), async (c) =>
  c.json(await listAudit(c.env.DB, c.get('member').workspaceId, c.req.valid('query'))),
);
