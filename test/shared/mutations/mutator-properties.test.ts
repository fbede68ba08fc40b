import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnyRecord,
  listFromRows,
  type MutationContext,
  type MutationName,
  prepareMutation,
  queryKey,
  type Role,
  rowKey,
} from '../../../shared';
import { crmWorkspace, id, ids, milestoneArgs, pmo, riskArgs, Workspace } from './workspace-fixture';

// ---- arbitraries -------------------------------------------------------------------------------

const day = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const instant = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
/** Text as a person types it, without surrounding blanks (titles are trimmed on the way in). */
const text = (maxLength: number) =>
  fc
    .string({ minLength: 1, maxLength })
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
const rating = fc.integer({ min: 1, max: 5 });
const rag = fc.constantFrom('green', 'amber', 'red');
/** Roles that may edit every record, whoever created it (authorization has its own tests). */
const editorRole = fc.constantFrom<Role>('owner', 'pmo');
const anyRole = fc.constantFrom<Role>('owner', 'pmo', 'pm', 'contributor', 'viewer');
const context = (role: fc.Arbitrary<Role>): fc.Arbitrary<MutationContext> =>
  fc.record({ actorId: text(30), role, now: instant });
/** Usually the seeded record, sometimes one that does not exist: refusals must be pure too. */
const targetId = (seeded: string) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(seeded) }, { weight: 1, arbitrary: fc.uuid({ version: 4 }) });

// ---- a seeded workspace ------------------------------------------------------------------------

const dimension = fc.record(
  { suggested: rag, chosen: rag, reason: fc.constantFrom('', 'Mitigation agreed with the supplier') },
  { requiredKeys: ['chosen'] },
);

const seedArbitrary = fc.record({
  risk: fc.record({ probability: rating, impact: rating, status: fc.constantFrom('open', 'mitigating', 'closed') }),
  milestone: fc.record({ forecastDate: day, baselineDate: fc.option(day, { nil: undefined }), achieved: fc.boolean() }),
  report: fc.record({ overall: dimension, schedule: dimension, cost: dimension }),
  // Biased towards an approved gate, so phase changes succeed often enough to matter.
  mustMeetMet: fc.oneof(
    { weight: 3, arbitrary: fc.constant([true, true] as [boolean, boolean]) },
    { weight: 1, arbitrary: fc.tuple(fc.boolean(), fc.boolean()) },
  ),
  gateDecision: fc.constantFrom(undefined, 'go', 'go', 'hold'),
});
type Seed = typeof seedArbitrary extends fc.Arbitrary<infer S> ? S : never;

