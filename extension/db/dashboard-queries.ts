import {
  createEmptyWorkspaceLists,
  type WorkspaceRecords,
  workspaceListOfEntity,
} from '../../shared/analytics/portfolio/workspace-records';
import type { WorkspaceSettings } from '../../shared/schemas/workspace-settings';
import type { PmoDatabase } from './database';
import { countWorkspaceChunks, readWorkspaceChunks } from './read-records';
import { sortById } from './record-chunks';

/** What the PMO dashboard reads: the whole workspace as the portfolio functions take it, and its settings record. */
export interface DashboardRows {
  records: WorkspaceRecords;
  /** The stored settings record (its id and version, to save the priority weights), absent before anyone saved one. */
  settings: WorkspaceSettings | undefined;
}

/**
 * Every record of a workspace the portfolio reads, in ONE range read over the chunks' primary key
 * (readWorkspaceChunks), sorted into lists in one pass: with 200 projects that is one IndexedDB
 * request instead of a dozen reads per project, and one live-query subscription range.
 */
export async function readDashboardRows(db: PmoDatabase, workspaceId: string): Promise<DashboardRows> {
  // An explicit read transaction: inside a live query Dexie then skips its query cache, which deep-clones
  // every answer (20,000 records: tens of ms and as much garbage, bench/dashboard); the live query still
  // observes the range read. Nothing here mutates the rows.
  const chunks = await db.transaction('r', db.recordChunks, () => readWorkspaceChunks(db, workspaceId));
  const lists = createEmptyWorkspaceLists();
  let settings: WorkspaceSettings | undefined;
  for (const chunk of chunks) {
    if (chunk.entity === 'settings') {
      settings = chunk.records[0] as unknown as WorkspaceSettings;
      continue;
    }
    const list = workspaceListOfEntity[chunk.entity];
    if (list) (lists[list] as unknown[]).push(...chunk.records);
  }
  // By id within each list, as the screens listed them before records were stored many to a row.
  for (const list of Object.values(lists)) sortById(list as { id: string }[]);
  // Projects by code, as every other screen lists them.
  lists.projects.sort((a, b) => a.code.localeCompare(b.code));
  return { records: { ...lists, ...(settings ? { settings } : {}) }, settings };
}

/** How many chunks the workspace holds: a cheap read that makes a live query watch the same range as readDashboardRows. */
export function countDashboardRows(db: PmoDatabase, workspaceId: string): Promise<number> {
  return db.transaction('r', db.recordChunks, () => countWorkspaceChunks(db, workspaceId));
}
