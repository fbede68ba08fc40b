import type { EntityRow } from './entity-rows';

/** Rows changed after a version, cut so that no version is split across pages. */
export interface ChangePage {
  rows: EntityRow[];
  hasMore: boolean;
  /** Last version whose rows are all on this page; meaningful only when hasMore. */
  through: number;
}

const columns = 'entity, id, value, version, deleted';

/** The query behind every pull page; exported so a test can check its plan uses the version index. */
export function selectChangedRows(liveOnly: boolean): string {
  return `SELECT ${columns} FROM entities WHERE version > ? ${liveOnly ? 'AND deleted = 0' : ''} ORDER BY version LIMIT ?`;
}

/**
 * Reads up to `limit` rows with version > `after` in version order, through the version index.
 * The page ends on a whole version: a version cut by the limit moves to the next page, and a
 * version that alone exceeds the limit is returned whole. `liveOnly` skips tombstones (full resync).
 */
export function readChangePage(sql: SqlStorage, after: number, limit: number, liveOnly: boolean): ChangePage {
  const filter = liveOnly ? 'AND deleted = 0' : '';
  const rows = sql.exec<EntityRow>(selectChangedRows(liveOnly), after, limit + 1).toArray();
  if (rows.length <= limit) return { rows, hasMore: false, through: after };
  const cut = rows[limit].version;
  const whole = rows.slice(0, limit).filter((row) => row.version < cut);
  if (whole.length > 0) return { rows: whole, hasMore: true, through: whole[whole.length - 1].version };
  const oversized = sql.exec<EntityRow>(`SELECT ${columns} FROM entities WHERE version = ? ${filter}`, cut).toArray();
  const isLast = sql.exec(`SELECT 1 FROM entities WHERE version > ? ${filter} LIMIT 1`, cut).toArray().length === 0;
  return { rows: oversized, hasMore: !isLast, through: cut };
}