/** A realistic workspace whose records vary with the seed; every record is made by the mutators. */
function seededRows(seed: Seed): Map<string, AnyRecord> {
  const workspace = crmWorkspace({ withTemplate: true });
  workspace.must('risk.create', { ...riskArgs, ...seed.risk });
  workspace.must('milestone.create', {
    ...milestoneArgs,
    forecastDate: seed.milestone.forecastDate,
    baselineDate: seed.milestone.baselineDate,
    actualDate: seed.milestone.achieved ? seed.milestone.forecastDate : undefined,
  });
  workspace.must('planItem.create', { id: ids.planItem, projectId: ids.project, title: 'Migration runbook' });
  workspace.must('statusReport.create', {
    id: ids.report,
    projectId: ids.project,
    periodStart: '2026-11-09',
    periodEnd: '2026-11-20',
    overall: seed.report.overall,
    dimensions: { schedule: seed.report.schedule, cost: seed.report.cost },
  });
  workspace.must('gate.request', {
    id: ids.gate,
    projectId: ids.project,
    templateId: ids.template,
    toPhaseId: ids.phaseBuild,
    mustMeet: [
      { criterionId: ids.criterionBusinessCase, met: true },
      { criterionId: ids.criterionSponsor, met: true },
    ],
  });
  // A gate is requested with its must-meet criteria met; one may be found unmet while the review waits.
  if (!seed.mustMeetMet.every(Boolean))
    workspace.must('gateReview.update', {
      id: ids.gate,
      patch: {
        mustMeet: [
          { criterionId: ids.criterionBusinessCase, text: 'Business case approved', met: seed.mustMeetMet[0] },
          { criterionId: ids.criterionSponsor, text: 'Sponsor named', met: seed.mustMeetMet[1] },
        ],
      },
    });
  if (seed.gateDecision)
    workspace.run('gate.decide', { id: ids.gate, decision: seed.gateDecision, reason: 'Seeded decision' }, pmo);
  return workspace.rows;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/** Applies without storing, reading only the declared rows. */
function applyOnce(rows: Map<string, AnyRecord>, name: MutationName, args: unknown, ctx: MutationContext) {
  const prepared = prepareMutation(name, args);
  if (!prepared.ok) return prepared;
  const declared = new Set(prepared.value.reads.map((ref) => rowKey(ref.entity, ref.id)));
  const queries = new Set(prepared.value.queries.map(queryKey));
  return prepared.value.apply(
    (entity, rowId) => {
      const key = rowKey(entity, rowId);
      if (!declared.has(key)) throw new Error(`${name} read ${key} without declaring it`);
      return rows.get(key);
    },
    ctx,
    (query) => {
      if (!queries.has(queryKey(query))) throw new Error(`${name} listed ${queryKey(query)} without declaring it`);
      return listFromRows(rows, query);
    },
  );
}

// ---- random valid args per mutation ------------------------------------------------------------

const riskPatch = fc.record(
  {
    title: text(300),
    probability: rating,
    impact: rating,
    status: fc.constantFrom('open', 'mitigating', 'closed'),
    category: text(100),
    description: text(500),
    reviewDate: day,
    costImpact: fc.integer({ min: 0, max: 5_000_000 }),
    proximity: fc.constantFrom('imminent', 'this_phase', 'this_project', 'beyond'),
  },
  { requiredKeys: [] },
);

const argsByMutation = {
  'risk.update': fc.record({ id: targetId(ids.risk), patch: riskPatch }),
  'risk.escalate': fc.record(
    {
      id: targetId(ids.risk),
      to: text(200),
      reason: text(500),
      expected: fc.record({ status: fc.constantFrom('open', 'closed') }),
    },
    { requiredKeys: ['id', 'to'] },
  ),
  'risk.occurred': fc.record({ id: targetId(ids.risk), issueId: fc.uuid({ version: 4 }) }),
  'milestone.reschedule': fc.record(
    { id: targetId(ids.milestone), forecastDate: day, reason: text(200) },
    { requiredKeys: ['id', 'forecastDate'] },
  ),
  'milestone.rebaseline': fc.record(
    { id: targetId(ids.milestone), baselineDate: day, reason: text(200) },
    { requiredKeys: ['id', 'reason'] },
  ),
  'milestone.update': fc.record({
    id: targetId(ids.milestone),
    patch: fc.record({ forecastDate: day, title: text(300), mandatory: fc.boolean() }, { requiredKeys: [] }),
  }),
  'status.submit': fc.record({ id: targetId(ids.report) }),
  'gate.request': fc.record({
    id: fc.uuid({ version: 4 }),
    projectId: targetId(ids.project),
    templateId: fc.constantFrom(ids.template, undefined),
    toPhaseId: fc.constantFrom(ids.phaseDiscover, ids.phaseBuild, ids.phaseRun, id(404)),
    mustMeet: fc.subarray([
      { criterionId: ids.criterionBusinessCase, met: true },
      { criterionId: ids.criterionSponsor, met: false },
    ]),
    shouldMeet: fc.subarray([{ criterionId: ids.criterionArchitecture, score: 3 }]),
    evidenceLinks: fc.array(fc.webUrl(), { maxLength: 3 }),
  }),
  'gate.decide': fc.record(
    {
      id: targetId(ids.gate),
      decision: fc.constantFrom('go', 'kill', 'hold', 'recycle'),
      conditions: text(300),
      reason: text(300),
    },
    { requiredKeys: ['id', 'decision'] },
  ),
  'project.changePhase': fc.record({
    id: targetId(ids.project),
    toPhaseId: fc.constantFrom(ids.phaseBuild, ids.phaseRun),
    gateReviewId: targetId(ids.gate),
  }),
  'planItem.create': fc.record({
    id: fc.uuid({ version: 4 }),
    projectId: targetId(ids.project),
    title: text(300),
    durationDays: fc.integer({ min: 0, max: 200 }),
    predecessors: fc.subarray([{ predecessorId: ids.planItem, lagDays: 2 }, { predecessorId: ids.milestone }]),
  }),
  'statusReport.update': fc.record({ id: targetId(ids.report), patch: fc.record({ summary: text(500) }) }),
} satisfies Partial<Record<MutationName, fc.Arbitrary<unknown>>>;

describe('every mutator apply function', () => {
  it.each(Object.keys(argsByMutation) as (keyof typeof argsByMutation)[])(
    '%s is deterministic, leaves its input rows untouched and writes plain JSON',
    (name) => {
      fc.assert(
        fc.property(
          seedArbitrary,
          argsByMutation[name] as fc.Arbitrary<unknown>,
          context(anyRole),
          (seed, args, ctx) => {
            const rows = seededRows(seed);
            const snapshot = structuredClone([...rows]);
            deepFreeze([...rows.values()]);
            const first = applyOnce(rows, name, args, ctx);
            const second = applyOnce(rows, name, structuredClone(args), { ...ctx });
            expect(second).toStrictEqual(first);
            expect([...rows]).toStrictEqual(snapshot);
            if (first.ok) expect(JSON.parse(JSON.stringify(first.value))).toStrictEqual(first.value);
          },
        ),
        { numRuns: 80 },
      );
    },
  );
});

// ---- updates touch only the named fields -------------------------------------------------------

const updates = {
  risk: { seedId: ids.risk, patch: riskPatch },
  issue: {
    seedId: ids.issue,
    patch: fc.record(
      {
        title: text(300),
        priority: fc.constantFrom('low', 'medium', 'high', 'critical'),
        severity: rating,
        status: fc.constantFrom('open', 'in_progress', 'resolved', 'closed'),
        dueDate: day,
        resolution: text(500),
      },
      { requiredKeys: [] },
    ),
  },
  project: {
    seedId: ids.project,
    patch: fc.record(
      {
        name: text(200),
        state: fc.constantFrom('proposed', 'active', 'on_hold', 'closed', 'cancelled'),
        bac: fc.integer({ min: 0, max: 10_000_000 }),
        strategicPriority: rating,
        targetEnd: day,
      },
      { requiredKeys: [] },
    ),
  },
  person: {
    seedId: ids.person,
    patch: fc.record(
      { name: text(200), role: text(100), capacityHoursPerWeek: fc.integer({ min: 0, max: 60 }) },
      { requiredKeys: [] },
    ),
  },
} as const;

function rowsForUpdates(): Workspace {
  const workspace = crmWorkspace();
  workspace.must('risk.create', { ...riskArgs, status: 'mitigating', kind: 'threat', category: 'Supplier' });
  workspace.must('issue.create', {
    id: ids.issue,
    projectId: ids.project,
    title: 'Test environment down',
    priority: 'high',
  });
  workspace.must(
    'person.create',
    { id: ids.person, name: 'Dana Okafor', capacityHoursPerWeek: 32, role: 'Data lead' },
    pmo,
  );
  return workspace;
}

describe('an update', () => {
  it.each(Object.keys(updates) as (keyof typeof updates)[])(
    'of a %s changes exactly the fields its patch names, plus who and when',
    (entity) => {
      const { seedId, patch } = updates[entity];
      fc.assert(
        fc.property(patch as fc.Arbitrary<Record<string, unknown>>, context(editorRole), (fields, ctx) => {
          const workspace = rowsForUpdates();
          const before = workspace.get(entity, seedId) as AnyRecord;
          const result = workspace.run(`${entity}.update` as MutationName, { id: seedId, patch: fields }, ctx);
          expect(result.ok).toBe(true);
          const after = workspace.get(entity, seedId) as AnyRecord;
          const allFields = new Set([...Object.keys(before), ...Object.keys(after)]);
          for (const field of allFields) {
            if (field in fields) expect(after[field]).toEqual(fields[field]);
            else if (field === 'updatedAt') expect(after[field]).toBe(ctx.now);
            else if (field === 'updatedBy') expect(after[field]).toBe(ctx.actorId);
            else expect(after[field]).toEqual(before[field]);
          }
        }),
        { numRuns: 100 },
      );
    },
  );
});

describe('two clients replaying the same mutations', () => {
  it('reach the same rows (the client rebase equals the server order)', () => {
    const step = fc.oneof(
      argsByMutation['risk.update'].map((args) => ['risk.update', args] as const),
      argsByMutation['risk.escalate'].map((args) => ['risk.escalate', args] as const),
      argsByMutation['milestone.reschedule'].map((args) => ['milestone.reschedule', args] as const),
      argsByMutation['gate.decide'].map((args) => ['gate.decide', args] as const),
      argsByMutation['project.changePhase'].map((args) => ['project.changePhase', args] as const),
    );
    fc.assert(
      fc.property(seedArbitrary, fc.array(fc.tuple(step, context(anyRole)), { maxLength: 12 }), (seed, steps) => {
        const server = new Workspace();
        const client = new Workspace();
        for (const [key, value] of seededRows(seed)) {
          server.rows.set(key, structuredClone(value));
          client.rows.set(key, structuredClone(value));
        }
        for (const [[name, args], ctx] of steps) {
          expect(client.run(name, structuredClone(args), ctx)).toStrictEqual(server.run(name, args, ctx));
        }
        expect([...client.rows]).toStrictEqual([...server.rows]);
      }),
      { numRuns: 40 },
    );
  });
});
