import Papa from 'papaparse';
import { escapeFormulaCell } from './formula-escape';

// Semicolons and tabs are quoted too, so a reader that guesses the delimiter is never misled by a cell.
const quotesDelimiterLookalikes = (value: unknown) => typeof value === 'string' && /[;\t]/.test(value);

/**
 * A table as CSV for a download: comma separated, CRLF line ends, quotes where needed, and every
 * cell escaped against formula injection (escapeFormulaCell), so opening the file runs nothing.
 */
export function toCsv(table: readonly (readonly string[])[]): string {
  return Papa.unparse(
    table.map((row) => row.map(escapeFormulaCell)),
    { delimiter: ',', newline: '\r\n', quotes: quotesDelimiterLookalikes },
  );
}

const needsTsvQuotes = /[\t\r\n"]/;

/**
 * A table as tab-separated text for the clipboard: Sheets and Excel split pasted text on tabs and
 * newlines, and read a cell wrapped in double quotes (inner quotes doubled) as one cell, line breaks
 * included. Cells are formula-escaped as in toCsv, since a pasted `=…` would run too.
 */
export function toTsv(table: readonly (readonly string[])[]): string {
  return table
    .map((row) =>
      row
        .map((cell) => {
          const safe = escapeFormulaCell(cell);
          return needsTsvQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
        })
        .join('\t'),
    )
    .join('\r\n');
}
