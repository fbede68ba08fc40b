import fc from 'fast-check';
import type { z } from 'zod';
import type { AnyRecord } from '../../../shared';
import { MilestoneFieldsSchema, PlanItemFieldsSchema } from '../../../shared/schemas/plan';
import { ActionFieldsSchema, DecisionFieldsSchema, IssueFieldsSchema } from '../../../shared/schemas/raid';
import { RiskFieldsSchema } from '../../../shared/schemas/risk';
import type { ImportContext, ImportEntity } from '../../../shared/tabular/types';

export const projectId = '00000000-0000-4000-8000-000000000001';

/** People of the workspace: accents, an apostrophe, an emoji, and one whose name starts like a formula. */
export const people: ImportContext['people'] = [
  { id: '00000000-0000-4000-8000-0000000000a1', name: 'Zoé Lefèvre', email: 'zoe@exemple.fr' },
  { id: '00000000-0000-4000-8000-0000000000a2', name: "Aoife O'Brien" },
  { id: '00000000-0000-4000-8000-0000000000a3', name: 'Jérôme Garçon' },
  { id: '00000000-0000-4000-8000-0000000000a4', name: 'Ørjan Næss 🚀' },
  { id: '00000000-0000-4000-8000-0000000000a5', name: '=Dana Ops' },
];

export const importContext: ImportContext = {
  projectId,
  projects: [{ id: projectId, code: 'CRM', name: 'Refonte CRM' }],
  people,
  members: [],
  dateOrder: 'dmy',
  unknownOwners: 'reject',
};

/** Pieces of the text people type in registers, and of the text that breaks CSV and spreadsheets. */
const fragments = [
  '=',
  '+',
  '-',
  '@',
  "'",
  '\t',
  '"',
  ',',
  ';',
  '\n',
  '\r\n',
  ' ',
  'é',
  'Ü',
  'ç',
  '«',
  '»',
  '’',
  '🚀',
  '👩‍💻',
  'Retard',
  'risque',
  'SUM(A1)',
  '1',
  '2026',
  'fournisseur',
];

/** Free text made of those pieces; `1..max` pieces. */
const nastyText = (max = 8) =>
  fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: max }).map((parts) => parts.join(''));

/** A title: non-empty once trimmed (the schemas trim titles). */
const title = fc
  .tuple(nastyText(), fc.constantFrom('Risque', 'Jalon', '=cmd', '-x', '+33', '@here', "'quoted", 'Ça'))
  .map(([text, anchor]) => `${text}${anchor}`.trim());

