import { i18n } from '#i18n';
import type { ConversionRule } from '../../../shared/tabular/index';
import { describeEnumValue } from './enum-labels';
import type { ConversionGroup } from './summarize-conversions';

/**
 * Each rule's name in the catalog: under `import.rules` how one cell was read, for a converted cell's
 * tooltip ("Date read as dd/mm/yyyy"); under `import.summary` the cells read so, counted ("Dates read
 * as dd/mm/yyyy: 300 cells").
 */
const ruleMessages = {
  date_iso: 'dateIso',
  date_dmy: 'dateDmy',
  date_mdy: 'dateMdy',
  date_serial: 'dateSerial',
  date_text: 'dateText',
  percent: 'percent',
  fraction_to_percent: 'fractionToPercent',
  number_locale: 'numberLocale',
  scale_label: 'scaleLabel',
  scale_1_10: 'scale110',
  enum_synonym: 'enumSynonym',
  boolean: 'boolean',
  person_match: 'personMatch',
  project_match: 'projectMatch',
  formula_unescape: 'formulaUnescape',
} as const satisfies Record<ConversionRule, string>;

export function describeRule(rule: ConversionRule): string {
  return i18n.t(`import.rules.${ruleMessages[rule]}`);
}

/** One line of the conversions summary: "Dates read as dd/mm/yyyy: 300 cells" or "Élevé → 4: 120 cells" (`field`: the column's). */
export function describeConversionGroup(group: ConversionGroup, field: string): string {
  if (group.by === 'rule') return i18n.t(`import.summary.${ruleMessages[group.rule]}`, group.cells);
  const shown = describeEnumValue(field, group.shown);
  return i18n.t('import.summary.value', group.cells, [group.raw, shown, String(group.cells)]);
}
