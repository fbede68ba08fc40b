import { z } from 'zod';
import type { Invite, Member } from '../../shared/api/directory';
import { RoleSchema } from '../../shared/schemas/common';

const workspaceId = z.string().max(200);
const recordId = z.string().max(200);

/**
 * Inputs of the members messages of the administration page (extension/pages/admin/members/);
 * protocol.ts lists them with the others. Members and invites live in the Worker's directory, not in
 * the synced records, so each message is a call to the Worker and needs a connection.
 */
export const memberMessageInputSchemas = {
  /** The members (with the removed ones for owners and PMOs) and, for owners and PMOs, the invites. */
  'members.read': z.object({ workspaceId }),
  /** A one-time code for a colleague; the form's fields are checked by the background. */
  'members.invite': z.object({
    workspaceId,
    name: z.string().max(1000),
    email: z.string().max(1000),
    role: RoleSchema,
    expiresInHours: z.number().int().min(1).max(720),
  }),
  'members.revokeInvite': z.object({ workspaceId, inviteId: recordId }),
  'members.changeRole': z.object({ workspaceId, memberId: recordId, role: RoleSchema }),
  'members.remove': z.object({ workspaceId, memberId: recordId }),
  /** Signs the member out on every device; they stay, with their role. */
  'members.revokeTokens': z.object({ workspaceId, memberId: recordId }),
};

/** What the members section shows; `invites` is null for a role that may not see them. */
export interface MembersOverview {
  members: Member[];
  invites: Invite[] | null;
}

/** A new invite: its code is shown this once. */
export interface CreatedInvite {
  id: string;
  code: string;
  expiresAt: string;
}

export interface MemberMessageOutputs {
  'members.read': MembersOverview;
  'members.invite': CreatedInvite;
  'members.revokeInvite': Invite;
  'members.changeRole': Member;
  'members.remove': Member;
  'members.revokeTokens': { member: Member; revokedTokens: number };
}
