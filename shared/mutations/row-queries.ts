import type { AnyRecord, EntityName } from '../entities';
import type { RowQuery } from './types';

/** Query fields are code, spliced into a JSON path by the Durable Object; this keeps them plain names. */
const fieldName = /^[A-Za-z][A-Za-z0-9]*$/;

/** Refuses a query whose field is not a plain name; a mutator declaring one is a bug. */
export function assertQueryField(query: RowQuery): void {
  if (query.field !== undefined && !fieldName.test(query.field))
    throw new Error(`query on ${query.entity} uses the field name "${query.field}"`);
}

/** Whether a record of `entity` answers `query`. */
export function matchesQuery(entity: EntityName, record: AnyRecord, query: RowQuery): boolean {
  if (entity !== query.entity) return false;
  return query.field === undefined || record[query.field] === query.value;
}

/** A stable key for a query, so a store can tell a declared query from an undeclared one. */
export function queryKey(query: RowQuery): string {
  return query.field === undefined ? query.entity : `${query.entity}.${query.field}=${query.value ?? ''}`;
}

/**
 * Answers a query over rows keyed `entity:id` (a whole workspace in a test or the reference model,
 * or the rows a client holds while it applies a batch).
 */
export function listFromRows(rows: ReadonlyMap<string, AnyRecord>, query: RowQuery): AnyRecord[] {
  const prefix = `${query.entity}:`;
  const found: AnyRecord[] = [];
  for (const [key, record] of rows) {
    if (key.startsWith(prefix) && matchesQuery(query.entity, record, query)) found.push(record);
  }
  return found;
}
