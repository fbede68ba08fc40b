import { format } from 'date-fns';
import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { DashboardFilter, PortfolioDashboard } from '../../../shared/analytics/portfolio/dashboard-types';
import { buildPortfolioDashboard } from '../../../shared/analytics/portfolio/portfolio-dashboard';
import {
  filterPortfolioDashboard,
  listDashboardFilterOptions,
} from '../../../shared/analytics/portfolio/portfolio-filter';
import { countDashboardRows, type DashboardRows, readDashboardRows } from '../../db/dashboard-queries';
import type { PmoDatabase } from '../../db/database';
import { readActiveConnection } from '../../db/workspace-queries';
import type { DashboardRouteFilter } from '../../messaging/dashboard-route';
import { useDatabase } from '../database-context';
import { measured } from '../measured';
import { useLiveQuery } from '../use-live-query';

export type DashboardFilterOptions = ReturnType<typeof listDashboardFilterOptions>;

export interface DashboardData {
  rows: DashboardRows;
  today: string;
  /** Every project of the portfolio, before the filter. */
  dashboard: PortfolioDashboard;
  /** What the sections show: the dashboard restricted to the filter. */
  shown: PortfolioDashboard;
  options: DashboardFilterOptions;
}

/** The address's filter in the shared filter's words (the address says `manager`, the filter `managerId`). */
export function toDashboardFilter(filter: DashboardRouteFilter): DashboardFilter {
  return {
    ...(filter.sponsor ? { sponsor: filter.sponsor } : {}),
    ...(filter.manager ? { managerId: filter.manager } : {}),
    ...(filter.phase ? { phase: filter.phase } : {}),
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.rag ? { rag: filter.rag } : {}),
  };
}

/**
 * Reads the workspace live from Dexie, builds the portfolio once per data change and filters it once
 * per filter change (never re-running the analysis), each leaving its performance measure.
 * Undefined while the first read runs.
 */
export function useDashboardData(workspaceId: string, routeFilter: DashboardRouteFilter): DashboardData | undefined {
  const db = useDatabase();
  const rows = useLiveQuery(() => readLiveRows(db, workspaceId), [db, workspaceId]);
  const today = format(new Date(), 'yyyy-MM-dd');
  const dashboard = useMemo(
    () => (rows ? measured('dashboard compute', () => buildPortfolioDashboard(rows.records, today)) : undefined),
    [rows, today],
  );
  const options = useMemo(() => (dashboard ? listDashboardFilterOptions(dashboard.projects) : undefined), [dashboard]);
  const { sponsor, manager, phase, state, rag } = routeFilter;
  const filterStart = useRef<number | undefined>(undefined);
  const shown = useMemo(() => {
    if (!dashboard) return undefined;
    const filter = toDashboardFilter({ sponsor, manager, phase, state, rag });
    if (Object.keys(filter).length === 0) return dashboard;
    return filterPortfolioDashboard(dashboard, filter);
  }, [dashboard, sponsor, manager, phase, state, rag]);
  // A filter change is measured from the change to the rendered sections, not only the filtering.
  const filterKey = [sponsor, manager, phase, state, rag].join('\u0000');
  const lastFilterKey = useRef(filterKey);
  if (lastFilterKey.current !== filterKey) {
    lastFilterKey.current = filterKey;
    filterStart.current = performance.now();
  }
  useEffect(() => {
    if (filterStart.current === undefined || !shown) return;
    performance.measure('ipmo: dashboard filter', { start: filterStart.current });
    filterStart.current = undefined;
  }, [shown, filterKey]);
  if (!rows || !dashboard || !shown || !options) return undefined;
  return { rows, today, dashboard, shown, options };
}

/** A read of the active workspace's rows started as the page opens, before the connection is rendered. */
interface EarlyRead {
  db: PmoDatabase;
  /** The workspace read and its rows; undefined when no workspace is joined. */
  answer: Promise<{ workspaceId: string; rows: DashboardRows } | undefined>;
  /** A record was written since the read started: its answer may be out of date. */
  isStale: boolean;
  /** The live query took the answer (once). */
  isTaken: boolean;
  stopWatching(): void;
}
let earlyRead: EarlyRead | undefined;

/**
 * Starts reading the active workspace's records as soon as the page has a database, in parallel with
 * the connection the page renders first (bench/dashboard: the read used to wait for that render).
 * The live query of useDashboardData takes this answer instead of reading again; any write to the
 * records in between makes it read afresh. Once per database.
 */
export function startDashboardRead(db: PmoDatabase): void {
  if (earlyRead?.db === db) return;
  earlyRead?.stopWatching();
  const recordsPart = `idb://${db.name}/recordChunks/`;
  const read: EarlyRead = {
    db,
    isStale: false,
    isTaken: false,
    answer: Promise.resolve(undefined),
    stopWatching: () => Dexie.on.storagemutated.unsubscribe(onMutated),
  };
  // Writes in this page and in the background's sync alike (Dexie broadcasts them between contexts).
  function onMutated(parts: ObservabilitySet) {
    if (Object.keys(parts).some((part) => part.startsWith(recordsPart))) read.isStale = true;
  }
  Dexie.on('storagemutated', onMutated);
  read.answer = measured('dashboard read', async () => {
    const connection = await readActiveConnection(db);
    if (!connection) return undefined;
    return { workspaceId: connection.workspaceId, rows: await readDashboardRows(db, connection.workspaceId) };
  }).catch(() => undefined);
  earlyRead = read;
}

/**
 * The live query's read: the early read's answer the first time when it is for this workspace and
 * nothing was written since (a count over the same range makes the live query watch it), else a
 * full read.
 */
async function readLiveRows(db: PmoDatabase, workspaceId: string): Promise<DashboardRows> {
  const early = earlyRead?.db === db && !earlyRead.isTaken ? earlyRead : undefined;
  if (early) {
    early.isTaken = true;
    // Promise.resolve around a promise Dexie did not make keeps the live query's context across the
    // await (Dexie's rule for live-query functions), so the fallback read below is watched too.
    const [answer] = await Promise.all([Promise.resolve(early.answer), countDashboardRows(db, workspaceId)]);
    early.stopWatching();
    if (answer?.workspaceId === workspaceId && !early.isStale) return answer.rows;
  }
  return measured('dashboard read', () => readDashboardRows(db, workspaceId));
}
