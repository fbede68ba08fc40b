import { useEffect } from 'preact/hooks';
import { useBackgroundClient } from '../ui/background-client';

/** While a page is open, another browser's edits should show within seconds. */
export const pollIntervalMs = 2_000;

/** Asks the background to sync now and every 2 s while the page shows this workspace. */
export function useSyncPolling(workspaceId: string): void {
  const client = useBackgroundClient();
  useEffect(() => {
    const poll = () => void client.send('sync.poll', { workspaceId });
    poll();
    const timer = setInterval(poll, pollIntervalMs);
    return () => clearInterval(timer);
  }, [client, workspaceId]);
}