/** Long text is kept verbatim by the schemas, so it may start or end with spaces, tabs or line breaks. */
const longText = nastyText(12);
const ref = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map((n) => `R-${String(n).padStart(3, '0')}`),
  nastyText(3).map((text) => `${text}#1`.trim()),
);
const day = fc
  .integer({ min: 0, max: 6000 })
  .map((offset) => new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
const rating = fc.integer({ min: 1, max: 5 });
const money = fc.integer({ min: 0, max: 50_000_000 }).map((cents) => cents / 100);
const owner = fc.constantFrom(...people).map((person) => ({ personId: person.id, name: person.name }));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** A record as the store holds it: fields through their schema (defaults applied, text trimmed), id, version. */
function asRecord(schema: z.ZodType, fields: Record<string, unknown>, id: string): AnyRecord {
  const parsed = schema.parse({ projectId, ...fields }) as Record<string, unknown>;
  const record: AnyRecord = { id, version: 3 };
  for (const [field, value] of Object.entries(parsed)) if (value !== undefined) record[field] = value;
  return record;
}

const recordOf = (schema: z.ZodType, fields: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(fields, fc.uuid({ version: 4 })).map(([values, id]) => asRecord(schema, values, id));

/** A risk with every field a risk register exports. */
export const registerRisk = recordOf(
  RiskFieldsSchema,
  fc.record({
    title,
    ref: optional(ref),
    kind: fc.constantFrom('threat', 'opportunity'),
    category: optional(nastyText(3).map((text) => `${text}x`.trim())),
    description: optional(longText),
    cause: optional(longText),
    event: optional(longText),
    effect: optional(longText),
    owner: optional(owner),
    actionee: optional(owner),
    raisedOn: optional(day),
    raisedBy: optional(nastyText(3).map((text) => `${text}PMO`)),
    probability: rating,
    impact: rating,
    residualProbability: optional(rating),
    residualImpact: optional(rating),
    costImpact: optional(money),
    proximity: optional(fc.constantFrom('imminent', 'this_phase', 'this_project', 'beyond')),
    responseActions: optional(longText),
    triggers: optional(longText),
    contingencyPlan: optional(longText),
    reviewDate: optional(day),
    status: fc.constantFrom('open', 'mitigating', 'closed'),
  }),
);

/** A risk with the fields a RAID log carries for risks. */
const raidRisk = recordOf(
  RiskFieldsSchema,
  fc.record({
    title,
    ref: optional(ref),
    kind: fc.constantFrom('threat', 'opportunity'),
    category: optional(nastyText(3).map((text) => `${text}x`.trim())),
    description: optional(longText),
    owner: optional(owner),
    raisedOn: optional(day),
    probability: rating,
    impact: rating,
    // Both kinds accept these; the others fit one kind only (the schemas refuse a mismatch).
    responseStrategy: optional(fc.constantFrom('accept', 'escalate')),
    responseActions: optional(longText),
    reviewDate: optional(day),
    status: fc.constantFrom('open', 'mitigating', 'closed'),
  }),
);

const raidIssue = recordOf(
  IssueFieldsSchema,
  fc.record({
    title,
    ref: optional(ref),
    type: fc.constantFrom('problem', 'change_request', 'off_specification'),
    description: optional(longText),
    priority: fc.constantFrom('low', 'medium', 'high', 'critical'),
    severity: rating,
    owner: optional(owner),
    raisedOn: optional(day),
    dueDate: optional(day),
    status: fc.constantFrom('open', 'in_progress', 'resolved', 'closed'),
    resolution: optional(longText),
    escalationLevel: fc.constantFrom('project', 'programme', 'portfolio', 'board'),
  }),
);

const raidAction = recordOf(
  ActionFieldsSchema,
  fc.record({ title, ref: optional(ref), owner: optional(owner), dueDate: optional(day), done: fc.boolean() }),
);

const raidDecision = recordOf(
  DecisionFieldsSchema,
  fc.record({
    statement: title,
    ref: optional(ref),
    decidedOn: day,
    decidedBy: nastyText(3).map((text) => `${text}Comité`.trim()),
    rationale: optional(longText),
  }),
);

const milestone = recordOf(
  MilestoneFieldsSchema,
  fc.record({
    title,
    ref: optional(ref),
    owner: optional(owner),
    forecastDate: day,
    baselineDate: optional(day),
    actualDate: optional(day),
    mandatory: fc.boolean(),
    acceptanceCriteria: optional(longText),
    jiraKey: optional(fc.integer({ min: 1, max: 9999 }).map((n) => `CRM-${n}`)),
  }),
);

const planItem = recordOf(
  PlanItemFieldsSchema,
  fc.record({
    title,
    ref: optional(ref),
    kind: fc.constantFrom('task', 'deliverable'),
    owner: optional(owner),
    start: optional(day),
    end: optional(day),
    durationDays: fc.integer({ min: 0, max: 400 }),
    percentComplete: fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
    effortHours: optional(fc.integer({ min: 0, max: 100_000 }).map((tenths) => tenths / 10)),
    plannedValue: optional(money),
    actualCost: optional(money),
    jiraKey: optional(fc.integer({ min: 1, max: 9999 }).map((n) => `CRM-${n}`)),
  }),
);

/** Records of one kind of register, by entity, as the export receives them. */
export type Register = Partial<Record<ImportEntity, AnyRecord[]>>;

/**
 * Ids and refs as a store holds them: each id once in the workspace, each ref once per entity
 * (case aside), since the import reports a repeated key as a problem.
 */
function withDistinctKeys(register: Register): Register {
  const ids = new Set<string>();
  const distinct: Register = {};
  for (const [entity, records] of Object.entries(register) as [ImportEntity, AnyRecord[]][]) {
    const refs = new Set<string>();
    distinct[entity] = records.map((record) => {
      const ref = typeof record.ref === 'string' ? record.ref.toLowerCase() : undefined;
      const copy = { ...record };
      for (let n = 1; ids.has(copy.id); n += 1) copy.id = `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
      ids.add(copy.id);
      if (ref !== undefined && refs.has(ref)) delete copy.ref;
      if (ref !== undefined) refs.add(ref);
      return copy;
    });
  }
  return distinct;
}

export const riskRegister: fc.Arbitrary<Register> = fc
  .array(registerRisk, { minLength: 1, maxLength: 8 })
  .map((risk) => withDistinctKeys({ risk }));

export const raidLog: fc.Arbitrary<Register> = fc
  .record({
    risk: fc.array(raidRisk, { maxLength: 4 }),
    issue: fc.array(raidIssue, { maxLength: 4 }),
    action: fc.array(raidAction, { maxLength: 4 }),
    decision: fc.array(raidDecision, { maxLength: 4 }),
  })
  .filter((log) => Object.values(log).some((records) => records.length > 0))
  .map(withDistinctKeys);

/** A plan item ends on or after its start (the import refuses an end before the start). */
function orderDates(item: AnyRecord): AnyRecord {
  if (typeof item.start !== 'string' || typeof item.end !== 'string' || item.end >= item.start) return item;
  return { ...item, start: item.end, end: item.start };
}

/** Links `[from, to, lag]`: row `to` depends on an earlier row `from` (a plan without cycles), once each. */
function linkPlan(rows: AnyRecord[], links: [number, number, number][]): AnyRecord[] {
  const linked = rows.map((row) => ({ ...row, predecessors: [] as { predecessorId: string; lagDays: number }[] }));
  for (const [a, b, lagDays] of links) {
    const from = a % linked.length;
    const to = b % linked.length;
    const target = linked[to];
    if (from >= to || target.predecessors.some((link) => link.predecessorId === linked[from].id)) continue;
    target.predecessors.push({ predecessorId: linked[from].id, lagDays });
  }
  return linked;
}

const planLink = fc.tuple(fc.nat(20), fc.nat(20), fc.integer({ min: -5, max: 10 }));

export const plan: fc.Arbitrary<Register> = fc
  .record({
    milestone: fc.array(milestone, { maxLength: 5 }),
    planItem: fc.array(planItem.map(orderDates), { maxLength: 6 }),
    links: fc.array(planLink, { maxLength: 8 }),
  })
  .filter((records) => records.milestone.length + records.planItem.length > 0)
  .map(({ milestone: milestones, planItem: items, links }) => {
    const distinct = withDistinctKeys({ milestone: milestones, planItem: items });
    const rows = linkPlan([...(distinct.milestone ?? []), ...(distinct.planItem ?? [])], links);
    return { milestone: rows.slice(0, milestones.length), planItem: rows.slice(milestones.length) };
  });
