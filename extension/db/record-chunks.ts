import type { AnyRecord, EntityName } from '../../shared/entities';

// Records are stored many to a row ("chunks"): Chromium's IndexedDB costs per row, not per byte,
// so a first sync writing 200 records to a row takes a fraction of one row per record
// (docs/sync.md "Records stored many to a row", measured by bench/sync/dexie-initial-sync.mjs).

/** How many records a chunk takes before new ones go to a new chunk: a record's edit rewrites its chunk. */
export const recordsPerChunk = 200;

/**
 * A row of `recordChunks`: up to `recordsPerChunk` records of one entity in one workspace, what the
 * UI sees (the base from pulls with the pending mutations replayed), in arrival order.
 * `ids` and `projects` feed the two multiEntry indexes that find a record and a project's records.
 */
export interface RecordChunkRow {
  workspaceId: string;
  entity: EntityName;
  /** Position among the entity's chunks; a new chunk takes the last one's plus 1. */
  chunk: number;
  records: AnyRecord[];
  /** recordIndexKey of each record. */
  ids: string[];
  /** projectIndexKey of each distinct projectId the records are filed under. */
  projects: string[];
}

export type RecordChunkKey = [workspaceId: string, entity: EntityName, chunk: number];

/**
 * A row of `recordMaps`: which chunk holds each record of one entity in one workspace, as 32-bit
 * hashes of ids beside chunk numbers (a hash may repeat). Writes read it instead of asking the
 * `ids` index once per record, which costs about as much as writing a row per record.
 */
export interface RecordMapRow {
  workspaceId: string;
  entity: EntityName;
  /** The highest chunk number in use (-1 when none): new records go there while it has room. */
  lastChunk: number;
  hashes: Uint32Array;
  chunks: Uint32Array;
}

// "\u0000" sorts before every character a workspace id, entity or record id holds, so the keys of
// one workspace and entity are contiguous in the index.
export function recordIndexKey(workspaceId: string, entity: EntityName, id: string): string {
  return `${workspaceId}\u0000${entity}\u0000${id}`;
}

export function projectIndexKey(workspaceId: string, entity: EntityName, projectId: string): string {
  return `${workspaceId}\u0000${entity}\u0000${projectId}`;
}

/** A chunk row with its index keys worked out from its records. */
export function toChunkRow(
  workspaceId: string,
  entity: EntityName,
  chunk: number,
  records: AnyRecord[],
): RecordChunkRow {
  const projects = new Set<string>();
  for (const record of records) {
    if (typeof record.projectId === 'string') projects.add(projectIndexKey(workspaceId, entity, record.projectId));
  }
  return {
    workspaceId,
    entity,
    chunk,
    records,
    ids: records.map((record) => recordIndexKey(workspaceId, entity, record.id)),
    projects: [...projects],
  };
}

/** FNV-1a over the id's UTF-16 code units: cheap, and spread enough that 50,000 ids rarely share a hash. */
export function hashRecordId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Records by id, as the `records` store listed them before chunks (lists stay in the same order on every client). */
export function sortById<T extends { id: string }>(records: T[]): T[] {
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
