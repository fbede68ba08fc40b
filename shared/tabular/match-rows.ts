import type { AnyRecord } from '../entities';
import type { ExistingRecords } from './diff-import';
import { fingerprintOf } from './fingerprint';
import { type IdOfLine, indexPlaceholderRows, resolveRowPlaceholders } from './row-placeholders';
import type { ImportEntity, ImportedRow } from './types';

/** The project a record lives in; undefined for people, who belong to the workspace. */
export const projectOf = (values: Record<string, unknown>) =>
  typeof values.projectId === 'string' ? values.projectId : undefined;

/** Refs compare as readRows checks their duplicates: trimmed, case aside. */
const normalizeRef = (ref: string) => ref.trim().toLowerCase();
const refKey = (projectId: string | undefined, ref: string) => `${projectId ?? ''}|${normalizeRef(ref)}`;

/** An entity's records by id, by ref and by fingerprint (both within their project); fingerprints on first use. */
function indexRecords(entity: ImportEntity, records: readonly AnyRecord[]) {
  const byId = new Map<string, AnyRecord>();
  const byRef = new Map<string, AnyRecord[]>();
  let byFingerprint: Map<string, AnyRecord[]> | undefined;
  const push = (map: Map<string, AnyRecord[]>, key: string, record: AnyRecord) => {
    const list = map.get(key);
    if (list) list.push(record);
    else map.set(key, [record]);
  };
  for (const record of records) {
    byId.set(record.id, record);
    if (typeof record.ref === 'string' && record.ref.trim()) push(byRef, refKey(projectOf(record), record.ref), record);
  }
  // Most re-imports match every row by id or ref: normalising every title would be wasted work.
  const fingerprinted = () => {
    if (byFingerprint) return byFingerprint;
    byFingerprint = new Map();
    for (const record of records) push(byFingerprint, fingerprintKey(entity, record), record);
    return byFingerprint;
  };
  return { byId, byRef, fingerprinted };
}

const fingerprintKey = (entity: ImportEntity, values: Record<string, unknown>) =>
  `${projectOf(values) ?? ''}|${fingerprintOf(entity, values)}`;

/**
 * Row index → matched record. All ids first, then refs, then fingerprints, so a weaker key never
 * takes a record a stronger one names; people before allocations, whose person placeholder
 * (`row:<line>`) then resolves to the person that line matched (the fingerprint includes it).
 */
export function matchRows(rows: readonly ImportedRow[], existing: ExistingRecords): Map<number, AnyRecord> {
  const matches = new Map<number, AnyRecord>();
  const resolvePlaceholders = createPlaceholderResolver(rows, matches);
  // Records by identity: each entity has its own list, so an id cannot stand for two records.
  const claimed = new Set<AnyRecord>();
  const indexes = new Map(
    [...new Set(rows.map((row) => row.entity))].map((entity) => [entity, indexRecords(entity, existing[entity] ?? [])]),
  );
  const isFree = (record: AnyRecord) => !claimed.has(record);
  const rowIndexes = [...rows.keys()];
  const order = [
    ...rowIndexes.filter((index) => rows[index].entity === 'person'),
    ...rowIndexes.filter((index) => rows[index].entity !== 'person'),
  ];
  for (const pass of ['id', 'ref', 'fingerprint'] as const) {
    for (const rowIndex of order) {
      if (matches.has(rowIndex)) continue;
      const row = rows[rowIndex];
      const fields = resolvePlaceholders(row);
      const project = projectOf(fields);
      const { byId, byRef, fingerprinted } = indexes.get(row.entity)!;
      let record: AnyRecord | undefined;
      if (pass === 'id' && row.key.id) record = byId.get(row.key.id);
      else if (pass === 'ref' && row.key.ref) record = byRef.get(refKey(project, row.key.ref))?.find(isFree);
      else if (pass === 'fingerprint') {
        const rowRef = row.key.ref ? normalizeRef(row.key.ref) : undefined;
        // Two different refs name two different records, however alike their titles.
        const fits = (candidate: AnyRecord) =>
          isFree(candidate) && (!rowRef || typeof candidate.ref !== 'string' || normalizeRef(candidate.ref) === rowRef);
        record = fingerprinted().get(fingerprintKey(row.entity, fields))?.find(fits);
      }
      // An id of another project (an export imported elsewhere) makes a copy here, never moves the original.
      if (!record || !isFree(record) || projectOf(record) !== project) continue;
      claimed.add(record);
      matches.set(rowIndex, record);
    }
  }
  return matches;
}

/** A row's fields with the `row:<line>` placeholders of matched lines replaced by their records' ids; reads `matches` as it fills up. */
export function createPlaceholderResolver(rows: readonly ImportedRow[], matches: ReadonlyMap<number, AnyRecord>) {
  const rowOfLine = indexPlaceholderRows(rows);
  const idOfLine: IdOfLine = (target, line) => {
    const index = rowOfLine(target, line);
    return index === undefined ? undefined : matches.get(index)?.id;
  };
  return (row: ImportedRow) => resolveRowPlaceholders(row.entity, row.fields, idOfLine);
}
