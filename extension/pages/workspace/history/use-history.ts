import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../../../shared/api/history';
import type { EntityName } from '../../../../shared/entities';
import type { MessageError } from '../../../messaging/protocol';
import { useBackgroundClient } from '../../../ui/background-client';

/** What to read: one record (`id`), one kind of record, changes since a time, or everything. */
export interface HistoryFilter {
  entity?: EntityName;
  id?: string;
  /** ISO date-time. */
  since?: string;
}

export interface HistoryState {
  entries: HistoryEntry[];
  /** `loading` the first page, `loadingOlder` the next one. */
  status: 'idle' | 'loading' | 'loadingOlder' | 'loaded';
  /** Why the last page failed (`offline` when the Worker is out of reach), null after a success. */
  error: MessageError | null;
  hasOlder: boolean;
  loadOlder(): void;
  /** Reads the newest page again, e.g. after coming back online. */
  reload(): void;
}

/**
 * Pages of record history from the Worker, through the background (`history.read`), newest first:
 * the first page when `isEnabled` and the filter change, older ones on request. An answer to an
 * earlier filter is dropped, so a quick change of filter never shows stale entries.
 */
export function useHistory(workspaceId: string, filter: HistoryFilter, isEnabled = true, pageSize = 25): HistoryState {
  const client = useBackgroundClient();
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [status, setStatus] = useState<HistoryState['status']>('idle');
  const [error, setError] = useState<MessageError | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const request = useRef(0);
  const { entity, id, since } = filter;

  const load = useCallback(
    async (from: string | null) => {
      const asked = ++request.current;
      setStatus(from ? 'loadingOlder' : 'loading');
      const answer = await client.send('history.read', {
        workspaceId,
        entity,
        id,
        since,
        cursor: from ?? undefined,
        limit: pageSize,
      });
      if (asked !== request.current) return;
      setStatus('loaded');
      if (!answer.ok) {
        setError(answer.error);
        return;
      }
      setError(null);
      setEntries((shown) => (from ? [...shown, ...answer.value.entries] : answer.value.entries));
      setCursor(answer.value.nextCursor);
    },
    [client, workspaceId, entity, id, since, pageSize],
  );

  useEffect(() => {
    if (!isEnabled) return;
    setEntries([]);
    setCursor(null);
    void load(null);
  }, [load, isEnabled]);

  return {
    entries,
    status,
    error,
    hasOlder: cursor !== null,
    loadOlder: () => {
      if (cursor && status === 'loaded') void load(cursor);
    },
    reload: () => void load(null),
  };
}
