import { importFields } from './fields';
import type { DateOrder, ImportKind, Mapping, ParsedTable } from './types';
import { numericDateParts } from './values/dates';

const kinds: readonly ImportKind[] = ['risk', 'raid', 'plan', 'resources'];
/** Keys that hold dates in some kind (keys mean the same in every kind). */
const dateKeys = new Set(
  kinds.flatMap((kind) =>
    importFields(kind)
      .filter((field) => field.valueType === 'date')
      .map((field) => field.key),
  ),
);

/**
 * How the sheet writes `03/04/2026`-style dates, from its date columns (and week headers): 'dmy' when
 * a first part is above 12, 'mdy' when a second part is; 'ambiguous' when neither (or both) occur,
 * and the user chooses.
 */
export function detectDateOrder(table: ParsedTable, headerRow: number, mapping: Mapping): DateOrder | 'ambiguous' {
  const dateColumns = mapping.flatMap((key, column) => (key !== null && dateKeys.has(key) ? [column] : []));
  const weekColumns = mapping.flatMap((key, column) => (key === 'week' ? [column] : []));
  let dayFirst = false;
  let monthFirst = false;
  const look = (cell: string | undefined) => {
    const parts = cell === undefined ? undefined : numericDateParts(cell);
    if (!parts) return;
    if (parts[0] > 12) dayFirst = true;
    if (parts[1] > 12) monthFirst = true;
  };
  for (const column of weekColumns) look(table.rows[headerRow]?.[column]);
  for (let index = headerRow + 1; index < table.rows.length; index++) {
    const row = table.rows[index];
    for (const column of dateColumns) look(row[column]);
  }
  if (dayFirst === monthFirst) return 'ambiguous';
  return dayFirst ? 'dmy' : 'mdy';
}
