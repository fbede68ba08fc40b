import type { Table, Transaction } from 'dexie';
import type { AnyRecord, EntityName } from '../../shared/entities';
import { writeEntityRecords } from './write-records';

/** A row of the `records` store up to schema 4: one row per record. */
interface RecordRowBeforeChunks {
  workspaceId: string;
  entity: EntityName;
  id: string;
  value: AnyRecord;
}

/**
 * Upgrade to schema 5: every `records` row moves into `recordChunks`, 200 records to a row, with
 * each entity's map, in the upgrade's own transaction (a failure leaves schema 4 as it was).
 * Pending mutations and base copies are keyed by record, not by row, so they stay as they are.
 */
export async function moveRecordsToChunks(tx: Transaction): Promise<void> {
  const old: Table<RecordRowBeforeChunks> = tx.table('records');
  const groups = new Map<string, { workspaceId: string; entity: EntityName; records: AnyRecord[] }>();
  await old.each((row) => {
    const key = `${row.workspaceId}\u0000${row.entity}`;
    const group = groups.get(key) ?? { workspaceId: row.workspaceId, entity: row.entity, records: [] };
    group.records.push(row.value);
    groups.set(key, group);
  });
  const tables = { chunks: tx.table('recordChunks'), maps: tx.table('recordMaps') };
  for (const { workspaceId, entity, records } of groups.values()) {
    const changes = new Map(records.map((value) => [value.id, { entity, id: value.id, value }]));
    await writeEntityRecords(tables, workspaceId, entity, changes);
  }
}
