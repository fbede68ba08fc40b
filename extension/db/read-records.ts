import type { AnyRecord, EntityName } from '../../shared/entities';
import type { PmoDatabase } from './database';
import { projectIndexKey, type RecordChunkRow, recordIndexKey, sortById } from './record-chunks';

// Reads of the records view. Each is one IndexedDB request or a few in parallel, so they run the
// same inside a live query, a page or a background transaction. Rows in Dexie were validated by the
// mutators that wrote them, so the typed lists take them as the shared types.

/** Which record: the workspace is given beside it. */
export interface RecordRef {
  entity: EntityName;
  id: string;
}

/** One record, or undefined. */
export async function readRecord<T = AnyRecord>(
  db: PmoDatabase,
  workspaceId: string,
  entity: EntityName,
  id: string,
): Promise<T | undefined> {
  const chunk = await db.recordChunks
    .where('ids')
    .equals(recordIndexKey(workspaceId, entity, id))
    .first();
  return chunk?.records.find((record) => record.id === id) as T | undefined;
}

/** Several records, in the order asked (undefined where absent); a chunk holding several is read once. */
export async function readRecords(
  db: PmoDatabase,
  workspaceId: string,
  refs: readonly RecordRef[],
): Promise<(AnyRecord | undefined)[]> {
  const keys = [...new Set(refs.map((ref) => recordIndexKey(workspaceId, ref.entity, ref.id)))];
  // One index request per record, in parallel: a single anyOf cursor jumps once per key and is slower.
  const chunks = await Promise.all(keys.map((key) => db.recordChunks.where('ids').equals(key).first()));
  const found = new Map<string, AnyRecord>();
  for (const chunk of chunks) {
    if (!chunk) continue;
    for (const record of chunk.records) found.set(recordIndexKey(workspaceId, chunk.entity, record.id), record);
  }
  return refs.map((ref) => found.get(recordIndexKey(workspaceId, ref.entity, ref.id)));
}

/** Every record of one entity in a workspace, by id. */
export async function listRecords<T = AnyRecord>(db: PmoDatabase, workspaceId: string, entity: EntityName) {
  const chunks = await chunksOfEntity(db, workspaceId, entity).toArray();
  return sortById(chunks.flatMap((chunk) => chunk.records)) as unknown as T[];
}

/** The records of one entity filed under one project, by id. */
export async function listProjectRecords<T = AnyRecord>(
  db: PmoDatabase,
  workspaceId: string,
  entity: EntityName,
  projectId: string,
): Promise<T[]> {
  const chunks = await db.recordChunks
    .where('projects')
    .equals(projectIndexKey(workspaceId, entity, projectId))
    .toArray();
  const records = chunks.flatMap((chunk) => chunk.records.filter((record) => record.projectId === projectId));
  return sortById(records) as unknown as T[];
}

/** Every chunk of a workspace, entity by entity, in one range read over the primary key. */
export function readWorkspaceChunks(db: PmoDatabase, workspaceId: string): Promise<RecordChunkRow[]> {
  return chunksOfWorkspace(db, workspaceId).toArray();
}

/** Every record of a workspace with its entity, entity by entity and by id within each. */
export async function listWorkspaceRecords(
  db: PmoDatabase,
  workspaceId: string,
): Promise<{ entity: EntityName; value: AnyRecord }[]> {
  const byEntity = new Map<EntityName, AnyRecord[]>();
  for (const chunk of await readWorkspaceChunks(db, workspaceId)) {
    const list = byEntity.get(chunk.entity);
    if (list) list.push(...chunk.records);
    else byEntity.set(chunk.entity, [...chunk.records]);
  }
  return [...byEntity].flatMap(([entity, records]) => sortById(records).map((value) => ({ entity, value })));
}

/** How many chunks a workspace has: a cheap read over the same range as readWorkspaceChunks, for live queries to watch. */
export function countWorkspaceChunks(db: PmoDatabase, workspaceId: string): Promise<number> {
  return chunksOfWorkspace(db, workspaceId).count();
}

function chunksOfEntity(db: PmoDatabase, workspaceId: string, entity: EntityName) {
  return db.recordChunks
    .where('[workspaceId+entity+chunk]')
    .between([workspaceId, entity, -Infinity], [workspaceId, entity, Infinity], true, true);
}

function chunksOfWorkspace(db: PmoDatabase, workspaceId: string) {
  // [ws] sorts before every [ws, entity, chunk] and [ws + "\0"] after them all, and before any other workspace.
  return db.recordChunks.where('[workspaceId+entity+chunk]').between([workspaceId], [`${workspaceId}\u0000`]);
}
