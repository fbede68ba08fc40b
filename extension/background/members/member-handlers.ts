import { i18n } from '#i18n';
import type { Member } from '../../../shared/api/directory';
import { CreateInviteRequestSchema } from '../../../shared/api/schemas';
import { isGoverningRole } from '../../../shared/roles';
import type { ConnectionRow } from '../../db/database';
import { describeApiFailure } from '../../messaging/explain-api-failure';
import type { MessageError, MessageResult } from '../../messaging/protocol';
import type { MessageHandlers } from '../messaging/dispatch-message';
import { type ApiError, isNetworkFailure } from '../worker-api/request-json';
import { followMemberRole } from '../workspaces/follow-member-role';
import type { WorkspaceDeps } from '../workspaces/workspace-deps';

type MemberMessage =
  | 'members.read'
  | 'members.invite'
  | 'members.revokeInvite'
  | 'members.changeRole'
  | 'members.remove'
  | 'members.revokeTokens';

/** Refusals the members section words itself, in the reader's language; others keep the server's sentence. */
const explainedCodes = new Set([
  'forbidden',
  'last_owner',
  'member_not_found',
  'invite_not_found',
  'invite_used',
  'conflict',
]);

/** A failed call in a PM's words: never a status code or a token (explain-api-failure.ts does the 401). */
function explainMemberFailure(error: ApiError): MessageError {
  if (isNetworkFailure(error)) return { code: 'offline', message: i18n.t('adminMembers.errors.offline') };
  if (explainedCodes.has(error.code)) {
    return {
      code: error.code,
      message: i18n.t(`adminMembers.errors.${error.code}` as 'adminMembers.errors.forbidden'),
    };
  }
  return { code: error.code, message: describeApiFailure(error) };
}

const notConnected = (): { ok: false; error: MessageError } => ({
  ok: false,
  error: { code: 'not_connected', message: i18n.t('errors.notConnected') },
});

/**
 * The members section's calls to the Worker's directory (docs/sync.md "Routes"): not synced, so each
 * needs a connection. The Worker decides; the page asked the same rule before offering the button
 * (shared/directory/member-rules.ts). A change of one's own role is followed at once.
 */
export function createMemberHandlers(deps: WorkspaceDeps): Pick<MessageHandlers, MemberMessage> {
  const { db, api } = deps;
  const connectionOf = (workspaceId: string) => db.connections.get(workspaceId);

  async function answer<T>(call: Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>) {
    const result = await call;
    return result.ok ? result : { ok: false as const, error: explainMemberFailure(result.error) };
  }

  async function followSelf(connection: ConnectionRow, memberId: string) {
    if (memberId === connection.member.id) await followMemberRole(db, api, connection, deps.now());
  }

  return {
    async 'members.read'({ workspaceId }) {
      const connection = await connectionOf(workspaceId);
      if (!connection) return notConnected();
      const seesInvites = isGoverningRole(connection.member.role);
      const [members, invites] = await Promise.all([
        api.listMembers(connection),
        seesInvites ? api.listInvites(connection) : Promise.resolve(null),
      ]);
      if (!members.ok) return { ok: false, error: explainMemberFailure(members.error) };
      if (invites && !invites.ok) return { ok: false, error: explainMemberFailure(invites.error) };
      return { ok: true, value: { members: members.value.members, invites: invites ? invites.value.invites : null } };
    },

    async 'members.invite'({ workspaceId, name, email, role, expiresInHours }) {
      const connection = await connectionOf(workspaceId);
      if (!connection) return notConnected();
      const body = CreateInviteRequestSchema.safeParse({
        name,
        role,
        ...(email.trim() ? { email: email.trim() } : {}),
        expiresInHours,
      });
      if (!body.success) {
        const field = String(body.error.issues[0]?.path[0] ?? 'name');
        const key = field === 'email' ? 'emailInvalid' : field === 'role' ? 'roleInvalid' : 'nameMissing';
        return { ok: false, error: { code: 'invalid_field', field, message: i18n.t(`adminMembers.errors.${key}`) } };
      }
      return answer(api.createInvite(connection, body.data));
    },

    async 'members.revokeInvite'({ workspaceId, inviteId }) {
      const connection = await connectionOf(workspaceId);
      if (!connection) return notConnected();
      const revoked = await answer(api.revokeInvite(connection, inviteId));
      return revoked.ok ? { ok: true, value: revoked.value.invite } : revoked;
    },

    async 'members.changeRole'({ workspaceId, memberId, role }): Promise<MessageResult<Member>> {
      const connection = await connectionOf(workspaceId);
      if (!connection) return notConnected();
      const changed = await answer(api.changeMemberRole(connection, memberId, { role }));
      if (!changed.ok) return changed;
      await followSelf(connection, memberId);
      return { ok: true, value: changed.value.member };
    },

    async 'members.remove'({ workspaceId, memberId }) {
      const connection = await connectionOf(workspaceId);
      if (!connection) return notConnected();
      const removed = await answer(api.removeMember(connection, memberId));
      return removed.ok ? { ok: true, value: removed.value.member } : removed;
    },

    async 'members.revokeTokens'({ workspaceId, memberId }) {
      const connection = await connectionOf(workspaceId);
      if (!connection) return notConnected();
      return answer(api.revokeMemberTokens(connection, memberId));
    },
  };
}
