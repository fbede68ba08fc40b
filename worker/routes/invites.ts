import { Hono } from 'hono';
import { apiRoutes, type InviteResponse, type InvitesResponse } from '../../shared';
import { acceptInvite } from '../directory/accept-invite';
import { createInvite, listInvites, revokeInvite } from '../directory/invites';
import type { AppEnv } from '../env';
import { respondError } from '../http/errors';
import { servedAs } from '../http/guard-route';

/**
 * Invites of `/v1/workspaces/:ws/invites` (owner, pmo): create a one-time code, list, revoke.
 * `POST /v1/invites/accept` (no auth, limited per IP) trades a code for a member and a token.
 */
export const invites = new Hono<AppEnv>()
  .on(...servedAs(apiRoutes.createInvite), async (c) =>
    c.json(await createInvite(c.env.DB, c.get('member'), c.req.valid('json')), 201),
  )
  .on(...servedAs(apiRoutes.listInvites), async (c) => {
    const body: InvitesResponse = { invites: await listInvites(c.env.DB, c.get('member').workspaceId) };
    return c.json(body);
  })
  .on(...servedAs(apiRoutes.revokeInvite), async (c) => {
    const revoked = await revokeInvite(c.env.DB, c.get('member'), c.req.param('inviteId'));
    if (!revoked.ok) return respondError(c, revoked.error);
    const body: InviteResponse = { invite: revoked.value };
    return c.json(body);
  })
  .on(...servedAs(apiRoutes.acceptInvite), async (c) => {
    const accepted = await acceptInvite(c.env.DB, c.req.valid('json'));
    return accepted.ok ? c.json(accepted.value, 200) : respondError(c, accepted.error);
  });
