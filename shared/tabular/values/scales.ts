import { normalizeLabel, scaleLabelMap } from '../synonyms';
import { asIs, type CellOutcome, converted, refused } from './cell';

const leadingNumber = /^(\d+(?:[.,]\d+)?)(?:\s*(?:[-–:(/]|$).*)?$/;
const trailingNumber = /\((\d+(?:[.,]\d+)?)\)$/;

/** The number a rating cell starts or ends with ("4", "4 - Élevé", "4/5", "Élevé (4)"), if any. */
export function ratingNumberOf(text: string): number | undefined {
  const trimmed = text.trim();
  const match = leadingNumber.exec(trimmed) ?? trailingNumber.exec(trimmed);
  return match ? Number(match[1].replace(',', '.')) : undefined;
}

/**
 * A column is a 1–10 scale when it holds numbers only (no Low/Élevé labels: those are 1–5) and at
 * least 5 % of them are above 5 but not above 10. A lone 9 in a 1–5 column is then a typo reported
 * as out of range, not a reason to halve every other score.
 */
export function isTenPointScale(cells: Iterable<string>): boolean {
  let numbers = 0;
  let aboveFive = 0;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    const n = ratingNumberOf(cell);
    if (n === undefined) {
      if (scaleLabelMap.has(normalizeLabel(cell.trim()))) return false;
      continue;
    }
    numbers += 1;
    if (n > 5 && n <= 10) aboveFive += 1;
  }
  return aboveFive > 0 && aboveFive >= numbers * 0.05;
}

/**
 * A rating on the 1–5 scale: a label (Très faible/Very low 1 … Élevé/High 4, Critique/Very high 5),
 * a number 1–5, or on a 1–10 column a number rescaled with ceil(n / 2). 0 and above 10 are out of range.
 */
export function parseRatingCell(text: string, isTenScale: boolean): CellOutcome<number> {
  const trimmed = text.trim();
  const n = ratingNumberOf(trimmed);
  if (n === undefined) {
    const label = scaleLabelMap.get(normalizeLabel(trimmed));
    if (label === undefined)
      return refused('unknown_value', `${trimmed} is not a rating (use 1–5 or Very low, Low, Medium, High, Very high)`);
    return converted(label, 'scale_label');
  }
  if (!Number.isInteger(n)) return refused('out_of_range', `${trimmed} is not a whole number from 1 to 5`);
  const max = isTenScale ? 10 : 5;
  if (n < 1 || n > max) return refused('out_of_range', `${trimmed} is out of range (1 to ${max})`);
  if (isTenScale) return converted(Math.ceil(n / 2), 'scale_1_10');
  return String(n) === trimmed ? asIs(n) : converted(n, 'scale_label');
}
