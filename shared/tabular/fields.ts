import type { ImportEntity, ImportField, ImportKind, ImportValueType } from './types';

/**
 * Every column a sheet can have, by key (the schema's field name where one exists): the canonical
 * English header the export writes and how its cells read. A key is the same column in every kind.
 */
const columns = {
  id: ['PMO ID', 'id'],
  ref: ['Ref', 'ref'],
  type: ['Type', 'type'],
  title: ['Title', 'text'],
  kind: ['Kind', 'enum'],
  category: ['Category', 'text'],
  description: ['Description', 'long_text'],
  cause: ['Cause', 'long_text'],
  event: ['Event', 'long_text'],
  effect: ['Effect', 'long_text'],
  owner: ['Owner', 'person'],
  actionee: ['Actionee', 'person'],
  raisedOn: ['Raised on', 'date'],
  raisedBy: ['Raised by', 'text'],
  probability: ['Probability', 'rating'],
  impact: ['Impact', 'rating'],
  residualProbability: ['Residual probability', 'rating'],
  residualImpact: ['Residual impact', 'rating'],
  costImpact: ['Cost impact', 'money'],
  proximity: ['Proximity', 'enum'],
  responseStrategy: ['Response strategy', 'enum'],
  responseActions: ['Response actions', 'long_text'],
  triggers: ['Triggers', 'long_text'],
  contingencyPlan: ['Contingency plan', 'long_text'],
  reviewDate: ['Review date', 'date'],
  status: ['Status', 'enum'],
  dueDate: ['Due date', 'date'],
  priority: ['Priority', 'enum'],
  severity: ['Severity', 'rating'],
  issueType: ['Issue type', 'enum'],
  resolution: ['Resolution', 'long_text'],
  escalationLevel: ['Escalation level', 'enum'],
  decidedOn: ['Decided on', 'date'],
  decidedBy: ['Decided by', 'text'],
  rationale: ['Rationale', 'long_text'],
  done: ['Done', 'boolean'],
  start: ['Start', 'date'],
  end: ['End', 'date'],
  durationDays: ['Duration (days)', 'number'],
  baselineDate: ['Baseline', 'date'],
  actualDate: ['Actual', 'date'],
  percentComplete: ['% complete', 'percent'],
  effortHours: ['Effort (hours)', 'number'],
  plannedValue: ['Planned value', 'money'],
  actualCost: ['Actual cost', 'money'],
  predecessors: ['Predecessors', 'predecessors'],
  mandatory: ['Mandatory', 'boolean'],
  acceptanceCriteria: ['Acceptance criteria', 'long_text'],
  jiraKey: ['Jira key', 'text'],
  person: ['Name', 'text'],
  email: ['Email', 'text'],
  role: ['Role', 'text'],
  capacityHoursPerWeek: ['Capacity (hours/week)', 'number'],
  project: ['Project', 'project'],
  from: ['From', 'date'],
  to: ['To', 'date'],
  hoursPerWeek: ['Hours per week', 'number'],
  percent: ['Percent', 'percent'],
  isKey: ['Key person', 'boolean'],
  week: ['Week', 'week'],
} as const satisfies Record<string, readonly [header: string, valueType: ImportValueType]>;

/** The key of a column any kind of sheet can have. */
export type ImportColumnKey = keyof typeof columns;

/** Every column key, once: what a label per column (the import page's) has to cover. */
export const importColumnKeys = Object.keys(columns) as ImportColumnKey[];

/** Consecutive columns of a kind of sheet and the entities they are read into. */
type ColumnGroup = readonly [entities: readonly ImportEntity[], keys: readonly ImportColumnKey[]];

const raidEntities: readonly ImportEntity[] = ['risk', 'issue', 'action', 'decision'];
const planEntities: readonly ImportEntity[] = ['milestone', 'planItem'];

// Order is the export's column order.
const riskGroups: readonly ColumnGroup[] = [
  [
    ['risk'],
    [
      'id',
      'ref',
      'title',
      'kind',
      'category',
      'description',
      'cause',
      'event',
      'effect',
      'owner',
      'actionee',
      'raisedOn',
      'raisedBy',
      'probability',
      'impact',
      'residualProbability',
      'residualImpact',
      'costImpact',
      'proximity',
      'responseStrategy',
      'responseActions',
      'triggers',
      'contingencyPlan',
      'reviewDate',
      'status',
    ],
  ],
];

// 'title' is a decision's statement; when a decision has no Decided on / Decided by / Rationale cell, its
// Raised on or Due date, Owner (as plain text) and Description stand in.
const raidGroups: readonly ColumnGroup[] = [
  [raidEntities, ['id', 'ref', 'type', 'title']],
  [['risk', 'issue', 'decision'], ['description']],
  [raidEntities, ['owner']],
  [['risk', 'issue', 'decision'], ['raisedOn']],
  [['issue', 'action', 'decision'], ['dueDate']],
  [['risk', 'issue', 'action'], ['status']],
  [['issue'], ['priority', 'severity', 'issueType', 'resolution', 'escalationLevel']],
  [['risk'], ['kind', 'category', 'probability', 'impact', 'responseStrategy', 'responseActions', 'reviewDate']],
  [['decision'], ['decidedOn', 'decidedBy', 'rationale']],
  [['action'], ['done']],
];

// 'end' is a plan item's end and a milestone's forecast date.
const planGroups: readonly ColumnGroup[] = [
  [planEntities, ['id', 'ref', 'type', 'title', 'owner']],
  [['planItem'], ['start']],
  [planEntities, ['end']],
  [['planItem'], ['durationDays']],
  [['milestone'], ['baselineDate', 'actualDate']],
  [['planItem'], ['percentComplete', 'effortHours', 'plannedValue', 'actualCost']],
  [planEntities, ['predecessors']],
  [['milestone'], ['mandatory', 'acceptanceCriteria']],
  [planEntities, ['jiraKey']],
];

const resourceGroups: readonly ColumnGroup[] = [
  [['person'], ['id', 'ref', 'person', 'email', 'role', 'capacityHoursPerWeek']],
  [['allocation'], ['project', 'from', 'to', 'hoursPerWeek', 'percent', 'isKey', 'week']],
];

const requiredKeys: Record<ImportKind, ReadonlySet<string>> = {
  risk: new Set(['title', 'probability', 'impact']),
  raid: new Set(['title']),
  plan: new Set(['title']),
  resources: new Set(['person']),
};

const groupsByKind: Record<ImportKind, readonly ColumnGroup[]> = {
  risk: riskGroups,
  raid: raidGroups,
  plan: planGroups,
  resources: resourceGroups,
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
    fields = groupsByKind[kind].flatMap(([entities, keys]) =>
      keys.map((key) => ({
        key,
        header: columns[key][0],
        valueType: columns[key][1],
        entity: [...entities],
        required: requiredKeys[kind].has(key),
      })),
    );
    fieldsByKind.set(kind, fields);
  }
  return fields;
}

/** The field of a kind with this key, if the kind has one. */
export function findImportField(kind: ImportKind, key: string): ImportField | undefined {
  return fieldsOf(kind).find((field) => field.key === key);
}
