import type { z } from 'zod';
import {
  AcceptInviteRequestSchema,
  AuditPageSchema,
  AuditQuerySchema,
  CreateInviteRequestSchema,
  CreateInviteResponseSchema,
  CreateWorkspaceRequestSchema,
  HealthResponseSchema,
  InviteResponseSchema,
  InvitesResponseSchema,
  MemberResponseSchema,
  MembersResponseSchema,
  MeResponseSchema,
  PortfolioQuerySchema,
  PortfolioResponseSchema,
  PullRequestSchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
  type Role,
  RoleSchema,
  SessionResponseSchema,
  UpdateMemberRequestSchema,
} from '../../shared';

/** Who may call a route: anyone, the deployment's bootstrap secret, or a member token (of the `:ws` workspace). */
export type RouteAuth = 'none' | 'bootstrap' | 'member';

export interface ResponseDoc {
  description: string;
  /** JSON body schema; absent for an empty body or a non-JSON one. */
  schema?: z.ZodType;
  /** Defaults to application/json when `schema` is set. */
  contentType?: string;
}

/** One route of the Hono app as the OpenAPI document and the docs page describe it. */
export interface RouteDoc {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Hono's path syntax (`:ws`); the document turns it into `{ws}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth: RouteAuth;
  /** Member roles let through; the others get 403. Only for `auth: 'member'`. */
  roles?: readonly Role[];
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, ResponseDoc>;
  /** Errors specific to the route; the generic ones follow from auth, body and rate limits. */
  errors?: Record<number, string>;
}

const everyone = RoleSchema.options;
const managers: readonly Role[] = ['owner', 'pmo'];
const writers: readonly Role[] = ['owner', 'pmo', 'pm', 'contributor'];

const json = (description: string, schema: z.ZodType): ResponseDoc => ({ description, schema });

