import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { AuditQuerySchema } from '../../shared';
import { requireMember, requireRole } from '../auth/require-member';
import { listAudit } from '../directory/audit';
import type { AppEnv } from '../env';
import { rejectInvalidQuery } from '../http/reject-invalid-body';

/** `GET /v1/workspaces/:ws/audit?before=&limit=` (owner, pmo): who changed the directory, newest first. */
export const audit = new Hono<AppEnv>().get(
  '/',
  requireMember,
  requireRole(['owner', 'pmo'], 'read the audit log'),
  zValidator('query', AuditQuerySchema, rejectInvalidQuery),
  async (c) => c.json(await listAudit(c.env.DB, c.get('member').workspaceId, c.req.valid('query'))),
);
