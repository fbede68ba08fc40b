import type { Conversion, ImportEntity, Mapping, ParsedTable, ReadResult } from '../../../shared/tabular/index';
import { dataLines } from './mapping-view';
import { indexRowsByLine } from './table-lines';

/** At most this many lines are drawn: the page stays quick on a 5,000-line sheet. */
export const previewLineLimit = 50;

export interface PreviewCell {
  column: number;
  raw: string;
  /** How the cell's text became its value, when it changed. */
  conversion?: Conversion;
}

export interface PreviewLine {
  line: number;
  /** What the line becomes (a resource line: a person and its allocations); empty when not imported. */
  entities: ImportEntity[];
  isInvalid: boolean;
  cells: PreviewCell[];
}

export interface Preview {
  lines: PreviewLine[];
  /** Data lines in the table, shown or not. */
  totalLines: number;
  /** The mapped columns, in sheet order: the preview's columns. */
  columns: number[];
}

/** The first lines of the table as they will be imported: each mapped cell with its conversion. */
export function buildPreview(table: ParsedTable, headerRow: number, mapping: Mapping, result: ReadResult): Preview {
  const columns = mapping.flatMap((field, column) => (field === null ? [] : [column]));
  const lines = dataLines(table, headerRow);
  const sheetRows = indexRowsByLine(table);
  const invalid = new Set(result.invalidLines);
  const rowsByLine = new Map<number, ReadResult['rows']>();
  for (const row of result.rows) rowsByLine.set(row.line, [...(rowsByLine.get(row.line) ?? []), row]);
  return {
    columns,
    totalLines: lines.length,
    lines: lines.slice(0, previewLineLimit).map((line) => {
      const rows = rowsByLine.get(line) ?? [];
      const conversions = new Map(rows.flatMap((row) => row.conversions).map((item) => [item.column, item]));
      const cells = sheetRows.get(line) ?? [];
      return {
        line,
        entities: [...new Set(rows.map((row) => row.entity))],
        isInvalid: invalid.has(line),
        cells: columns.map((column) => ({ column, raw: cells[column] ?? '', conversion: conversions.get(column) })),
      };
    }),
  };
}
