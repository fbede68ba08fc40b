import { i18n } from '#i18n';
import type { ConnectionRow } from '../../db/database';
import { TextWithCode } from './TextWithCode';

interface SyncStatusProps {
  connection: Pick<ConnectionRow, 'syncStatus' | 'pendingCount' | 'lastError' | 'lastSyncAt'>;
}

/** The label of a sync state, in words (the colour only repeats it). */
export function describeSyncStatus(connection: SyncStatusProps['connection']): string {
  const { syncStatus, pendingCount } = connection;
  if (syncStatus === 'synced') return i18n.t('sync.synced');
  if (syncStatus === 'offline') return i18n.t('sync.offline');
  if (syncStatus === 'error') return i18n.t('sync.error');
  return pendingCount > 0 ? i18n.t('sync.pending', pendingCount) : i18n.t('sync.syncing');
}

/** What to do about a failed sync, from the HTTP status of the failure. */
function describeRemedy(status: number | undefined): string | undefined {
  if (status === 401) return i18n.t('sync.remedyTokenRefused');
  if (status === 403 || status === 404) return i18n.t('sync.remedyNoAccess');
  if (status !== undefined && status >= 500) return i18n.t('sync.remedyServerError');
  return undefined;
}

/**
 * Sync state badge: `data-state` carries the machine state (synced | pending | offline | error);
 * offline and error add a line saying why and that edits are kept.
 */
export function SyncStatus({ connection }: SyncStatusProps) {
  const { syncStatus, pendingCount, lastError } = connection;
  const detail =
    syncStatus === 'offline'
      ? pendingCount > 0
        ? i18n.t('sync.offlineKept', pendingCount)
        : i18n.t('sync.offlineDetail')
      : syncStatus === 'error'
        ? [lastError?.message, describeRemedy(lastError?.status)].filter(Boolean).join(' ')
        : undefined;
  return (
    <div
      class={`sync-status sync-status--${syncStatus}`}
      data-testid="sync-state"
      data-state={syncStatus}
      role="status"
    >
      <span class="sync-status__label">
        <span class="sync-status__dot" aria-hidden="true" />
        {describeSyncStatus(connection)}
      </span>
      {detail ? (
        <span class="sync-status__detail">
          <TextWithCode text={detail} />
        </span>
      ) : null}
    </div>
  );
}
