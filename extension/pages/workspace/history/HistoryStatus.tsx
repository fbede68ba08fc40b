import { i18n } from '#i18n';
import type { HistoryState } from './use-history';

interface HistoryStatusProps {
  history: HistoryState;
  /** What to say when there is nothing (no change yet, or none matching the filters). */
  emptyText: string;
}

/**
 * Under a list of history entries: loading, why it failed (offline: "History needs a connection",
 * with a retry), nothing to show, or "Load older" while the Worker has more.
 */
export function HistoryStatus({ history, emptyText }: HistoryStatusProps) {
  const { status, error, entries, hasOlder } = history;
  if (status === 'loading')
    return (
      <p class="history-status" role="status" data-testid="history-loading">
        {i18n.t('adminActivity.loading')}
      </p>
    );
  return (
    <>
      {error ? (
        <div class="history-status history-status--error" role="alert" data-testid="history-error">
          <p>{error.code === 'offline' ? error.message : i18n.t('adminActivity.failed', [error.message])}</p>
          <button type="button" class="button" data-testid="history-retry" onClick={() => history.reload()}>
            {i18n.t('adminActivity.retry')}
          </button>
        </div>
      ) : null}
      {!error && status === 'loaded' && entries.length === 0 ? (
        <p class="history-status empty-state" data-testid="history-empty">
          {emptyText}
        </p>
      ) : null}
      {hasOlder ? (
        <button
          type="button"
          class="button history-status__older"
          data-testid="history-load-older"
          aria-busy={status === 'loadingOlder' ? 'true' : undefined}
          disabled={status === 'loadingOlder'}
          onClick={() => history.loadOlder()}
        >
          {status === 'loadingOlder' ? i18n.t('adminActivity.loadingOlder') : i18n.t('adminActivity.loadOlder')}
        </button>
      ) : null}
    </>
  );
}
