import { asIs, type CellOutcome, converted, refused } from './cell';

const spaces = /[\s\u00a0\u202f']/g;
const currency = /^[€$£]|[€$£]$|(?:eur|usd|gbp|chf)$/i;
const plainNumber = /^[+-]?\d+(?:\.\d+)?$/;
const englishThousands = /^[+-]?\d{1,3}(?:,\d{3})+$/;
const durationUnit = /^(.*?)\s*(j|jours?|jrs?|d|days?|w|wk|weeks?|sem|semaines?)\??$/i;
const hoursUnit = /^(.*?)\s*(h|hrs?|hours?|heures?)$/i;

/** How a table writes decimals: with `;` or tab separators (French exports) a lone comma is a decimal comma. */
export interface NumberStyle {
  commaDecimal: boolean;
}

/**
 * A number written the way people write them: "1 234,5" (spaces, NBSP, French decimal comma),
 * "1,234.5", "1.234,5", "€ 1 200". Undefined when the text is not a number.
 */
export function parseLocaleNumber(text: string, style: NumberStyle): number | undefined {
  let compact = text.replace(spaces, '').replace(currency, '');
  const comma = compact.lastIndexOf(',');
  const dot = compact.lastIndexOf('.');
  if (comma !== -1 && dot !== -1) {
    compact = comma > dot ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  } else if (comma !== -1) {
    const isThousands = compact.indexOf(',') !== comma || (!style.commaDecimal && englishThousands.test(compact));
    compact = isThousands ? compact.replace(/,/g, '') : compact.replace(',', '.');
  } else if (dot !== -1 && compact.indexOf('.') !== dot) {
    compact = compact.replace(/\./g, '');
  }
  if (!plainNumber.test(compact)) return undefined;
  return Number(compact);
}

/** A number cell; the conversion is shown when the text was not already a plain number. */
export function parseNumberCell(text: string, style: NumberStyle): CellOutcome<number> {
  const trimmed = text.trim();
  const value = parseLocaleNumber(trimmed, style);
  if (value === undefined) return refused('bad_number', `${trimmed} is not a number`);
  return plainNumber.test(trimmed) ? asIs(value) : converted(value, 'number_locale');
}

/** Hours, with an optional unit ("20h", "20 heures"). */
export function parseHoursCell(text: string, style: NumberStyle): CellOutcome<number> {
  const unit = hoursUnit.exec(text.trim());
  if (!unit) return parseNumberCell(text, style);
  const value = parseLocaleNumber(unit[1], style);
  if (value === undefined) return refused('bad_number', `${text.trim()} is not a number of hours`);
  return converted(value, 'number_locale');
}

/** Working days, with an optional unit: "5", "5j", "5 days", "2 sem" (= 10 days), MS Project's "3 days?". */
export function parseDurationCell(text: string, style: NumberStyle): CellOutcome<number> {
  const trimmed = text.trim();
  const unit = durationUnit.exec(trimmed);
  if (!unit) return parseNumberCell(trimmed, style);
  const value = parseLocaleNumber(unit[1], style);
  if (value === undefined) return refused('bad_number', `${trimmed} is not a duration`);
  const isWeeks = /^(w|wk|weeks?|sem|semaines?)$/i.test(unit[2]);
  return converted(isWeeks ? value * 5 : value, 'number_locale');
}

const roundPercent = (n: number) => Math.round(n * 1e8) / 1e6;

/**
 * A percentage: "45 %", "45%", "45" → 45; a fraction with a decimal part "0,45" / "0.45" / "1.0" → 45 / 100
 * (what a cell formatted as a number rather than a percent exports).
 */
export function parsePercentCell(text: string, style: NumberStyle): CellOutcome<number> {
  const trimmed = text.trim();
  if (trimmed.endsWith('%')) {
    const value = parseLocaleNumber(trimmed.slice(0, -1), style);
    if (value === undefined) return refused('bad_number', `${trimmed} is not a percentage`);
    return converted(value, 'percent');
  }
  const value = parseLocaleNumber(trimmed, style);
  if (value === undefined) return refused('bad_number', `${trimmed} is not a percentage`);
  const hasDecimals = /[.,]\d+$/.test(trimmed);
  if (hasDecimals && value >= 0 && value <= 1) return converted(roundPercent(value), 'fraction_to_percent');
  return plainNumber.test(trimmed) ? asIs(value) : converted(value, 'number_locale');
}
