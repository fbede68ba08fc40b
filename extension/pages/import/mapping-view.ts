import type { ImportField, Mapping, ParsedTable } from '../../../shared/tabular/index';
import { lineOfRow } from './table-lines';

/** The first few non-empty values under a column's header, so the user sees what the column holds. */
export function sampleValues(table: ParsedTable, headerRow: number, column: number, count = 3): string[] {
  const samples: string[] = [];
  for (let index = headerRow + 1; index < table.rows.length && samples.length < count; index++) {
    const cell = table.rows[index][column]?.trim();
    if (cell) samples.push(cell);
  }
  return samples;
}

/** How many columns the table has at most: a header shorter than its rows still shows every column. */
export function columnCount(table: ParsedTable, headerRow: number): number {
  return table.rows.slice(headerRow).reduce((widest, row) => Math.max(widest, row.length), 0);
}

/** Required fields no column is mapped to: every row would fail on them. */
export function missingRequiredFields(fields: readonly ImportField[], mapping: Mapping): ImportField[] {
  const mapped = new Set(mapping.filter((field): field is string => field !== null));
  return fields.filter((field) => field.required && !mapped.has(field.key));
}

/** The sheet's line numbers of the data rows under the header row (as problems cite them), empty ones left out. */
export function dataLines(table: ParsedTable, headerRow: number): number[] {
  const lines: number[] = [];
  for (let index = headerRow + 1; index < table.rows.length; index++) {
    if (table.rows[index].some((cell) => cell.trim() !== '')) lines.push(lineOfRow(table, index));
  }
  return lines;
}
