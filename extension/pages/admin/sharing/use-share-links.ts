import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ShareLink } from '../../../../shared/api/routes/share-routes';
import { useBackgroundClient } from '../../../ui/background-client';

export interface ShareLinksState {
  links: ShareLink[] | undefined;
  /** Why the last read failed, in the reader's words (the background words it). */
  error: string | undefined;
  reload(): Promise<void>;
}

/** Sponsor links live in the Worker's directory, not in the synced records: read on opening and after each change. */
export function useShareLinks(workspaceId: string, isAllowed: boolean): ShareLinksState {
  const client = useBackgroundClient();
  const [links, setLinks] = useState<ShareLink[]>();
  const [error, setError] = useState<string>();
  const latest = useRef(0);
  const reload = useCallback(async () => {
    if (!isAllowed) return;
    const call = ++latest.current;
    const read = await client.send('shareLinks.read', { workspaceId });
    // An older read answering after a newer one must not overwrite it.
    if (call !== latest.current) return;
    if (read.ok) {
      setLinks(read.value);
      setError(undefined);
    } else setError(read.error.message);
  }, [client, workspaceId, isAllowed]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { links, error, reload };
}
