import {
  createEmptyWorkspaceLists,
  type WorkspaceRecords,
  workspaceListOfEntity,
} from '../../shared/analytics/portfolio/workspace-records';
import type { WorkspaceSettings } from '../../shared/schemas/workspace-settings';
import type { PmoDatabase } from './database';
import { rowsOfWorkspace } from './record-rows';

/** What the PMO dashboard reads: the whole workspace as the portfolio functions take it, and its settings record. */
export interface DashboardRows {
  records: WorkspaceRecords;
  /** The stored settings record (its id and version, to save the priority weights), absent before anyone saved one. */
  settings: WorkspaceSettings | undefined;
}

/**
 * Every record of a workspace the portfolio reads, in ONE range read over the primary key
 * (rowsOfWorkspace), sorted into lists in one pass: with 200 projects that is one IndexedDB
 * cursor instead of a dozen reads per project, and one live-query subscription range.
 */
export async function readDashboardRows(db: PmoDatabase, workspaceId: string): Promise<DashboardRows> {
  // An explicit read transaction: inside a live query Dexie then skips its query cache, which deep-clones
  // every answer (20,000 records: tens of ms and as much garbage, bench/dashboard); the live query still
  // observes the range read. Nothing here mutates the rows.
  const rows = await db.transaction('r', db.records, () => rowsOfWorkspace(db.records, workspaceId).toArray());
  const lists = createEmptyWorkspaceLists();
  let settings: WorkspaceSettings | undefined;
  for (const row of rows) {
    if (row.entity === 'settings') {
      settings = row.value as unknown as WorkspaceSettings;
      continue;
    }
    const list = workspaceListOfEntity[row.entity];
    if (list) (lists[list] as unknown[]).push(row.value);
  }
  // Projects by code, as every other screen lists them.
  lists.projects.sort((a, b) => a.code.localeCompare(b.code));
  return { records: { ...lists, ...(settings ? { settings } : {}) }, settings };
}

/** How many records the workspace holds: a cheap read that makes a live query watch the same range as readDashboardRows. */
export function countDashboardRows(db: PmoDatabase, workspaceId: string): Promise<number> {
  return db.transaction('r', db.records, () => rowsOfWorkspace(db.records, workspaceId).count());
}
