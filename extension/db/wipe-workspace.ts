import type { PmoDatabase } from './database';

/** Tables holding one workspace's local data; a transaction that wipes it must include them all. */
export function workspaceTables(db: PmoDatabase) {
  return [db.connections, db.records, db.serverRecords, db.pending, db.mutationErrors];
}

/** Deletes everything stored for a workspace, its connection included. Call inside a transaction over workspaceTables. */
export async function wipeWorkspace(db: PmoDatabase, workspaceId: string): Promise<void> {
  await db.connections.delete(workspaceId);
  for (const table of [db.records, db.serverRecords, db.pending, db.mutationErrors]) {
    await table.where('workspaceId').equals(workspaceId).delete();
  }
}
