import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { MembersOverview } from '../../../messaging/member-messages';
import { useBackgroundClient } from '../../../ui/background-client';

export interface MembersOverviewState {
  overview: MembersOverview | undefined;
  /** Why the last read failed, in the reader's words (the background words it). */
  error: string | undefined;
  reload(): Promise<void>;
}

/**
 * Members and invites live in the Worker's directory, not in the synced records: they are read
 * through the background on opening and after each change, never kept in Dexie.
 */
export function useMembersOverview(workspaceId: string): MembersOverviewState {
  const client = useBackgroundClient();
  const [overview, setOverview] = useState<MembersOverview>();
  const [error, setError] = useState<string>();
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const call = ++latest.current;
    const read = await client.send('members.read', { workspaceId });
    // An older read answering after a newer one must not overwrite it.
    if (call !== latest.current) return;
    if (read.ok) {
      setOverview(read.value);
      setError(undefined);
    } else setError(read.error.message);
  }, [client, workspaceId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { overview, error, reload };
}
