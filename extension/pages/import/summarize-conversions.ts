import type { ConversionRule, ImportedRow } from '../../../shared/tabular/index';

/** Rules whose cells are told apart by what they became ("Élevé → 4"), not only by the rule. */
const valueRules = new Set<ConversionRule>([
  'scale_label',
  'scale_1_10',
  'enum_synonym',
  'boolean',
  'person_match',
  'project_match',
]);

export type ConversionGroup =
  | { by: 'rule'; rule: ConversionRule; cells: number }
  | { by: 'value'; rule: ConversionRule; raw: string; shown: string; cells: number; column: number };

/**
 * Every conversion of an import, counted: formats by rule ("Dates read as dd/mm/yyyy: 300 cells"),
 * value mappings by what the text became ("Élevé → 4: 120 cells"). Most cells first.
 */
export function summarizeConversions(rows: readonly ImportedRow[]): ConversionGroup[] {
  const groups = new Map<string, ConversionGroup>();
  for (const row of rows) {
    for (const { rule, raw, shown, column } of row.conversions) {
      const isValue = valueRules.has(rule);
      const trimmed = raw.trim();
      const key = isValue ? `${rule}\u0000${trimmed}\u0000${shown}` : rule;
      const group = groups.get(key);
      if (group) group.cells += 1;
      else
        groups.set(
          key,
          isValue ? { by: 'value', rule, raw: trimmed, shown, cells: 1, column } : { by: 'rule', rule, cells: 1 },
        );
    }
  }
  return [...groups.values()].sort((a, b) => b.cells - a.cells);
}
