import { importFields } from './fields';
import { cellCacheFor, isEmptyRow, type MappedColumn, type ReadEnv } from './read-cells';
import { ReadCollector } from './read-collector';
import { indexPlanRows, readPlanRow } from './read-plan';
import { readRegisterRow } from './read-register';
import { ResourceReader, readWeekColumns } from './read-resources';
import type { ImportContext, ImportKind, Mapping, ParsedTable, ReadResult } from './types';
import { buildPersonMatcher, buildProjectMatcher } from './values/people';
import { isTenPointScale } from './values/scales';

function mapColumns(kind: ImportKind, header: readonly string[], rows: readonly string[][], mapping: Mapping) {
  const fieldsByKey = new Map(importFields(kind).map((field) => [field.key, field]));
  const columns: MappedColumn[] = [];
  const weeks: MappedColumn[] = [];
  mapping.forEach((key, column) => {
    const field = key === null ? undefined : fieldsByKey.get(key);
    if (!field) return;
    const isTenScale = field.valueType === 'rating' && isTenPointScale(rows.map((row) => row[column] ?? ''));
    const mapped: MappedColumn = {
      column,
      header: header[column] ?? '',
      field,
      isTenScale,
      cache: cellCacheFor(field),
    };
    (field.valueType === 'week' ? weeks : columns).push(mapped);
  });
  return { columns, weeks };
}

/**
 * Reads the rows below the header into records of the kind, converting every cell (dates, numbers,
 * percentages, scales, enums, people, projects) and validating each row with its entity's schema.
 * A row with any problem is left out whole and listed (line, column, reason); valid rows are returned
 * either way. Empty rows are skipped.
 */
export function readRows(
  table: ParsedTable,
  headerRow: number,
  kind: ImportKind,
  mapping: Mapping,
  context: ImportContext,
): ReadResult {
  const header = table.rows[headerRow] ?? [];
  const rows = table.rows.slice(headerRow + 1);
  // The sheet's row numbers, which problems cite; blank rows dropped by the parser are counted.
  const lineAt = (offset: number) => table.lines?.[headerRow + 1 + offset] ?? headerRow + 2 + offset;
  const headerLine = table.lines?.[headerRow] ?? headerRow + 1;
  const { columns, weeks } = mapColumns(kind, header, rows, mapping);
  const columnOf = new Map<string, MappedColumn>();
  for (const mapped of columns) if (!columnOf.has(mapped.field.key)) columnOf.set(mapped.field.key, mapped);
  const env: ReadEnv = {
    kind,
    context,
    style: { commaDecimal: table.delimiter !== ',' },
    matchPerson: buildPersonMatcher(context),
    matchProject: buildProjectMatcher(context.projects),
    columns,
    columnOf,
  };
  const out = new ReadCollector();
  const allColumns = [...columns, ...weeks];
  const readRow = rowReaderOf(kind, env, rows, lineAt, headerLine, weeks, out);
  rows.forEach((row, offset) => {
    if (!isEmptyRow(row, allColumns)) readRow(row, lineAt(offset));
  });
  return out.result();
}

function rowReaderOf(
  kind: ImportKind,
  env: ReadEnv,
  rows: readonly string[][],
  lineAt: (offset: number) => number,
  headerLine: number,
  weeks: readonly MappedColumn[],
  out: ReadCollector,
): (row: readonly string[], line: number) => void {
  switch (kind) {
    case 'plan': {
      const index = indexPlanRows(rows, lineAt, env);
      return (row, line) => readPlanRow(row, line, env, index, out);
    }
    case 'resources': {
      const reader = new ResourceReader(env, readWeekColumns(weeks, env, headerLine, out), out);
      return (row, line) => reader.readRow(row, line);
    }
    default:
      return (row, line) => readRegisterRow(row, line, env, out);
  }
}
