import { booleanMap, normalizeLabel } from '../synonyms';
import { type CellOutcome, converted, refused } from './cell';

/** yes/no, oui/non, x, true/false, vrai/faux, 1/0 → a boolean. */
export function parseBooleanCell(text: string): CellOutcome<boolean> {
  const value = booleanMap.get(normalizeLabel(text));
  if (value === undefined) return refused('unknown_value', `${text.trim()} is not yes or no`);
  return converted(value, 'boolean');
}
