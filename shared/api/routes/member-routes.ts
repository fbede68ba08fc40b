import { allRoles, governingRoles } from '../../roles';
import {
  MemberResponseSchema,
  MembersResponseSchema,
  RevokeTokensResponseSchema,
  UpdateMemberRequestSchema,
} from '../directory';
import { defineRoute, maxSmallBodyBytes, memberAccess } from './route-description';

const tag = 'Members';
const memberNotFound = 'No current member with this id in the workspace (member_not_found).';

/** `/v1/workspaces/:ws/members` (worker/routes/members.ts): everyone lists, owners and PMOs manage. */
export const memberRoutes = {
  listMembers: defineRoute({
    method: 'GET',
    path: '/v1/workspaces/:ws/members',
    tag,
    summary: 'List the members',
    description: 'Owners and PMOs also see removed members (revokedAt set). lastSeenAt is kept to the minute.',
    ...memberAccess(allRoles),
    responses: { 200: { description: 'Members in joining order.', schema: MembersResponseSchema } },
  }),
  changeMemberRole: defineRoute({
    method: 'PATCH',
    path: '/v1/workspaces/:ws/members/:memberId',
    tag,
    summary: "Change a member's role",
    description: 'A PMO cannot change an owner or make someone an owner. Audited.',
    ...memberAccess(governingRoles, "change members' roles"),
    body: { schema: UpdateMemberRequestSchema, maxBytes: maxSmallBodyBytes, splitHint: 'Send only { "role": … }.' },
    responses: { 200: { description: 'The member with the new role.', schema: MemberResponseSchema } },
    errors: {
      404: memberNotFound,
      409: 'The last owner cannot be demoted (last_owner), or the member changed meanwhile (conflict).',
    },
  }),
  removeMember: defineRoute({
    method: 'DELETE',
    path: '/v1/workspaces/:ws/members/:memberId',
    tag,
    summary: 'Remove a member and revoke all their tokens',
    description: 'Effective on their next request. A PMO cannot remove an owner. Audited.',
    ...memberAccess(governingRoles, 'remove members'),
    responses: { 200: { description: 'The removed member (revokedAt set).', schema: MemberResponseSchema } },
    errors: { 404: memberNotFound, 409: 'The last owner cannot be removed (last_owner).' },
  }),
  revokeMemberTokens: defineRoute({
    method: 'POST',
    path: '/v1/workspaces/:ws/members/:memberId/revoke-tokens',
    tag,
    summary: 'Sign a member out everywhere: revoke all their tokens',
    description:
      'The member stays, with their role; every device of theirs gets 401 on its next request and needs a new invite. A PMO cannot do it to an owner; nobody does it to themselves (sign out instead). Audited.',
    ...memberAccess(governingRoles, "revoke members' tokens"),
    responses: {
      200: { description: 'The member and how many tokens were revoked.', schema: RevokeTokensResponseSchema },
    },
    errors: { 404: memberNotFound },
  }),
};
