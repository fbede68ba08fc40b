import type { ImportEntity, ImportField, ImportKind, ImportValueType } from './types';

type FieldRow = readonly [key: string, header: string, valueType: ImportValueType, entity: readonly ImportEntity[]];

const raidEntities: readonly ImportEntity[] = ['risk', 'issue', 'action', 'decision'];
const planEntities: readonly ImportEntity[] = ['milestone', 'planItem'];

// Order is the export's column order. Keys are the schema's field names where one exists.
const riskRows: readonly FieldRow[] = [
  ['id', 'PMO ID', 'id', ['risk']],
  ['ref', 'Ref', 'ref', ['risk']],
  ['title', 'Title', 'text', ['risk']],
  ['kind', 'Kind', 'enum', ['risk']],
  ['category', 'Category', 'text', ['risk']],
  ['description', 'Description', 'long_text', ['risk']],
  ['cause', 'Cause', 'long_text', ['risk']],
  ['event', 'Event', 'long_text', ['risk']],
  ['effect', 'Effect', 'long_text', ['risk']],
  ['owner', 'Owner', 'person', ['risk']],
  ['actionee', 'Actionee', 'person', ['risk']],
  ['raisedOn', 'Raised on', 'date', ['risk']],
  ['raisedBy', 'Raised by', 'text', ['risk']],
  ['probability', 'Probability', 'rating', ['risk']],
  ['impact', 'Impact', 'rating', ['risk']],
  ['residualProbability', 'Residual probability', 'rating', ['risk']],
  ['residualImpact', 'Residual impact', 'rating', ['risk']],
  ['costImpact', 'Cost impact', 'money', ['risk']],
  ['proximity', 'Proximity', 'enum', ['risk']],
  ['responseStrategy', 'Response strategy', 'enum', ['risk']],
  ['responseActions', 'Response actions', 'long_text', ['risk']],
  ['triggers', 'Triggers', 'long_text', ['risk']],
  ['contingencyPlan', 'Contingency plan', 'long_text', ['risk']],
  ['reviewDate', 'Review date', 'date', ['risk']],
  ['status', 'Status', 'enum', ['risk']],
];

// 'title' is a decision's statement; when a decision has no Decided on / Decided by / Rationale cell, its
// Raised on or Due date, Owner (as plain text) and Description stand in.
const raidRows: readonly FieldRow[] = [
  ['id', 'PMO ID', 'id', raidEntities],
  ['ref', 'Ref', 'ref', raidEntities],
  ['type', 'Type', 'type', raidEntities],
  ['title', 'Title', 'text', raidEntities],
  ['description', 'Description', 'long_text', ['risk', 'issue', 'decision']],
  ['owner', 'Owner', 'person', ['risk', 'issue', 'action', 'decision']],
  ['raisedOn', 'Raised on', 'date', ['risk', 'issue', 'decision']],
  ['dueDate', 'Due date', 'date', ['issue', 'action', 'decision']],
  ['status', 'Status', 'enum', ['risk', 'issue', 'action']],
  ['priority', 'Priority', 'enum', ['issue']],
  ['severity', 'Severity', 'rating', ['issue']],
  ['issueType', 'Issue type', 'enum', ['issue']],
  ['resolution', 'Resolution', 'long_text', ['issue']],
  ['escalationLevel', 'Escalation level', 'enum', ['issue']],
  ['kind', 'Kind', 'enum', ['risk']],
  ['category', 'Category', 'text', ['risk']],
  ['probability', 'Probability', 'rating', ['risk']],
  ['impact', 'Impact', 'rating', ['risk']],
  ['responseStrategy', 'Response strategy', 'enum', ['risk']],
  ['responseActions', 'Response actions', 'long_text', ['risk']],
  ['reviewDate', 'Review date', 'date', ['risk']],
  ['decidedOn', 'Decided on', 'date', ['decision']],
  ['decidedBy', 'Decided by', 'text', ['decision']],
  ['rationale', 'Rationale', 'long_text', ['decision']],
  ['done', 'Done', 'boolean', ['action']],
];

// 'end' is a plan item's end and a milestone's forecast date.
const planRows: readonly FieldRow[] = [
  ['id', 'PMO ID', 'id', planEntities],
  ['ref', 'Ref', 'ref', planEntities],
  ['type', 'Type', 'type', planEntities],
  ['title', 'Title', 'text', planEntities],
  ['owner', 'Owner', 'person', planEntities],
  ['start', 'Start', 'date', ['planItem']],
  ['end', 'End', 'date', planEntities],
  ['durationDays', 'Duration (days)', 'number', ['planItem']],
  ['baselineDate', 'Baseline', 'date', ['milestone']],
  ['actualDate', 'Actual', 'date', ['milestone']],
  ['percentComplete', '% complete', 'percent', ['planItem']],
  ['effortHours', 'Effort (hours)', 'number', ['planItem']],
  ['plannedValue', 'Planned value', 'money', ['planItem']],
  ['actualCost', 'Actual cost', 'money', ['planItem']],
  ['predecessors', 'Predecessors', 'predecessors', planEntities],
  ['mandatory', 'Mandatory', 'boolean', ['milestone']],
  ['acceptanceCriteria', 'Acceptance criteria', 'long_text', ['milestone']],
  ['jiraKey', 'Jira key', 'text', planEntities],
];

const resourceRows: readonly FieldRow[] = [
  ['id', 'PMO ID', 'id', ['person']],
  ['ref', 'Ref', 'ref', ['person']],
  ['person', 'Name', 'text', ['person']],
  ['email', 'Email', 'text', ['person']],
  ['role', 'Role', 'text', ['person']],
  ['capacityHoursPerWeek', 'Capacity (hours/week)', 'number', ['person']],
  ['project', 'Project', 'project', ['allocation']],
  ['from', 'From', 'date', ['allocation']],
  ['to', 'To', 'date', ['allocation']],
  ['hoursPerWeek', 'Hours per week', 'number', ['allocation']],
  ['percent', 'Percent', 'percent', ['allocation']],
  ['isKey', 'Key person', 'boolean', ['allocation']],
  ['week', 'Week', 'week', ['allocation']],
];

const requiredKeys: Record<ImportKind, ReadonlySet<string>> = {
  risk: new Set(['title', 'probability', 'impact']),
  raid: new Set(['title']),
  plan: new Set(['title']),
  resources: new Set(['person']),
};

const rowsByKind: Record<ImportKind, readonly FieldRow[]> = {
  risk: riskRows,
  raid: raidRows,
  plan: planRows,
  resources: resourceRows,
};

const fieldsByKind = new Map<ImportKind, readonly ImportField[]>();

/**
 * The fields a column of this kind of sheet can map to, in export column order, with the canonical
 * English header the export writes (each header maps back to its own field on import).
 */
export function importFields(kind: ImportKind): ImportField[] {
  return [...fieldsOf(kind)];
}

function fieldsOf(kind: ImportKind): readonly ImportField[] {
  let fields = fieldsByKind.get(kind);
  if (!fields) {
    fields = rowsByKind[kind].map(([key, header, valueType, entity]) => ({
      key,
      header,
      valueType,
      entity: [...entity],
      required: requiredKeys[kind].has(key),
    }));
    fieldsByKind.set(kind, fields);
  }
  return fields;
}

/** The field of a kind with this key, if the kind has one. */
export function findImportField(kind: ImportKind, key: string): ImportField | undefined {
  return fieldsOf(kind).find((field) => field.key === key);
}
