import { i18n } from '#i18n';
import { isOneOf } from './is-one-of';

/** Values of the schema's enums with words in the catalog (`import.enumValues.*`): status, priority, strategy… */
const enumCodes = [
  'open',
  'mitigating',
  'closed',
  'occurred',
  'in_progress',
  'resolved',
  'low',
  'medium',
  'high',
  'critical',
  'project',
  'programme',
  'portfolio',
  'board',
  'problem',
  'change_request',
  'off_specification',
  'imminent',
  'this_phase',
  'this_project',
  'beyond',
  'avoid',
  'mitigate',
  'transfer',
  'accept',
  'escalate',
  'exploit',
  'enhance',
  'share',
  'threat',
  'opportunity',
  'task',
  'deliverable',
] as const;

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
  return enumFields.has(field) && isOneOf(enumCodes, value) ? i18n.t(`import.enumValues.${value}`) : value;
}
