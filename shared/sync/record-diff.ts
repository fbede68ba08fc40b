/**
 * What one mutation did to one record, field by field, for its history (docs/sync.md "Record
 * history"): each changed field → `{ from, to }`, `null` standing for "absent" (a created record's
 * `from`, a deleted record's `to`), since JSON has no `undefined`.
 */

/** A stored value (JSON) before and after the change; null when the field was absent. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

export type RecordChanges = Record<string, FieldChange>;

/**
 * Fields the mutators and the server stamp on every write (common.ts `RecordMetaSchema`): they say
 * who and when, which the history entry already holds, so a diff of them would only repeat it.
 */
export const unrecordedFields: ReadonlySet<string> = new Set([
  'id',
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
]);

type StoredRecord = Readonly<Record<string, unknown>>;

/** Equality of two JSON values, whatever the order of their object keys. */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => isSameJson(item, b[index]));
  const left = a as StoredRecord;
  const right = b as StoredRecord;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!isSameJson(left[key] ?? null, right[key] ?? null)) return false;
  return true;
}

/**
 * The fields that differ between a record's stored value before and after a mutation (`undefined`
 * or `null` for "did not exist": a create, or a delete), stamped fields left out. An undefined
 * field and a null one are the same absence. Keys come out in the order the record lists them.
 * Linear in the size of both values.
 */
export function diffRecords(
  before: StoredRecord | null | undefined,
  after: StoredRecord | null | undefined,
): RecordChanges {
  const changes: RecordChanges = {};
  const fields = new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})]);
  for (const field of fields) {
    if (unrecordedFields.has(field)) continue;
    const from = before?.[field] ?? null;
    const to = after?.[field] ?? null;
    if (!isSameJson(from, to)) changes[field] = { from, to };
  }
  return changes;
}

/** Whether a diff says nothing (a write that changed only stamps, e.g. an update to the same value). */
export function hasChanges(changes: RecordChanges): boolean {
  return Object.keys(changes).length > 0;
}
