import Papa from 'papaparse';
import { fail, ok, type Result } from '../result';
import type { ParsedTable } from './types';

const delimiters: ParsedTable['delimiter'][] = [',', ';', '\t'];

const isEmptyRow = (row: string[]) => row.every((cell) => cell.trim() === '');

/**
 * Reads CSV text (a Sheets export or a file saved by Excel): strips a BOM, guesses `,`, `;` or tab,
 * keeps quoted cells with newlines whole, drops fully empty rows.
 */
export function parseCsvText(text: string): Result<ParsedTable> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty', 'The file or sheet has no cells.');
  // Blank rows are kept while parsing so each row knows its line in the sheet (what a problem cites).
  // papaparse guesses the delimiter only when blank rows are skipped, so it guesses on a preview first.
  const guess = Papa.parse<string[]>(body, { delimitersToGuess: delimiters, skipEmptyLines: 'greedy', preview: 100 });
  const guessed = guess.meta.delimiter as ParsedTable['delimiter'];
  const delimiter = delimiters.includes(guessed) ? guessed : ',';
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const rows: string[][] = [];
  const lines: number[] = [];
  parsed.data.forEach((row, index) => {
    if (!Array.isArray(row) || isEmptyRow(row)) return;
    rows.push(row);
    lines.push(index + 1);
  });
  if (rows.length === 0) {
    // A delimiter that cannot be guessed is only a warning (one column, or nothing at all).
    const error = parsed.errors.find((candidate) => candidate.type !== 'Delimiter');
    if (error) return fail('unreadable', `The text cannot be read as CSV: ${error.message}.`);
    return fail('empty', 'The file or sheet has no cells.');
  }
  return ok({ rows, delimiter, lines });
}
