import { i18n } from '#i18n';
import type { HistoryPage } from '../../../shared/api/history';
import { explainApiFailure } from '../../messaging/explain-api-failure';
import type { MessageError, MessageResult } from '../../messaging/protocol';
import type { MessageHandlers } from '../messaging/dispatch-message';
import { isNetworkFailure } from '../worker-api/request-json';
import type { WorkspaceDeps } from '../workspaces/workspace-deps';

/**
 * Record history is not synced (docs/sync.md "Record history"): each page is asked of the Worker.
 * Out of reach, the answer is `offline`, which the pages word as "History needs a connection";
 * other failures keep the server's explanation in the reader's words (explain-api-failure.ts).
 */
export function createHistoryHandlers(deps: WorkspaceDeps): Pick<MessageHandlers, 'history.read'> {
  return {
    async 'history.read'({ workspaceId, ...query }): Promise<MessageResult<HistoryPage>> {
      const connection = await deps.db.connections.get(workspaceId);
      if (!connection) return { ok: false, error: { code: 'not_connected', message: i18n.t('errors.notConnected') } };
      const page = await deps.api.readHistory(connection, query);
      if (page.ok) return page;
      if (isNetworkFailure(page.error)) {
        const offline: MessageError = { code: 'offline', message: i18n.t('adminActivity.offline') };
        return { ok: false, error: offline };
      }
      return { ok: false, error: explainApiFailure(page.error, {}) };
    },
  };
}
