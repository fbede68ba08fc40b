import type { PmoDatabase } from '../../db/database';
import { toRecordKey, toRecordRow } from '../../db/record-rows';
import type { RowChange } from './row-map';

/** Stores rows' final states in the view (`records`): one bulkPut and one bulkDelete, whatever the count. */
export async function writeView(db: PmoDatabase, workspaceId: string, changes: Iterable<RowChange>): Promise<void> {
  const puts = [];
  const deletes = [];
  for (const change of changes) {
    if (change.value) puts.push(toRecordRow(workspaceId, change.entity, change.value));
    else deletes.push(toRecordKey(workspaceId, change.entity, change.id));
  }
  if (puts.length > 0) await db.records.bulkPut(puts);
  if (deletes.length > 0) await db.records.bulkDelete(deletes);
}
