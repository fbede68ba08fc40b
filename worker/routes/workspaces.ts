import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { CreateWorkspaceRequestSchema } from '../../shared';
import { requireBootstrapSecret } from '../auth/require-bootstrap-secret';
import { createWorkspace } from '../directory/workspaces';
import type { AppEnv } from '../env';
import { limitByClientIp } from '../http/rate-limit';
import { maxSmallBodyBytes, readJsonBody } from '../http/read-json-body';
import { rejectInvalidBody } from '../http/reject-invalid-body';

/**
 * `POST /v1/workspaces` (bearer = BOOTSTRAP_SECRET, limited per IP so the secret cannot be guessed
 * fast): a new workspace, its owner and the owner's token.
 */
export const workspaces = new Hono<AppEnv>().post(
  '/',
  limitByClientIp,
  requireBootstrapSecret,
  readJsonBody({ maxBytes: maxSmallBodyBytes, splitHint: 'Send only a name and the owner.' }),
  zValidator('json', CreateWorkspaceRequestSchema, rejectInvalidBody),
  async (c) => c.json(await createWorkspace(c.env.DB, c.req.valid('json')), 201),
);
