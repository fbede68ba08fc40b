import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ConnectionRow } from '../../../db/database';
import { listConnections } from '../../../db/workspace-queries';
import { useDatabase } from '../../database-context';
import type { DashboardData } from '../use-dashboard-data';
import {
  buildDashboardSnapshot,
  type DashboardSnapshot,
  forgetDashboardSnapshots,
  readDashboardSnapshot,
  writeDashboardSnapshot,
} from './dashboard-snapshot';

/**
 * The snapshot to paint while the live dashboard is computed, for this connection only; null once
 * the live data has answered (from then on only live figures are shown, even if a later read is
 * slow) and when there is none. After each live computation it stores a new snapshot, once the
 * page is idle so the write never delays the live grid.
 */
export function useDashboardSnapshot(
  connection: ConnectionRow,
  data: DashboardData | undefined,
): DashboardSnapshot | null {
  const db = useDatabase();
  const { workspaceId, serverUrl } = connection;
  const memberId = connection.member.id;
  const snapshot = useMemo(
    () => readDashboardSnapshot({ workspaceId, serverUrl, cookie: null, member: { id: memberId } }),
    [workspaceId, serverUrl, memberId],
  );
  const liveFor = useRef<string | undefined>(undefined);
  if (data) liveFor.current = workspaceId;
  const latestConnection = useRef(connection);
  latestConnection.current = connection;
  const dashboard = data?.dashboard;
  const today = data?.today;
  useEffect(() => {
    if (!dashboard || !today) return;
    const computedAt = new Date().toISOString();
    // When the page is idle: the rows still drawing in batches and the first interactions come first.
    return whenIdle(() => {
      const owner = latestConnection.current;
      if (owner.workspaceId !== workspaceId) return;
      writeDashboardSnapshot(buildDashboardSnapshot(owner, dashboard, today, computedAt));
      // The background cannot reach this page's storage when a workspace is left or lost: its snapshot goes here.
      void listConnections(db)
        .then((joined) => forgetDashboardSnapshots(joined.map((joinedOne) => joinedOne.workspaceId)))
        .catch(() => undefined);
    });
  }, [db, dashboard, today, workspaceId]);
  return liveFor.current === workspaceId ? null : snapshot;
}

/** Runs `work` when the page is idle (within 2 s), or on the next task where idle callbacks are missing; answers the cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
