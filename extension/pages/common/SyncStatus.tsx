import { i18n } from '#i18n';
import type { ConnectionRow } from '../../db/database';
import { describeApiFailure } from '../../messaging/explain-api-failure';
import { useNow } from '../use-now';
import { describeRetry, describeTimeAgo } from './describe-sync-time';
import { TextWithCode } from './TextWithCode';

type SyncState = Pick<ConnectionRow, 'syncStatus' | 'pendingCount' | 'lastError' | 'lastSyncAt' | 'retryAt'>;

interface SyncStatusProps {
  connection: SyncState;
}

/** The sync state in a few words, with no time in it (the colour only repeats it). */
export function describeSyncStatus(connection: Pick<SyncState, 'syncStatus' | 'pendingCount'>): string {
  const { syncStatus, pendingCount } = connection;
  if (syncStatus === 'synced') return i18n.t('sync.synced');
  if (syncStatus === 'offline') return i18n.t('sync.offline');
  if (syncStatus === 'error') return i18n.t('sync.error');
  if (syncStatus === 'paused') return i18n.t('sync.paused');
  return pendingCount > 0 ? i18n.t('sync.pending', pendingCount) : i18n.t('sync.syncing');
}

/** The label's words; a pause says whether we sent too much (429) or the server is busy (503). */
function describeLabel(connection: SyncState): string {
  if (connection.syncStatus !== 'paused') return describeSyncStatus(connection);
  return connection.lastError?.status === 503 ? i18n.t('sync.pausedBusy') : i18n.t('sync.pausedRateLimited');
}

/** The end of the label that moves with the clock: "2 min ago" when synced, "retrying in 12 s" when paused. */
function describeLabelTime(connection: SyncState, nowMs: number): string | undefined {
  if (connection.syncStatus === 'paused') return describeRetry(connection.retryAt, nowMs);
  if (connection.syncStatus === 'synced' && connection.lastSyncAt) return describeTimeAgo(connection.lastSyncAt, nowMs);
  return undefined;
}

/** What to do about a failed sync, from the HTTP status of the failure. */
function describeRemedy(status: number | undefined): string | undefined {
  if (status === 401) return i18n.t('sync.remedyTokenRefused');
  if (status === 403 || status === 404) return i18n.t('sync.remedyNoAccess');
  if (status !== undefined && status >= 500) return i18n.t('sync.remedyServerError');
  return undefined;
}

/** Why sync is not done and whether edits are kept: for offline, error and paused. */
function describeDetail({ syncStatus, pendingCount, lastError }: SyncState): string | undefined {
  if (syncStatus === 'offline') {
    return pendingCount > 0 ? i18n.t('sync.offlineKept', pendingCount) : i18n.t('sync.offlineDetail');
  }
  if (syncStatus === 'paused') {
    return pendingCount > 0 ? i18n.t('sync.pausedKept', pendingCount) : i18n.t('sync.pausedDetail');
  }
  if (syncStatus === 'error') {
    const reason = lastError ? describeApiFailure(lastError) : undefined;
    return [reason, describeRemedy(lastError?.status)].filter(Boolean).join(' ');
  }
  return undefined;
}

/**
 * Sync state badge: `data-state` carries the machine state (synced | pending | offline | error |
 * paused), the words say it too. A polite live region announces each change of state; the parts
 * that only follow the clock ("2 min ago", "retrying in 12 s") are left out of announcements.
 */
export function SyncStatus({ connection }: SyncStatusProps) {
  const { syncStatus, lastSyncAt } = connection;
  // A countdown moves every second; "N min ago" needs no more than two refreshes a minute.
  const nowMs = useNow(syncStatus === 'paused' ? 1_000 : 30_000);
  const time = describeLabelTime(connection, nowMs);
  const detail = describeDetail(connection);
  const lastSynced =
    syncStatus !== 'synced' && lastSyncAt ? i18n.t('sync.lastSynced', [describeTimeAgo(lastSyncAt, nowMs)]) : undefined;
  return (
    <div
      class={`sync-status sync-status--${syncStatus}`}
      data-testid="sync-state"
      data-state={syncStatus}
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      <span class="sync-status__label">
        <span class="sync-status__dot" aria-hidden="true" />
        <span>
          <span data-testid="sync-label">{describeLabel(connection)}</span>
          {time ? (
            <>
              {' '}
              <span class="sync-status__time" data-testid="sync-time" aria-live="off">
                {time}
              </span>
            </>
          ) : null}
        </span>
      </span>
      {detail ? (
        <span class="sync-status__detail">
          <TextWithCode text={detail} />
        </span>
      ) : null}
      {lastSynced ? (
        <span class="sync-status__when" data-testid="sync-last-success" aria-live="off">
          {lastSynced}
        </span>
      ) : null}
    </div>
  );
}
