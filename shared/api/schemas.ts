import { z } from 'zod';
import { RoleSchema, titleText } from '../schemas/common';

/** Error body of every 4xx (docs/sync.md "Errors"). */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const HealthResponseSchema = z.object({ ok: z.literal(true), version: z.string() });

const PersonNameSchema = titleText(200);
const EmailSchema = z.email('must be an email address').max(320);

export const WorkspaceSummarySchema = z.object({ id: z.string(), name: z.string() });
export const MemberSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
});
export type MemberSummary = z.infer<typeof MemberSummarySchema>;

export const CreateWorkspaceRequestSchema = z.object({
  name: titleText(200),
  owner: z.object({ name: PersonNameSchema, email: EmailSchema }),
});
export type CreateWorkspaceRequest = z.infer<typeof CreateWorkspaceRequestSchema>;

/** Answer of workspace creation and invite acceptance: the token is shown once, stored hashed. */
export const SessionResponseSchema = z.object({
  workspace: WorkspaceSummarySchema,
  member: MemberSummarySchema,
  token: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const MeResponseSchema = z.object({ workspace: WorkspaceSummarySchema, member: MemberSummarySchema });
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const CreateInviteRequestSchema = z.object({
  /** Whom the invite is for, to recognise it in the pending list. */
  name: PersonNameSchema.optional(),
  role: RoleSchema.exclude(['owner']),
  email: EmailSchema.optional(),
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
});
/** The code is shown this once; `id` names the invite in the list and to revoke it. */
export const CreateInviteResponseSchema = z.object({ id: z.string(), code: z.string(), expiresAt: z.string() });

export const AcceptInviteRequestSchema = z.object({
  code: z.string().trim().min(1, 'must not be empty').max(100),
  name: PersonNameSchema,
  email: EmailSchema,
});
export type AcceptInviteRequest = z.infer<typeof AcceptInviteRequestSchema>;

/** A server address a person typed: http(s) only, no credentials or fragments. */
export const ServerUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the server address, e.g. http://127.0.0.1:8787')
  .regex(
    /^https?:\/\/[^\s/@?#]+(:\d{1,5})?(\/[^\s?#]*)?$/i,
    'Enter a full http:// or https:// address, e.g. http://127.0.0.1:8787',
  )
  .transform((text) => text.replace(/\/+$/, ''));

export * from './directory';
export * from './portfolio';
