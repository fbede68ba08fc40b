import type { Table } from 'dexie';
import { rowKey } from '../../shared/mutations/run-mutation';
import type { BaseRow, PendingMutationRow, RecordKey } from './database';

/**
 * Upgrade to schema 3: `serverRecords` held a copy of every pulled row; from now on it holds only
 * the bases of rows a pending mutation touches. Rows a pending mutation touches but the old copy
 * lacked were created locally: their base is "no row" (null).
 */
export async function keepOnlyPendingBases(
  pending: Table<PendingMutationRow, [string, number]>,
  serverRecords: Table<BaseRow, RecordKey>,
): Promise<void> {
  const touchedKeys = new Map<string, RecordKey>();
  for (const mutation of await pending.toArray()) {
    for (const ref of mutation.touched) {
      touchedKeys.set(`${mutation.workspaceId}|${rowKey(ref.entity, ref.id)}`, [
        mutation.workspaceId,
        ref.entity,
        ref.id,
      ]);
    }
  }
  const stale: RecordKey[] = [];
  const present = new Set<string>();
  await serverRecords.each((row) => {
    const key = `${row.workspaceId}|${rowKey(row.entity, row.id)}`;
    if (touchedKeys.has(key)) present.add(key);
    else stale.push([row.workspaceId, row.entity, row.id]);
  });
  await serverRecords.bulkDelete(stale);
  const created = [...touchedKeys].filter(([key]) => !present.has(key));
  await serverRecords.bulkPut(
    created.map(([, [workspaceId, entity, id]]) => ({ workspaceId, entity, id, value: null })),
  );
}
