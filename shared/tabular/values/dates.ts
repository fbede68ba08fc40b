import { monthMap, normalizeLabel, weekdayWords } from '../synonyms';
import type { DateOrder } from '../types';
import { asIs, type CellOutcome, converted, refused } from './cell';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoLike = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}.*)?$/;
const numericDate = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ]\d{1,2}:\d{2}.*)?$/;
const serialNumber = /^\d{1,6}(?:[.,]\d+)?$/;
const textDateSeparators = /[\s,.\-/]+/;
const ordinalSuffix = /^(\d{1,2})(?:er|st|nd|rd|th|e)?$/;
const sheetsEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Two-digit years are this century up to 69, the last one from 70 (as spreadsheets read them). */
const fullYear = (year: string) => {
  const n = Number(year);
  if (year.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
};

/** `YYYY-MM-DD` when the day exists on the calendar (no 31 February), else undefined. */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The day a Google Sheets / Excel serial number stands for (day 1 = 1899-12-31, 1899-12-30 being day 0). */
export function serialToIsoDate(serial: number): string {
  return new Date(sheetsEpochMs + Math.floor(serial) * dayMs).toISOString().slice(0, 10);
}

function readTextDate(text: string): string | undefined {
  const tokens = normalizeLabel(text)
    .split(textDateSeparators)
    .filter((token) => token !== '' && !weekdayWords.has(token));
  if (tokens.length !== 3) return undefined;
  const monthIndex = tokens.findIndex((token) => monthMap.has(token));
  if (monthIndex === -1 || !/^\d{2}(?:\d{2})?$/.test(tokens[2])) return undefined;
  const dayToken = tokens[monthIndex === 0 ? 1 : 0];
  const day = ordinalSuffix.exec(dayToken);
  if (!day || monthIndex === 2) return undefined;
  return toIsoDate(fullYear(tokens[2]), monthMap.get(tokens[monthIndex]) ?? 0, Number(day[1]));
}

const orderLabel: Record<DateOrder, string> = { dmy: 'dd/mm/yyyy', mdy: 'mm/dd/yyyy' };

/**
 * Reads a date cell: ISO `2026-03-01`, `01/03/2026` (dd/mm or mm/dd per `order`, also with `.` or
 * `-` and 2-digit years), a Sheets serial number (46082 = 2026-03-01), or a text date in English or
 * French ("1 mars 2026", "Mar 1, 2026").
 */
export function parseDateCell(text: string, order: DateOrder): CellOutcome<string> {
  const trimmed = text.trim();
  const iso = isoDate.exec(trimmed);
  if (iso) {
    const value = toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value ? asIs(value) : refused('bad_date', `${trimmed} is not a date`);
  }
  const isoish = isoLike.exec(trimmed);
  if (isoish) {
    const value = toIsoDate(Number(isoish[1]), Number(isoish[2]), Number(isoish[3]));
    return value ? converted(value, 'date_iso') : refused('bad_date', `${trimmed} is not a date`);
  }
  const numeric = numericDate.exec(trimmed);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[3])];
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    const value = toIsoDate(fullYear(numeric[4]), month, day);
    if (value) return converted(value, order === 'dmy' ? 'date_dmy' : 'date_mdy');
    return refused('bad_date', `${trimmed} is not a date (read as ${orderLabel[order]})`);
  }
  if (serialNumber.test(trimmed)) {
    const serial = Number(trimmed.replace(',', '.'));
    if (serial >= 1 && serial <= 100_000) return converted(serialToIsoDate(serial), 'date_serial');
    return refused('bad_date', `${trimmed} is not a date`);
  }
  const value = readTextDate(trimmed);
  return value ? converted(value, 'date_text') : refused('bad_date', `${trimmed} is not a date`);
}

/** Whether a header reads as a date in either day order (the columns of a week grid). */
export function isDateLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || serialNumber.test(trimmed)) return false;
  return parseDateCell(trimmed, 'dmy').ok || parseDateCell(trimmed, 'mdy').ok;
}

/** The two leading numbers of a `01/03/2026`-style date, for guessing the day order; undefined for other forms. */
export function numericDateParts(text: string): [number, number] | undefined {
  const numeric = numericDate.exec(text.trim());
  return numeric ? [Number(numeric[1]), Number(numeric[3])] : undefined;
}
