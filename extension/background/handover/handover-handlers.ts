import { i18n } from '#i18n';
import type { Backup } from '../../../shared/backup/backup-format';
import { explainApiFailure } from '../../messaging/explain-api-failure';
import type { MessageError, MessageResult } from '../../messaging/protocol';
import type { MessageHandlers } from '../messaging/dispatch-message';
import { isNetworkFailure } from '../worker-api/request-json';
import type { WorkspaceDeps } from '../workspaces/workspace-deps';

/**
 * The handover pack is built from the Worker's backup (docs/sync.md "Backup format"), never from
 * the local copy alone, so it holds what the server holds. Out of reach, the answer is `offline`.
 */
export function createHandoverHandlers(deps: WorkspaceDeps): Pick<MessageHandlers, 'handover.backup'> {
  return {
    async 'handover.backup'({ workspaceId }): Promise<MessageResult<Backup>> {
      const connection = await deps.db.connections.get(workspaceId);
      if (!connection) return { ok: false, error: { code: 'not_connected', message: i18n.t('errors.notConnected') } };
      const backup = await deps.api.readBackup(connection);
      if (backup.ok) return backup;
      if (isNetworkFailure(backup.error)) {
        const offline: MessageError = { code: 'offline', message: i18n.t('handover.offline') };
        return { ok: false, error: offline };
      }
      return { ok: false, error: explainApiFailure(backup.error, {}) };
    },
  };
}
