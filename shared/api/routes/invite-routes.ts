import { governingRoles } from '../../roles';
import {
  AcceptInviteRequestSchema,
  CreateInviteRequestSchema,
  CreateInviteResponseSchema,
  InviteResponseSchema,
  InvitesResponseSchema,
  SessionResponseSchema,
} from '../schemas';
import { defineRoute, maxSmallBodyBytes, memberAccess } from './route-description';

const tag = 'Invites';
const smallBody = { maxBytes: maxSmallBodyBytes, splitHint: 'Send only the documented fields.' } as const;

/**
 * Invites of `/v1/workspaces/:ws/invites` (owner, pmo) and their acceptance, which needs no token
 * and is limited per address so codes cannot be guessed fast (worker/routes/invites.ts).
 */
export const inviteRoutes = {
  createInvite: defineRoute({
    method: 'POST',
    path: '/v1/workspaces/:ws/invites',
    tag,
    summary: 'Create a one-time invite code',
    ...memberAccess(governingRoles, 'invite people'),
    body: { schema: CreateInviteRequestSchema, ...smallBody },
    responses: { 201: { description: 'The code, shown this once.', schema: CreateInviteResponseSchema } },
  }),
  listInvites: defineRoute({
    method: 'GET',
    path: '/v1/workspaces/:ws/invites',
    tag,
    summary: 'List the invites with their status',
    ...memberAccess(governingRoles, 'see invites'),
    responses: { 200: { description: 'Invites, newest first.', schema: InvitesResponseSchema } },
  }),
  revokeInvite: defineRoute({
    method: 'DELETE',
    path: '/v1/workspaces/:ws/invites/:inviteId',
    tag,
    summary: 'Revoke an unused invite',
    ...memberAccess(governingRoles, 'revoke invites'),
    responses: { 200: { description: 'The invite, now revoked.', schema: InviteResponseSchema } },
    errors: { 404: 'No invite with this id (invite_not_found).', 409: 'The invite was already used (invite_used).' },
  }),
  acceptInvite: defineRoute({
    method: 'POST',
    path: '/v1/invites/accept',
    tag,
    summary: 'Join a workspace with an invite code',
    auth: 'none',
    isLimitedPerAddress: true,
    body: { schema: AcceptInviteRequestSchema, ...smallBody },
    responses: { 200: { description: 'The new member and their token, shown once.', schema: SessionResponseSchema } },
    errors: {
      403: 'The invite is for another email address (invite_email_mismatch).',
      404: 'No invite has this code (invite_not_found).',
      410: 'The code was used, revoked or expired (invite_used, invite_revoked, invite_expired).',
    },
  }),
};
