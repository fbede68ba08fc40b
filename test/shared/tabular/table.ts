import { type ParsedTable, parseCsvText } from '../../../shared/tabular';

/** Parses CSV text a test writes out, failing the test when it cannot. */
export function tableOf(text: string): ParsedTable {
  const parsed = parseCsvText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}
