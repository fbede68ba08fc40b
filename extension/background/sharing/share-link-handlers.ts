import { i18n } from '#i18n';
import { CreateShareLinkRequestSchema } from '../../../shared/api/routes/share-routes';
import { describeApiFailure } from '../../messaging/explain-api-failure';
import type { MessageError } from '../../messaging/protocol';
import type { MessageHandlers } from '../messaging/dispatch-message';
import { type ApiError, isNetworkFailure } from '../worker-api/request-json';
import type { WorkspaceDeps } from '../workspaces/workspace-deps';

type ShareLinkMessage = 'shareLinks.read' | 'shareLinks.create' | 'shareLinks.revoke';

/** A failed call in a PM's words: never a status code or a token (explain-api-failure.ts does the 401). */
function explainShareFailure(error: ApiError): MessageError {
  if (isNetworkFailure(error)) return { code: 'offline', message: i18n.t('sharing.errors.offline') };
  if (error.code === 'forbidden') return { code: error.code, message: i18n.t('sharing.errors.forbidden') };
  if (error.code === 'share_link_not_found') return { code: error.code, message: i18n.t('sharing.errors.notFound') };
  return { code: error.code, message: describeApiFailure(error) };
}

const notConnected = (): { ok: false; error: MessageError } => ({
  ok: false,
  error: { code: 'not_connected', message: i18n.t('errors.notConnected') },
});

/**
 * The sharing section's calls to the Worker (docs/sync.md "Routes"): sponsor links are not synced,
 * so each call needs a connection, and the Worker decides who may make it.
 */
export function createShareLinkHandlers(deps: WorkspaceDeps): Pick<MessageHandlers, ShareLinkMessage> {
  const { db, api } = deps;
  const connectionOf = (workspaceId: string) => db.connections.get(workspaceId);

  return {
    async 'shareLinks.read'({ workspaceId }) {
      const connection = await connectionOf(workspaceId);
      if (!connection) return notConnected();
      const listed = await api.listShareLinks(connection);
      return listed.ok
        ? { ok: true, value: listed.value.links }
        : { ok: false, error: explainShareFailure(listed.error) };
    },

    async 'shareLinks.create'({ workspaceId, label, expiresInDays }) {
      const connection = await connectionOf(workspaceId);
      if (!connection) return notConnected();
      const body = CreateShareLinkRequestSchema.safeParse({
        ...(label.trim() ? { label } : {}),
        expiresInDays,
      });
      if (!body.success) {
        const field = String(body.error.issues[0]?.path[0] ?? 'expiresInDays');
        const key = field === 'label' ? 'labelInvalid' : 'expiryInvalid';
        return { ok: false, error: { code: 'invalid_field', field, message: i18n.t(`sharing.errors.${key}`) } };
      }
      const created = await api.createShareLink(connection, body.data);
      return created.ok ? created : { ok: false, error: explainShareFailure(created.error) };
    },

    async 'shareLinks.revoke'({ workspaceId, linkId }) {
      const connection = await connectionOf(workspaceId);
      if (!connection) return notConnected();
      const revoked = await api.revokeShareLink(connection, linkId);
      return revoked.ok
        ? { ok: true, value: revoked.value.link }
        : { ok: false, error: explainShareFailure(revoked.error) };
    },
  };
}
