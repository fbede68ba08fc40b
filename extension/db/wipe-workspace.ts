import type { PmoDatabase } from './database';
import { rowsOfWorkspace } from './record-rows';
import { deleteSetting, readSetting, writeSetting } from './settings';
import { deleteWorkspaceRecords, recordStores } from './write-records';

/** Tables holding one workspace's local data; a transaction that wipes it must include them all. */
export function workspaceTables(db: PmoDatabase) {
  return [db.connections, ...recordStores(db), db.serverRecords, db.pending, db.mutationErrors, db.importMemories];
}

/** Deletes everything stored for a workspace, its connection included. Call inside a transaction over workspaceTables. */
export async function wipeWorkspace(db: PmoDatabase, workspaceId: string): Promise<void> {
  await db.connections.delete(workspaceId);
  await deleteWorkspaceRecords(db, workspaceId);
  await rowsOfWorkspace(db.serverRecords, workspaceId).delete();
  await db.pending.where('workspaceId').equals(workspaceId).delete();
  await db.mutationErrors.where('workspaceId').equals(workspaceId).delete();
  // [ws] sorts before every [ws, sourceKey] and [ws + "\0"] after them all (as in rowsOfWorkspace).
  await db.importMemories
    .where('[workspaceId+sourceKey]')
    .between([workspaceId], [`${workspaceId}\u0000`], true, false)
    .delete();
}

/**
 * Wipes a workspace and, if the popup showed it, shows the next joined one instead; answers how
 * many unsynced edits went with it. Call inside a transaction over workspaceTables and settings.
 */
export async function forgetWorkspace(db: PmoDatabase, workspaceId: string): Promise<number> {
  const discardedEdits = await db.pending.where('workspaceId').equals(workspaceId).count();
  await wipeWorkspace(db, workspaceId);
  if ((await readSetting(db, 'activeWorkspaceId')) === workspaceId) {
    // The oldest joined one, first in every list the pages show.
    const [next] = (await db.connections.toArray()).sort((a, b) => a.connectedAt.localeCompare(b.connectedAt));
    if (next) await writeSetting(db, 'activeWorkspaceId', next.workspaceId);
    else await deleteSetting(db, 'activeWorkspaceId');
  }
  return discardedEdits;
}
