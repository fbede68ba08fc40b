import { type AnyRecord, assertQueryField, type EntityName, type RowQuery, type Write } from '../../shared';

/** A row of the `entities` table; `value` is the record as JSON, null on tombstones. */
export type EntityRow = {
  entity: string;
  id: string;
  value: string | null;
  version: number;
  deleted: number;
};

/** A live record, or undefined when it never existed or is a tombstone. */
export function readLiveRecord(sql: SqlStorage, entity: EntityName, id: string): AnyRecord | undefined {
  const row = sql
    .exec<{ value: string }>('SELECT value FROM entities WHERE entity = ? AND id = ? AND deleted = 0', entity, id)
    .toArray()[0];
  return row ? (JSON.parse(row.value) as AnyRecord) : undefined;
}

/**
 * Stores a mutator's writes stamped with `version`. A delete keeps a tombstone (value dropped) with
 * the new version so incremental pulls learn about it.
 */
export function storeWrites(sql: SqlStorage, writes: Write[], version: number): void {
  for (const write of writes) {
    if (write.op === 'put') {
      const value = JSON.stringify({ ...write.value, version });
      sql.exec(
        `INSERT INTO entities (entity, id, value, version, deleted) VALUES (?, ?, ?, ?, 0)
         ON CONFLICT (entity, id) DO UPDATE SET value = excluded.value, version = excluded.version, deleted = 0`,
        write.entity,
        write.id,
        value,
        version,
      );
    } else {
      sql.exec(
        `INSERT INTO entities (entity, id, value, version, deleted) VALUES (?, ?, NULL, ?, 1)
         ON CONFLICT (entity, id) DO UPDATE SET value = NULL, version = excluded.version, deleted = 1`,
        write.entity,
        write.id,
        version,
      );
    }
  }
}

/**
 * How a stored row travels in a pull patch, as JSON text: a put carries the stored value's own text
 * (written by JSON.stringify in storeWrites), so a page is never parsed and serialized again.
 */
export function toPatchOpJson(row: EntityRow): string {
  const head = `"entity":${JSON.stringify(row.entity)},"id":${JSON.stringify(row.id)}`;
  if (row.deleted || row.value === null) return `{"op":"del",${head}}`;
  return `{"op":"put",${head},"value":${row.value}}`;
}

/**
 * The live records a mutator's query asks for (row-queries.ts), read through the primary key's
 * entity prefix; a field filter reads the JSON in SQL. Queries are rare (a delete looking for
 * records that belong to the row, a project code checked for uniqueness), so no extra index.
 */
export function listLiveRecords(sql: SqlStorage, query: RowQuery): AnyRecord[] {
  assertQueryField(query);
  const rows =
    query.field === undefined
      ? sql.exec<{ value: string }>('SELECT value FROM entities WHERE entity = ? AND deleted = 0', query.entity)
      : sql.exec<{ value: string }>(
          `SELECT value FROM entities WHERE entity = ? AND deleted = 0 AND json_extract(value, '$.${query.field}') = ?`,
          query.entity,
          query.value ?? null,
        );
  return rows.toArray().map((row) => JSON.parse(row.value) as AnyRecord);
}
