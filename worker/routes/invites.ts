import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import {
  AcceptInviteRequestSchema,
  CreateInviteRequestSchema,
  type InviteResponse,
  type InvitesResponse,
} from '../../shared';
import { requireMember, requireRole } from '../auth/require-member';
import { acceptInvite } from '../directory/accept-invite';
import { createInvite, listInvites, revokeInvite } from '../directory/invites';
import type { AppEnv } from '../env';
import { respondError } from '../http/errors';
import { limitByClientIp } from '../http/rate-limit';
import { maxSmallBodyBytes, readJsonBody } from '../http/read-json-body';
import { rejectInvalidBody } from '../http/reject-invalid-body';

const managers = ['owner', 'pmo'] as const;
const smallBody = readJsonBody({ maxBytes: maxSmallBodyBytes, splitHint: 'Send only the documented fields.' });

/**
 * Invites of `/v1/workspaces/:ws/invites` (owner, pmo): create a one-time code, list, revoke.
 * `POST /v1/invites/accept` (no auth, limited per IP) trades a code for a member and a token.
 */
export const invites = new Hono<AppEnv>()
  .post(
    '/workspaces/:ws/invites',
    requireMember,
    requireRole(managers, 'invite people'),
    smallBody,
    zValidator('json', CreateInviteRequestSchema, rejectInvalidBody),
    async (c) => c.json(await createInvite(c.env.DB, c.get('member'), c.req.valid('json')), 201),
  )
  .get('/workspaces/:ws/invites', requireMember, requireRole(managers, 'see invites'), async (c) => {
    const body: InvitesResponse = { invites: await listInvites(c.env.DB, c.get('member').workspaceId) };
    return c.json(body);
  })
  .delete('/workspaces/:ws/invites/:inviteId', requireMember, requireRole(managers, 'revoke invites'), async (c) => {
    const revoked = await revokeInvite(c.env.DB, c.get('member'), c.req.param('inviteId'));
    if (!revoked.ok) return respondError(c, revoked.error);
    const body: InviteResponse = { invite: revoked.value };
    return c.json(body);
  })
  .post(
    '/invites/accept',
    limitByClientIp,
    smallBody,
    zValidator('json', AcceptInviteRequestSchema, rejectInvalidBody),
    async (c) => {
      const accepted = await acceptInvite(c.env.DB, c.req.valid('json'));
      return accepted.ok ? c.json(accepted.value, 200) : respondError(c, accepted.error);
    },
  );
