import { i18n } from '#i18n';

/** Values of the schema's enums in words (status, priority, strategy…); a value not listed shows as it is. */
const enumWords: Record<string, () => string> = {
  open: () => i18n.t('import.enumValues.open'),
  mitigating: () => i18n.t('import.enumValues.mitigating'),
  closed: () => i18n.t('import.enumValues.closed'),
  occurred: () => i18n.t('import.enumValues.occurred'),
  in_progress: () => i18n.t('import.enumValues.in_progress'),
  resolved: () => i18n.t('import.enumValues.resolved'),
  low: () => i18n.t('import.enumValues.low'),
  medium: () => i18n.t('import.enumValues.medium'),
  high: () => i18n.t('import.enumValues.high'),
  critical: () => i18n.t('import.enumValues.critical'),
  project: () => i18n.t('import.enumValues.project'),
  programme: () => i18n.t('import.enumValues.programme'),
  portfolio: () => i18n.t('import.enumValues.portfolio'),
  board: () => i18n.t('import.enumValues.board'),
  problem: () => i18n.t('import.enumValues.problem'),
  change_request: () => i18n.t('import.enumValues.change_request'),
  off_specification: () => i18n.t('import.enumValues.off_specification'),
  imminent: () => i18n.t('import.enumValues.imminent'),
  this_phase: () => i18n.t('import.enumValues.this_phase'),
  this_project: () => i18n.t('import.enumValues.this_project'),
  beyond: () => i18n.t('import.enumValues.beyond'),
  avoid: () => i18n.t('import.enumValues.avoid'),
  mitigate: () => i18n.t('import.enumValues.mitigate'),
  transfer: () => i18n.t('import.enumValues.transfer'),
  accept: () => i18n.t('import.enumValues.accept'),
  escalate: () => i18n.t('import.enumValues.escalate'),
  exploit: () => i18n.t('import.enumValues.exploit'),
  enhance: () => i18n.t('import.enumValues.enhance'),
  share: () => i18n.t('import.enumValues.share'),
  threat: () => i18n.t('import.enumValues.threat'),
  opportunity: () => i18n.t('import.enumValues.opportunity'),
  task: () => i18n.t('import.enumValues.task'),
  deliverable: () => i18n.t('import.enumValues.deliverable'),
};

/** Fields whose values are enum codes rather than text someone typed. */
const enumFields = new Set([
  'status',
  'priority',
  'escalationLevel',
  'type',
  'issueType',
  'proximity',
  'responseStrategy',
  'kind',
]);

/** A field's value in words: enum codes of enum fields translated, other values as they are. */
export function describeEnumValue(field: string, value: string): string {
  return enumFields.has(field) && Object.hasOwn(enumWords, value) ? enumWords[value]() : value;
}
