import type { Collection, Table } from 'dexie';
import type { EntityName } from '../../shared/entities';
import type { RecordKey } from './database';

/** Key of a workspace's row in `serverRecords` (a record's base copy). */
export function toRecordKey(workspaceId: string, entity: EntityName, id: string): RecordKey {
  return [workspaceId, entity, id];
}

/**
 * Every row of one workspace in `serverRecords`, read through the primary key (no `workspaceId`
 * index: one less B-tree to write per row, see the schema's version 3).
 */
export function rowsOfWorkspace<Row>(table: Table<Row, RecordKey>, workspaceId: string): Collection<Row, RecordKey> {
  // [ws] sorts before every [ws, entity, id] and [ws + "\0"] after them all, and before any other workspace.
  return table.where('[workspaceId+entity+id]').between([workspaceId], [`${workspaceId}\u0000`], true, false);
}
