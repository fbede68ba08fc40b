import { z } from 'zod';
import type { IsoDate } from '../analytics/schedule/working-calendar';
import { lineText, MoneySchema } from '../schemas/common';
import { CostPeriodSchema } from '../schemas/costs';
import { parseCsvText } from './csv';
import { monthMap, normalizeLabel } from './synonyms';
import { parseLocaleNumber } from './values/numbers';

/** Why a line of a cost CSV cannot be imported; the screen words each code in the reader's language. */
export type CostCsvProblemCode =
  | 'empty'
  | 'unreadable'
  | 'columns'
  | 'period'
  | 'amount'
  | 'negative'
  | 'tooLarge'
  | 'noteTooLong'
  | 'tooMany';

export interface CostCsvProblem {
  /** The line in the file (1 = first), 0 for the file as a whole. */
  line: number;
  code: CostCsvProblemCode;
  /** The cell as written, to quote back. */
  value: string;
}

export interface CostCsvRow {
  line: number;
  period: IsoDate;
  amount: number;
  note?: string;
}

/** Every line read; `problems` empty means the whole file may be imported. */
export interface CostCsvReading {
  rows: CostCsvRow[];
  problems: CostCsvProblem[];
  /** The months the rows name, sorted: what the import covers. */
  periods: IsoDate[];
}

/** Most rows one import writes (the `costEntry.import` limit). */
export const maxCostCsvRows = 2000;

/** One line, once its cells are read: the same rules as a stored cost entry. */
const CostCsvRowSchema = z.object({
  period: CostPeriodSchema,
  amount: MoneySchema.max(1e12),
  note: lineText(500).optional(),
});

type Column = 'period' | 'amount' | 'note';
const headerWords: Record<Column, string[]> = {
  period: ['period', 'periode', 'month', 'mois', 'date'],
  amount: ['amount', 'montant', 'cost', 'cout', 'actual', 'actual cost', 'cout reel', 'value', 'valeur', 'total'],
  note: ['note', 'notes', 'comment', 'commentaire', 'description', 'libelle', 'label'],
};
const columnOfWord = new Map(
  Object.entries(headerWords).flatMap(([column, words]) => words.map((word) => [word, column as Column])),
);

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));
const isoMonth = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;
const monthFirst = /^(\d{1,2})[-/.](\d{4})$/;
const dayMonthYear = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * The month a cell names: `2026-03`, `2026-03-01` (any day of it), `03/2026`, `01/03/2026`
 * (day first, as French and British finance exports write it), `mars 2026`, `March 2026`.
 * Undefined when it names none; the schema then refuses the text as written.
 */
export function readPeriodCell(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const toPeriod = (year: number, month: number) =>
    month >= 1 && month <= 12 && year >= 1000 ? `${year}-${pad2(month)}-01` : undefined;
  const iso = isoMonth.exec(trimmed);
  if (iso) return toPeriod(Number(iso[1]), Number(iso[2]));
  const short = monthFirst.exec(trimmed);
  if (short) return toPeriod(Number(short[2]), Number(short[1]));
  const full = dayMonthYear.exec(trimmed);
  if (full) return toPeriod(Number(full[3]), Number(full[2]));
  const words = normalizeLabel(trimmed).split(' ');
  if (words.length === 2 && /^\d{4}$/.test(words[1])) {
    const month = monthMap.get(words[0]);
    if (month !== undefined) return toPeriod(Number(words[1]), month);
  }
  return undefined;
}

/** The columns a header row names, or undefined when the row is data. */
function readHeader(row: string[]): Partial<Record<Column, number>> | undefined {
  if (readPeriodCell(row[0] ?? '') !== undefined) return undefined;
  const columns: Partial<Record<Column, number>> = {};
  row.forEach((cell, index) => {
    const column = columnOfWord.get(normalizeLabel(cell));
    if (column && columns[column] === undefined) columns[column] = index;
  });
  return Object.keys(columns).length > 0 ? columns : undefined;
}

function codeOfIssue(issue: z.core.$ZodIssue, amount: number): CostCsvProblemCode {
  const field = issue.path[0];
  if (field === 'period') return 'period';
  if (field === 'note') return 'noteTooLong';
  if (!Number.isFinite(amount)) return 'amount';
  return issue.code === 'too_small' ? 'negative' : issue.code === 'too_big' ? 'tooLarge' : 'amount';
}

/**
 * Reads a CSV of costs by month: `period, amount, note`, with or without a header row (English or
 * French names, any order), `,` `;` or tab separated (shared/tabular/csv.ts), amounts as people
 * write them ("1 234,50", "€1,234.50"). Every line is checked against the cost entry rules with zod,
 * and every bad line is reported with its line number; the caller imports nothing unless there is
 * no problem at all.
 */
export function readCostCsv(text: string): CostCsvReading {
  const parsed = parseCsvText(text);
  if (!parsed.ok) {
    const code = parsed.error.code === 'empty' ? 'empty' : 'unreadable';
    return { rows: [], problems: [{ line: 0, code, value: '' }], periods: [] };
  }
  const { rows: cells, delimiter } = parsed.value;
  const lines = parsed.value.lines ?? cells.map((_, index) => index + 1);
  const header = readHeader(cells[0]);
  const columns = header ?? { period: 0, amount: 1, note: 2 };
  const problems: CostCsvProblem[] = [];
  if (header && (header.period === undefined || header.amount === undefined)) {
    return { rows: [], problems: [{ line: lines[0], code: 'columns', value: cells[0].join(' | ') }], periods: [] };
  }
  const style = { commaDecimal: delimiter !== ',' };
  const rows: CostCsvRow[] = [];
  const body = header ? cells.slice(1) : cells;
  const bodyLines = header ? lines.slice(1) : lines;
  if (body.length === 0) return { rows: [], problems: [{ line: 0, code: 'empty', value: '' }], periods: [] };
  if (body.length > maxCostCsvRows) problems.push({ line: 0, code: 'tooMany', value: String(body.length) });
  body.forEach((row, index) => {
    const line = bodyLines[index];
    const cell = (column: Column) => {
      const at = columns[column];
      return at === undefined ? '' : (row[at] ?? '').trim();
    };
    const amount = parseLocaleNumber(cell('amount'), style) ?? Number.NaN;
    const note = cell('note');
    const checked = CostCsvRowSchema.safeParse({
      period: readPeriodCell(cell('period')) ?? cell('period'),
      amount,
      note: note === '' ? undefined : note,
    });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const code = codeOfIssue(issue, amount);
        const value = code === 'period' ? cell('period') : code === 'noteTooLong' ? note.slice(0, 40) : cell('amount');
        if (!problems.some((problem) => problem.line === line && problem.code === code))
          problems.push({ line, code, value });
      }
      return;
    }
    rows.push({ line, ...checked.data });
  });
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  return { rows, problems, periods };
}
