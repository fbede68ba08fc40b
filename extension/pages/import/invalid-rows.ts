import Papa from 'papaparse';
import { escapeFormulaCell, type ParsedTable, type RowProblem, toCsv } from '../../../shared/tabular/index';
import { indexRowsByLine } from './table-lines';

/**
 * The lines that cannot be imported as a table to fix and import again: the header row, then each
 * invalid line as it was, with one more column saying what is wrong (`describe` words each problem
 * in the reader's language). Lines keep the sheet's order.
 */
export function buildInvalidRowsTable(
  table: ParsedTable,
  headerRow: number,
  problems: readonly RowProblem[],
  problemHeader: string,
  describe: (problem: RowProblem) => string,
): string[][] {
  const header = table.rows[headerRow] ?? [];
  const rowsByLine = indexRowsByLine(table);
  const width = Math.max(header.length, ...problems.map((problem) => rowsByLine.get(problem.line)?.length ?? 0));
  const problemsByLine = new Map<number, RowProblem[]>();
  for (const problem of problems) {
    problemsByLine.set(problem.line, [...(problemsByLine.get(problem.line) ?? []), problem]);
  }
  const padded = (row: readonly string[]) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')];
  const lines = [...problemsByLine.keys()].sort((a, b) => a - b);
  return [
    [...padded(header), problemHeader],
    ...lines.map((line) => [
      ...padded(rowsByLine.get(line) ?? []),
      (problemsByLine.get(line) ?? []).map(describe).join('; '),
    ]),
  ];
}

/** `<name>-invalid-rows.csv`, the name without its extension and without characters file systems refuse. */
export function invalidRowsFileName(sourceLabel: string): string {
  const base = sourceLabel
    .replace(/\.(csv|tsv|txt)$/i, '')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
    .trim();
  return `${base || 'import'}-invalid-rows.csv`;
}

/**
 * The invalid rows as CSV in the source's own separator when it was semicolons (French Excel opens
 * those in columns, and reads commas as one column), else comma CSV; formula-escaped either way.
 */
export function toInvalidRowsCsv(rows: readonly (readonly string[])[], delimiter: ParsedTable['delimiter']): string {
  if (delimiter !== ';') return toCsv(rows);
  return Papa.unparse(
    rows.map((row) => row.map(escapeFormulaCell)),
    { delimiter: ';', newline: '\r\n', quotes: (value: unknown) => typeof value === 'string' && /[,\t]/.test(value) },
  );
}
