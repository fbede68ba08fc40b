import type { AnyRecord, EntityName } from '../../../shared/entities';
import { rowKey } from '../../../shared/mutations/run-mutation';
import type { ReadRow, RowRef, Write } from '../../../shared/mutations/types';
import type { RecordChange } from '../../db/write-records';

/** Rows held in memory while a mutation runs, keyed like the shared mutators key them. */
export type RowMap = Map<string, AnyRecord>;

/** Lets a mutator read a RowMap. */
export function readFromRowMap(rows: RowMap): ReadRow {
  return (entity, id) => rows.get(rowKey(entity, id));
}

/** Applies a mutator's writes to a RowMap (a `del` removes the row). */
export function applyWritesToRowMap(rows: RowMap, writes: Write[]): void {
  for (const write of writes) {
    if (write.op === 'put') rows.set(rowKey(write.entity, write.id), write.value);
    else rows.delete(rowKey(write.entity, write.id));
  }
}

/** Adds refs to a set keyed by `entity:id`, dropping duplicates. */
export function addRowRefs(target: Map<string, RowRef>, refs: Iterable<RowRef>): void {
  for (const ref of refs) target.set(rowKey(ref.entity, ref.id), { entity: ref.entity, id: ref.id });
}

/** The entity part of a `entity:id` key (entity names never contain ":"). */
export function entityOfRowKey(key: string): EntityName {
  return key.slice(0, key.indexOf(':')) as EntityName;
}

/** A row's final state after a run of writes: its value, or null once deleted (what writeRecords stores). */
export type RowChange = RecordChange;

/** Folds writes in order into each row's final state, so they can be stored with one bulk call per kind. */
export function foldWrites(writes: Iterable<Write>): Map<string, RowChange> {
  const changes = new Map<string, RowChange>();
  for (const write of writes) {
    const value = write.op === 'put' ? write.value : null;
    changes.set(rowKey(write.entity, write.id), { entity: write.entity, id: write.id, value });
  }
  return changes;
}
