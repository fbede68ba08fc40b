import type { Collection, Table } from 'dexie';
import type { AnyRecord, EntityName } from '../../shared/entities';
import type { RecordKey, RecordRow } from './database';

/** Key of a workspace's row in `records` and `serverRecords`. */
export function toRecordKey(workspaceId: string, entity: EntityName, id: string): RecordKey {
  return [workspaceId, entity, id];
}

/** Wraps a record value with the keys Dexie indexes. */
export function toRecordRow(workspaceId: string, entity: EntityName, value: AnyRecord): RecordRow {
  const row: RecordRow = { workspaceId, entity, id: value.id, value };
  if (typeof value.projectId === 'string') row.projectId = value.projectId;
  return row;
}

/**
 * Every row of one workspace in `records` or `serverRecords`, read through the primary key (no
 * `workspaceId` index: one less B-tree to write per record, see the schema's version 3).
 */
export function rowsOfWorkspace<Row>(table: Table<Row, RecordKey>, workspaceId: string): Collection<Row, RecordKey> {
  // [ws] sorts before every [ws, entity, id] and [ws + "\0"] after them all, and before any other workspace.
  return table.where('[workspaceId+entity+id]').between([workspaceId], [`${workspaceId}\u0000`], true, false);
}
