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
