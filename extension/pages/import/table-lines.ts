import type { ParsedTable } from '../../../shared/tabular/index';

/** The sheet's line number of a table row: blank lines were dropped, so it may be past index + 1. */
export function lineOfRow(table: ParsedTable, index: number): number {
  return table.lines?.[index] ?? index + 1;
}

/** The table's rows by their line in the sheet, as problems and imported rows cite them. */
export function indexRowsByLine(table: ParsedTable): Map<number, string[]> {
  return new Map(table.rows.map((row, index) => [lineOfRow(table, index), row]));
}
