import type { AnyRecord } from '../../../shared/entities';
import { rowKey } from '../../../shared/mutations/run-mutation';
import type { RowRef } from '../../../shared/mutations/types';
import type { BaseRow, PmoDatabase, RecordKey } from '../../db/database';
import { listWorkspaceRecords, readRecords } from '../../db/read-records';
import { rowsOfWorkspace, toRecordKey } from '../../db/record-rows';
import type { RowMap } from './row-map';

// The base of a row is its `serverRecords` copy when it has one, else its view row: only rows
// a pending mutation touches are ever copied (see BaseRow), so for every other row view = base.

/** The rows of a workspace that keep a base copy, keyed `entity:id`. */
export async function listRowsWithBase(db: PmoDatabase, workspaceId: string): Promise<Map<string, RowRef>> {
  const keys = await rowsOfWorkspace(db.serverRecords, workspaceId).primaryKeys();
  return new Map(keys.map(([, entity, id]) => [rowKey(entity, id), { entity, id }]));
}

/** Reads the base of the given rows (absent rows are left out of the map). */
export async function readBaseRows(db: PmoDatabase, workspaceId: string, refs: readonly RowRef[]): Promise<RowMap> {
  const keys = refs.map((ref) => toRecordKey(workspaceId, ref.entity, ref.id));
  const [copies, views] = await Promise.all([db.serverRecords.bulkGet(keys), readRecords(db, workspaceId, refs)]);
  const rows: RowMap = new Map();
  refs.forEach((ref, index) => {
    const copy = copies[index];
    const value = copy ? copy.value : views[index];
    if (value) rows.set(rowKey(ref.entity, ref.id), value);
  });
  return rows;
}

/**
 * Before a local mutation changes the view of these rows, copies the base of those not copied yet
 * (their view is still their base). Call inside the mutation's transaction, before its writes.
 */
export async function keepBaseOfRows(db: PmoDatabase, workspaceId: string, refs: readonly RowRef[]): Promise<void> {
  const keys = refs.map((ref) => toRecordKey(workspaceId, ref.entity, ref.id));
  const copies = await db.serverRecords.bulkGet(keys);
  const missing = refs.filter((_, index) => copies[index] === undefined);
  if (missing.length === 0) return;
  const views = await readRecords(db, workspaceId, missing);
  await db.serverRecords.bulkAdd(
    missing.map((ref, index) => toBaseRow(toRecordKey(workspaceId, ref.entity, ref.id), views[index] ?? null)),
  );
}

export function toBaseRow([workspaceId, entity, id]: RecordKey, value: AnyRecord | null): BaseRow {
  return { workspaceId, entity, id, value };
}

/** The whole base of a workspace, keyed `entity:id`: what the client last pulled from the server. */
export async function readWorkspaceBase(db: PmoDatabase, workspaceId: string): Promise<RowMap> {
  const [views, copies] = await Promise.all([
    listWorkspaceRecords(db, workspaceId),
    rowsOfWorkspace(db.serverRecords, workspaceId).toArray(),
  ]);
  const rows: RowMap = new Map(views.map((row) => [rowKey(row.entity, row.value.id), row.value]));
  for (const copy of copies) {
    if (copy.value) rows.set(rowKey(copy.entity, copy.id), copy.value);
    else rows.delete(rowKey(copy.entity, copy.id));
  }
  return rows;
}
