import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { AcceptInviteRequestSchema, CreateInviteRequestSchema } from '../../shared';
import { requireMember, requireRole } from '../auth/require-member';
import { acceptInvite } from '../directory/accept-invite';
import { createInvite } from '../directory/invites';
import type { AppEnv } from '../env';
import { respondError } from '../http/errors';
import { readJsonBody } from '../http/read-json-body';
import { rejectInvalidBody } from '../http/reject-invalid-body';

/**
 * `POST /v1/workspaces/:ws/invites` (owner, pmo) creates a one-time code;
 * `POST /v1/invites/accept` (no auth) trades it for a member and a token.
 */
export const invites = new Hono<AppEnv>()
  .post(
    '/workspaces/:ws/invites',
    requireMember,
    requireRole(['owner', 'pmo'], 'invite people'),
    readJsonBody(),
    zValidator('json', CreateInviteRequestSchema, rejectInvalidBody),
    async (c) => c.json(await createInvite(c.env.DB, c.get('member'), c.req.valid('json')), 201),
  )
  .post(
    '/invites/accept',
    readJsonBody(),
    zValidator('json', AcceptInviteRequestSchema, rejectInvalidBody),
    async (c) => {
      const accepted = await acceptInvite(c.env.DB, c.req.valid('json'));
      return accepted.ok ? c.json(accepted.value, 200) : respondError(c, accepted.error);
    },
  );
