import { allRoles } from '../../roles';
import { MeResponseSchema } from '../schemas';
import { defineRoute, memberAccess } from './route-description';

const tag = 'Me';

/** `/v1/me` (worker/routes/me.ts): whose token this is, signing out, leaving the workspace. */
export const meRoutes = {
  readMe: defineRoute({
    method: 'GET',
    path: '/v1/me',
    tag,
    summary: 'Who this token belongs to',
    ...memberAccess(allRoles),
    responses: { 200: { description: 'The member and their workspace.', schema: MeResponseSchema } },
  }),
  signOut: defineRoute({
    method: 'DELETE',
    path: '/v1/me/token',
    tag,
    summary: 'Sign out: revoke this token',
    description: "Only the token of the request is revoked; the member's other devices stay signed in.",
    ...memberAccess(allRoles),
    responses: { 204: { description: 'Revoked; the next request with it gets 401.' } },
  }),
  leaveWorkspace: defineRoute({
    method: 'POST',
    path: '/v1/me/leave',
    tag,
    summary: 'Leave the workspace',
    description: 'Revokes the membership and every token of the member.',
    ...memberAccess(allRoles),
    responses: { 204: { description: 'Left; the next request with any of their tokens gets 401.' } },
    errors: { 409: 'The last owner cannot leave (last_owner): make another member an owner first.' },
  }),
};