/** Every route of the API. A test compares this list with `app.routes`, so the docs cannot drift. */
export const routeDocs: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/v1/health',
    tag: 'Service',
    summary: 'Liveness and API version',
    auth: 'none',
    responses: { 200: json('The Worker is up.', HealthResponseSchema) },
  },
  {
    method: 'get',
    path: '/v1/openapi.json',
    tag: 'Service',
    summary: 'This API as an OpenAPI 3.1 document',
    auth: 'none',
    responses: { 200: { description: 'The OpenAPI document.', contentType: 'application/json' } },
  },
  {
    method: 'get',
    path: '/v1/docs',
    tag: 'Service',
    summary: 'This API reference as a web page',
    auth: 'none',
    responses: { 200: { description: 'A self-contained HTML page.', contentType: 'text/html' } },
  },
  {
    method: 'post',
    path: '/v1/workspaces',
    tag: 'Workspaces',
    summary: 'Create a workspace with its owner',
    description: "Bearer = the deployment's BOOTSTRAP_SECRET. The owner's token is returned once.",
    auth: 'bootstrap',
    body: CreateWorkspaceRequestSchema,
    responses: { 201: json('The workspace, its owner and the owner token.', SessionResponseSchema) },
    errors: { 403: 'BOOTSTRAP_SECRET is not set on this deployment (bootstrap_disabled).' },
  },
  {
    method: 'get',
    path: '/v1/me',
    tag: 'Me',
    summary: 'Who this token belongs to',
    auth: 'member',
    responses: { 200: json('The member and their workspace.', MeResponseSchema) },
  },
  {
    method: 'delete',
    path: '/v1/me/token',
    tag: 'Me',
    summary: 'Sign out: revoke this token',
    description: "Only the token of the request is revoked; the member's other devices stay signed in.",
    auth: 'member',
    responses: { 204: { description: 'Revoked; the next request with it gets 401.' } },
  },
  {
    method: 'post',
    path: '/v1/me/leave',
    tag: 'Me',
    summary: 'Leave the workspace',
    description: 'Revokes the membership and every token of the member.',
    auth: 'member',
    responses: { 204: { description: 'Left; the next request with any of their tokens gets 401.' } },
    errors: { 409: 'The last owner cannot leave (last_owner): make another member an owner first.' },
  },
  {
    method: 'get',
    path: '/v1/workspaces/:ws/members',
    tag: 'Members',
    summary: 'List the members',
    description: 'Owners and PMOs also see removed members (revokedAt set).',
    auth: 'member',
    responses: { 200: json('Members in joining order.', MembersResponseSchema) },
  },
  {
    method: 'patch',
    path: '/v1/workspaces/:ws/members/:memberId',
    tag: 'Members',
    summary: "Change a member's role",
    description: 'A PMO cannot change an owner or make someone an owner. Audited.',
    auth: 'member',
    roles: managers,
    body: UpdateMemberRequestSchema,
    responses: { 200: json('The member with the new role.', MemberResponseSchema) },
    errors: {
      404: 'No current member with this id in the workspace (member_not_found).',
      409: 'The last owner cannot be demoted (last_owner), or the member changed meanwhile (conflict).',
    },
  },
  {
    method: 'delete',
    path: '/v1/workspaces/:ws/members/:memberId',
    tag: 'Members',
    summary: 'Remove a member and revoke all their tokens',
    description: 'Effective on their next request. A PMO cannot remove an owner. Audited.',
    auth: 'member',
    roles: managers,
    responses: { 200: json('The removed member (revokedAt set).', MemberResponseSchema) },
    errors: {
      404: 'No current member with this id in the workspace (member_not_found).',
      409: 'The last owner cannot be removed (last_owner).',
    },
  },
  {
    method: 'post',
    path: '/v1/workspaces/:ws/invites',
    tag: 'Invites',
    summary: 'Create a one-time invite code',
    auth: 'member',
    roles: managers,
    body: CreateInviteRequestSchema,
    responses: { 201: json('The code, shown this once.', CreateInviteResponseSchema) },
  },
  {
    method: 'get',
    path: '/v1/workspaces/:ws/invites',
    tag: 'Invites',
    summary: 'List the invites with their status',
    auth: 'member',
    roles: managers,
    responses: { 200: json('Invites, newest first.', InvitesResponseSchema) },
  },
  {
    method: 'delete',
    path: '/v1/workspaces/:ws/invites/:inviteId',
    tag: 'Invites',
    summary: 'Revoke an unused invite',
    auth: 'member',
    roles: managers,
    responses: { 200: json('The invite, now revoked.', InviteResponseSchema) },
    errors: { 404: 'No invite with this id (invite_not_found).', 409: 'The invite was already used (invite_used).' },
  },
  {
    method: 'post',
    path: '/v1/invites/accept',
    tag: 'Invites',
    summary: 'Join a workspace with an invite code',
    auth: 'none',
    body: AcceptInviteRequestSchema,
    responses: { 200: json('The new member and their token, shown once.', SessionResponseSchema) },
    errors: {
      403: 'The invite is for another email address (invite_email_mismatch).',
      404: 'No invite has this code (invite_not_found).',
      410: 'The code was used, revoked or expired (invite_used, invite_revoked, invite_expired).',
    },
  },
  {
    method: 'get',
    path: '/v1/workspaces/:ws/audit',
    tag: 'Members',
    summary: 'Read the audit log of the directory',
    description: 'Newest first; pass nextBefore as ?before= for the next page.',
    auth: 'member',
    roles: managers,
    query: AuditQuerySchema,
    responses: { 200: json('One page of audit entries.', AuditPageSchema) },
  },
  {
    method: 'post',
    path: '/v1/workspaces/:ws/push',
    tag: 'Sync',
    summary: 'Push mutations (applied in server order, exactly once)',
    description: 'At most 500 mutations and 1 MiB. A rejected mutation is reported in results, not as an error.',
    auth: 'member',
    roles: writers,
    body: PushRequestSchema,
    responses: { 200: json('The outcome of each mutation.', PushResponseSchema) },
    errors: {
      403: 'The client group or client belongs to another member (client_group_forbidden, client_forbidden).',
      409: 'A mutation id skips ahead of the next expected one (mutation_gap); nothing was applied.',
    },
  },
  {
    method: 'post',
    path: '/v1/workspaces/:ws/pull',
    tag: 'Sync',
    summary: 'Pull the changes since a cookie',
    description:
      'A cookie from before a tombstone prune (or none) gets `clear` and every live row, paged like any pull.',
    auth: 'member',
    body: PullRequestSchema,
    responses: { 200: json('One page of changes and the next cookie.', PullResponseSchema) },
    errors: { 403: 'The client group belongs to another member (client_group_forbidden).' },
  },
  {
    method: 'get',
    path: '/v1/workspaces/:ws/reports/portfolio',
    tag: 'Reports',
    summary: 'Portfolio roll-up: suggested RAG, EVM, slips, top risks, findings',
    description: 'As of the server UTC date. `?format=csv` answers one row per project (text/csv) for BI tools.',
    auth: 'member',
    query: PortfolioQuerySchema,
    responses: {
      200: {
        description: 'The roll-up as JSON, or CSV with ?format=csv.',
        schema: PortfolioResponseSchema,
      },
    },
  },
];

/** The roles a member route lets through (every role unless the route narrows it). */
export function allowedRoles(route: RouteDoc): readonly Role[] {
  return route.auth === 'member' ? (route.roles ?? everyone) : [];
}
