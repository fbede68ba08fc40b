import type { Table } from 'dexie';
import type { AnyRecord, EntityName } from '../../shared/entities';
import type { PmoDatabase } from './database';
import {
  hashRecordId,
  type RecordChunkKey,
  type RecordChunkRow,
  type RecordMapRow,
  recordsPerChunk,
  toChunkRow,
} from './record-chunks';
import { emptyRecordMap, findCandidateChunks, type MapEntry, updateRecordMap } from './record-map';

/** A record's final state after a run of writes: its value, or null once deleted. */
export interface RecordChange {
  entity: EntityName;
  id: string;
  value: AnyRecord | null;
}

/** The two stores records live in; an upgrade passes its own transaction's tables. */
export interface RecordTables {
  chunks: Table<RecordChunkRow, RecordChunkKey>;
  maps: Table<RecordMapRow, [string, EntityName]>;
}

/** The stores records live in, for the table list of a transaction that reads or writes records. */
export function recordStores(db: PmoDatabase) {
  return [db.recordChunks, db.recordMaps];
}

/**
 * Stores records' final states in the view: each entity's map is read once, the chunks that hold
 * the changed records are read in one bulkGet and rewritten once, new records fill the last chunk.
 * Joins the caller's transaction when it covers both stores (Dexie reuses a parent transaction).
 */
export async function writeRecords(db: PmoDatabase, workspaceId: string, changes: Iterable<RecordChange>) {
  const byEntity = groupByEntity(changes);
  if (byEntity.size === 0) return;
  await db.transaction('rw', recordStores(db), async () => {
    for (const [entity, entityChanges] of byEntity) {
      await writeEntityRecords({ chunks: db.recordChunks, maps: db.recordMaps }, workspaceId, entity, entityChanges);
    }
  });
}

/** Every record of a workspace gone, with the maps that place them. */
export async function deleteWorkspaceRecords(db: PmoDatabase, workspaceId: string): Promise<void> {
  await db.transaction('rw', recordStores(db), async () => {
    await db.recordChunks
      .where('[workspaceId+entity+chunk]')
      .between([workspaceId], [`${workspaceId}\u0000`])
      .delete();
    await db.recordMaps
      .where('[workspaceId+entity]')
      .between([workspaceId], [`${workspaceId}\u0000`])
      .delete();
  });
}

function groupByEntity(changes: Iterable<RecordChange>): Map<EntityName, Map<string, RecordChange>> {
  const byEntity = new Map<EntityName, Map<string, RecordChange>>();
  for (const change of changes) {
    let ofEntity = byEntity.get(change.entity);
    if (!ofEntity) {
      ofEntity = new Map();
      byEntity.set(change.entity, ofEntity);
    }
    // The last state of a record wins, as foldWrites folds them.
    ofEntity.set(change.id, change);
  }
  return byEntity;
}

/** One entity's changes; the caller holds a readwrite transaction over both tables. */
export async function writeEntityRecords(
  tables: RecordTables,
  workspaceId: string,
  entity: EntityName,
  changes: ReadonlyMap<string, RecordChange>,
): Promise<void> {
  const map = (await tables.maps.get([workspaceId, entity])) ?? emptyRecordMap(workspaceId, entity);
  const hashOf = new Map<string, number>();
  for (const id of changes.keys()) hashOf.set(id, hashRecordId(id));
  const wanted = findCandidateChunks(map, new Set(hashOf.values()));
  if (map.lastChunk >= 0) wanted.add(map.lastChunk);
  const numbers = [...wanted];
  const read = await tables.chunks.bulkGet(numbers.map((chunk): RecordChunkKey => [workspaceId, entity, chunk]));
  const chunks = new Map<number, AnyRecord[]>();
  numbers.forEach((chunk, index) => {
    const row = read[index];
    // A copy: the row Dexie answered may be shared with a live query's cache in this context.
    if (row) chunks.set(chunk, [...row.records]);
  });
  const holder = new Map<string, number>();
  for (const [chunk, records] of chunks) {
    for (const record of records) if (changes.has(record.id)) holder.set(record.id, chunk);
  }

  const touched = new Set<number>();
  const added: MapEntry[] = [];
  const removed: MapEntry[] = [];
  let lastChunk = map.lastChunk;
  for (const [id, change] of changes) {
    const hash = hashOf.get(id) ?? hashRecordId(id);
    const chunk = holder.get(id);
    if (chunk !== undefined) {
      const records = chunks.get(chunk) ?? [];
      const at = records.findIndex((record) => record.id === id);
      if (change.value) records[at] = change.value;
      else {
        records.splice(at, 1);
        holder.delete(id);
        removed.push({ hash, chunk });
      }
      touched.add(chunk);
      continue;
    }
    if (!change.value) continue;
    let tail = chunks.get(lastChunk);
    if (!tail || tail.length >= recordsPerChunk) {
      lastChunk += 1;
      tail = [];
      chunks.set(lastChunk, tail);
    }
    tail.push(change.value);
    holder.set(id, lastChunk);
    added.push({ hash, chunk: lastChunk });
    touched.add(lastChunk);
  }
  if (touched.size === 0) return;

  const puts: RecordChunkRow[] = [];
  const emptied: RecordChunkKey[] = [];
  for (const chunk of touched) {
    const records = chunks.get(chunk) ?? [];
    if (records.length > 0) puts.push(toChunkRow(workspaceId, entity, chunk, records));
    else emptied.push([workspaceId, entity, chunk]);
  }
  if (puts.length > 0) await tables.chunks.bulkPut(puts);
  if (emptied.length > 0) await tables.chunks.bulkDelete(emptied);
  // An edit moves no record: the map (400 kB at 50,000 records) is not rewritten for it.
  if (added.length > 0 || removed.length > 0) await tables.maps.put(updateRecordMap(map, added, removed, lastChunk));
}
