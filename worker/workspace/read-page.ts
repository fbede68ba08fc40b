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

/** Where a page ends: at most `limit` rows, and rows whose JSON passes `maxBytes` in all. */
export interface PageSize {
  limit: number;
  maxBytes: number;
}

/**
 * Reads rows with version > `after` in version order, through the version index, up to `limit` rows
 * or until their JSON passes `maxBytes`, whichever comes first. The page ends on a whole version: a
 * version cut by either bound moves to the next page, and a version that alone exceeds them is
 * returned whole. `liveOnly` skips tombstones (full resync).
 */
export function readChangePage(sql: SqlStorage, after: number, liveOnly: boolean, size: PageSize): ChangePage {
  const filter = liveOnly ? 'AND deleted = 0' : '';
  const rows = readUntilFull(sql.exec<EntityRow>(selectChangedRows(liveOnly), after, size.limit + 1), size);
  const end = pageEnd(rows, size);
  if (end === rows.length) return { rows, hasMore: false, through: after };
  const cut = rows[end].version;
  const whole = rows.slice(0, end).filter((row) => row.version < cut);
  if (whole.length > 0) return { rows: whole, hasMore: true, through: whole[whole.length - 1].version };
  const oversized = sql.exec<EntityRow>(`SELECT ${columns} FROM entities WHERE version = ? ${filter}`, cut).toArray();
  const isLast = sql.exec(`SELECT 1 FROM entities WHERE version > ? ${filter} LIMIT 1`, cut).toArray().length === 0;
  return { rows: oversized, hasMore: !isLast, through: cut };
}

/**
 * The cursor's rows up to the first one past the page's bounds. A page cut by bytes (1 MiB, the
 * client's) holds far fewer rows than its limit: reading the limit's worth and dropping the rest
 * cost a first sync's pulls about half their time.
 */
function readUntilFull(cursor: Iterable<EntityRow>, { limit, maxBytes }: PageSize): EntityRow[] {
  const rows: EntityRow[] = [];
  let bytes = 0;
  for (const row of cursor) {
    rows.push(row);
    bytes += row.value?.length ?? 0;
    if (rows.length > limit || (bytes > maxBytes && rows.length > 1)) break;
  }
  return rows;
}

/** Index of the first row past the page's bounds (the first row always fits), or rows.length. */
function pageEnd(rows: readonly EntityRow[], { limit, maxBytes }: PageSize): number {
  let bytes = 0;
  for (let index = 0; index < rows.length; index += 1) {
    if (index === limit) return index;
    bytes += rows[index].value?.length ?? 0;
    if (bytes > maxBytes && index > 0) return index;
  }
  return rows.length;
}
