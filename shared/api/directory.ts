import { z } from 'zod';
import { RoleSchema } from '../schemas/common';

/** A member as owners and PMOs manage them; `revokedAt` is set once they were removed or left. */
export const MemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Last authenticated request, to the minute (worker/auth/require-member.ts); null before the first. */
  lastSeenAt: z.string().nullable(),
});
export type Member = z.infer<typeof MemberSchema>;

export const MembersResponseSchema = z.object({ members: z.array(MemberSchema) });
export type MembersResponse = z.infer<typeof MembersResponseSchema>;

export const MemberResponseSchema = z.object({ member: MemberSchema });
export type MemberResponse = z.infer<typeof MemberResponseSchema>;

/** `PATCH /v1/workspaces/:ws/members/:memberId`: the one thing an owner or PMO changes about a member. */
export const UpdateMemberRequestSchema = z.object({ role: RoleSchema });
export type UpdateMemberRequest = z.infer<typeof UpdateMemberRequestSchema>;

export const InviteStatusSchema = z.enum(['pending', 'used', 'expired', 'revoked']);
export type InviteStatus = z.infer<typeof InviteStatusSchema>;

/** An invite as its workspace's owners and PMOs see it; the code itself is shown only at creation. */
export const InviteSchema = z.object({
  id: z.string(),
  /** Whom the invite is for, as the inviter wrote it; the person picks their own name when joining. */
  name: z.string().nullable(),
  role: RoleSchema.exclude(['owner']),
  email: z.string().nullable(),
  status: InviteStatusSchema,
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
  usedBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Invite = z.infer<typeof InviteSchema>;

export const InvitesResponseSchema = z.object({ invites: z.array(InviteSchema) });
export type InvitesResponse = z.infer<typeof InvitesResponseSchema>;

export const InviteResponseSchema = z.object({ invite: InviteSchema });
export type InviteResponse = z.infer<typeof InviteResponseSchema>;

/** `POST /v1/workspaces/:ws/members/:memberId/revoke-tokens`: the member stays, signed out everywhere. */
export const RevokeTokensResponseSchema = z.object({ member: MemberSchema, revokedTokens: z.number().int() });
export type RevokeTokensResponse = z.infer<typeof RevokeTokensResponseSchema>;

/** Every change to the directory that leaves an audit row. */
export const AuditActionSchema = z.enum([
  'workspace.create',
  'invite.create',
  'invite.accept',
  'invite.revoke',
  'member.role_change',
  'member.revoke',
  'member.leave',
  'token.revoke',
  'share_link.create',
  'share_link.revoke',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string().nullable() }),
  action: AuditActionSchema,
  /** A member, invite or workspace id, depending on the action. */
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const maxAuditPageSize = 200;

/** `?before=<id>&limit=<n>` of the audit page; query values arrive as text. */
export const AuditQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional().describe('Only entries older than this id (a nextBefore).'),
  limit: z.coerce.number().int().min(1).max(maxAuditPageSize).default(50).describe('Entries per page.'),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** Newest first; pass `nextBefore` as `?before=` for the next (older) page, null on the last one. */
export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;
