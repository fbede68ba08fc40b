import { Hono } from 'hono';
import { apiRoutes } from '../../shared';
import { createWorkspace } from '../directory/workspaces';
import type { AppEnv } from '../env';
import { servedAs } from '../http/guard-route';

/**
 * `POST /v1/workspaces` (bearer = BOOTSTRAP_SECRET, limited per IP so the secret cannot be guessed
 * fast): a new workspace, its owner and the owner's token.
 */
export const workspaces = new Hono<AppEnv>().on(...servedAs(apiRoutes.createWorkspace), async (c) =>
  c.json(await createWorkspace(c.env.DB, c.req.valid('json')), 201),
);
