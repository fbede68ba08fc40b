import { i18n } from '#i18n';
import type { ConversionRule } from '../../../shared/tabular/index';
import { describeEnumValue } from './enum-labels';
import type { ConversionGroup } from './summarize-conversions';

/** How one cell was read, for a converted cell's tooltip: "Date read as dd/mm/yyyy". */
const ruleWords: Record<ConversionRule, () => string> = {
  date_iso: () => i18n.t('import.rules.dateIso'),
  date_dmy: () => i18n.t('import.rules.dateDmy'),
  date_mdy: () => i18n.t('import.rules.dateMdy'),
  date_serial: () => i18n.t('import.rules.dateSerial'),
  date_text: () => i18n.t('import.rules.dateText'),
  percent: () => i18n.t('import.rules.percent'),
  fraction_to_percent: () => i18n.t('import.rules.fractionToPercent'),
  number_locale: () => i18n.t('import.rules.numberLocale'),
  scale_label: () => i18n.t('import.rules.scaleLabel'),
  scale_1_10: () => i18n.t('import.rules.scale110'),
  enum_synonym: () => i18n.t('import.rules.enumSynonym'),
  boolean: () => i18n.t('import.rules.boolean'),
  person_match: () => i18n.t('import.rules.personMatch'),
  project_match: () => i18n.t('import.rules.projectMatch'),
  formula_unescape: () => i18n.t('import.rules.formulaUnescape'),
};

/** Cells grouped by rule, counted: "Dates read as dd/mm/yyyy: 300 cells". */
const ruleSummaries: Record<ConversionRule, (cells: number) => string> = {
  date_iso: (cells) => i18n.t('import.summary.dateIso', cells),
  date_dmy: (cells) => i18n.t('import.summary.dateDmy', cells),
  date_mdy: (cells) => i18n.t('import.summary.dateMdy', cells),
  date_serial: (cells) => i18n.t('import.summary.dateSerial', cells),
  date_text: (cells) => i18n.t('import.summary.dateText', cells),
  percent: (cells) => i18n.t('import.summary.percent', cells),
  fraction_to_percent: (cells) => i18n.t('import.summary.fractionToPercent', cells),
  number_locale: (cells) => i18n.t('import.summary.numberLocale', cells),
  scale_label: (cells) => i18n.t('import.summary.scaleLabel', cells),
  scale_1_10: (cells) => i18n.t('import.summary.scale110', cells),
  enum_synonym: (cells) => i18n.t('import.summary.enumSynonym', cells),
  boolean: (cells) => i18n.t('import.summary.boolean', cells),
  person_match: (cells) => i18n.t('import.summary.personMatch', cells),
  project_match: (cells) => i18n.t('import.summary.projectMatch', cells),
  formula_unescape: (cells) => i18n.t('import.summary.formulaUnescape', cells),
};

export function describeRule(rule: ConversionRule): string {
  return ruleWords[rule]();
}

/** One line of the conversions summary: "Dates read as dd/mm/yyyy: 300 cells" or "Élevé → 4: 120 cells" (`field`: the column's). */
export function describeConversionGroup(group: ConversionGroup, field: string): string {
  if (group.by === 'rule') return ruleSummaries[group.rule](group.cells);
  const shown = describeEnumValue(field, group.shown);
  return i18n.t('import.summary.value', group.cells, [group.raw, shown, String(group.cells)]);
}
