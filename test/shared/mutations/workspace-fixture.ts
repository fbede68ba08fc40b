import { expect } from 'vitest';
import {
  type AnyRecord,
  type AppError,
  type EntityName,
  listFromRows,
  listManagedProjectIds,
  type MutationContext,
  type MutationName,
  prepareMutation,
  queryKey,
  type Result,
  type Role,
  rowKey,
  type Write,
} from '../../../shared';
import { expectReadableRefusal } from './refusal-refs';

/** A readable, valid v4 UUID: `id(7)` → `00000000-0000-4000-8000-000000000007`. */
export const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const now = '2026-11-25T10:00:00.000Z';
export const as = (role: Role, actorId = `member-${role}`): MutationContext => ({ actorId, role, now });
export const owner = as('owner');
export const pmo = as('pmo');
export const pm = as('pm');
export const contributor = as('contributor');
export const viewer = as('viewer');

/**
 * Rows of one workspace with the server's rules: a mutator may read only the rows it declared in
 * `reads(args)` (the Durable Object throws otherwise; the client would read nothing), and a pm's
 * managed projects come from the stored projects, as the Durable Object reads them.
 */
export class Workspace {
  readonly rows = new Map<string, AnyRecord>();

  /** Runs a mutation; any refusal must be readable in English and French (refusal-refs.ts). */
  run(name: MutationName, args: unknown, ctx: MutationContext = pm): Result<Write[], AppError> {
    const result = this.apply(name, args, ctx);
    if (!result.ok) expectReadableRefusal(result.error);
    return result;
  }

  private apply(name: MutationName, args: unknown, ctx: MutationContext): Result<Write[], AppError> {
    const prepared = prepareMutation(name, args);
    if (!prepared.ok) return prepared;
    const declared = new Set(prepared.value.reads.map((ref) => rowKey(ref.entity, ref.id)));
    const queries = new Set(prepared.value.queries.map(queryKey));
    const result = prepared.value.apply(
      (entity, rowId) => {
        const key = rowKey(entity, rowId);
        if (!declared.has(key)) throw new Error(`${name} read ${key} without declaring it in reads()`);
        return this.rows.get(key);
      },
      { ...ctx, managedProjectIds: ctx.managedProjectIds ?? this.managedProjectIds(ctx.actorId) },
      (query) => {
        if (!queries.has(queryKey(query))) throw new Error(`${name} listed ${queryKey(query)} without declaring it`);
        return listFromRows(this.rows, query);
      },
    );
    if (!result.ok) return result;
    for (const write of result.value) {
      // Stored as JSON, like the Durable Object stores it.
      if (write.op === 'put') this.rows.set(rowKey(write.entity, write.id), JSON.parse(JSON.stringify(write.value)));
      else this.rows.delete(rowKey(write.entity, write.id));
    }
    return result;
  }

  /** Runs a mutation that must succeed (fixture setup). */
  must(name: MutationName, args: unknown, ctx: MutationContext = pm): Write[] {
    const result = this.run(name, args, ctx);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  /** The projects `actorId` manages, from the stored projects. */
  managedProjectIds(actorId: string): Set<string> {
    const projects = [...this.rows].filter(([key]) => key.startsWith('project:')).map(([, record]) => record);
    return listManagedProjectIds(projects, actorId);
  }

  get(entity: EntityName, rowId: string): AnyRecord | undefined {
    return this.rows.get(rowKey(entity, rowId));
  }
}

/** Asserts a refusal with its code and returns the message for further checks. */
export function expectRefusal(result: Result<Write[], AppError>, code: string): string {
  expect(result).toMatchObject({ ok: false, error: { code } });
  return result.ok ? '' : result.error.message;
}

export const ids = {
  project: id(1),
  otherProject: id(2),
  template: id(10),
  phaseDiscover: id(11),
  phaseBuild: id(12),
  phaseRun: id(13),
  criterionBusinessCase: id(14),
  criterionSponsor: id(15),
  criterionArchitecture: id(16),
  milestone: id(20),
  otherMilestone: id(21),
  planItem: id(30),
  otherPlanItem: id(31),
  risk: id(40),
  issue: id(41),
  person: id(50),
  report: id(60),
  gate: id(70),
};

/** A stage-gate template: Discover → Build (gate with two must-meet, one should-meet) → Run. */
export const stageGateTemplate = {
  id: ids.template,
  name: 'Stage-gate (PMO standard)',
  kind: 'stage_gate',
  phases: [
    { id: ids.phaseDiscover, name: 'Discover' },
    {
      id: ids.phaseBuild,
      name: 'Build',
      requiredArtifacts: ['Business case', 'Project charter'],
      gate: {
        name: 'Gate 2: go to build',
        mustMeet: [
          { id: ids.criterionBusinessCase, text: 'Business case approved' },
          { id: ids.criterionSponsor, text: 'Sponsor named' },
        ],
        shouldMeet: [{ id: ids.criterionArchitecture, text: 'Architecture reviewed', weight: 2 }],
      },
    },
    { id: ids.phaseRun, name: 'Run' },
  ],
};

/** A workspace with the CRM project (and, when asked, the stage-gate template it follows, in Discover). */
export function crmWorkspace(options: { withTemplate?: boolean } = {}): Workspace {
  const workspace = new Workspace();
  if (options.withTemplate) workspace.must('template.create', stageGateTemplate, pmo);
  workspace.must('project.create', {
    id: ids.project,
    code: 'CRM',
    name: 'CRM rollout',
    ...(options.withTemplate ? { templateId: ids.template, currentPhaseId: ids.phaseDiscover } : {}),
  });
  return workspace;
}

export const riskArgs = {
  id: ids.risk,
  projectId: ids.project,
  title: 'Supplier delivers the data migration late',
  cause: 'The supplier has two other migrations in flight',
  event: 'The migration tooling arrives after the cut-over rehearsal',
  effect: 'Go-live slips by four weeks',
  probability: 4,
  impact: 4,
  owner: { name: 'Dana Okafor' },
  source: { url: 'https://jira.example.com/browse/CRM-42', jiraKey: 'CRM-42', quote: 'tooling ETA unknown' },
};

export const milestoneArgs = {
  id: ids.milestone,
  projectId: ids.project,
  title: 'Data migration rehearsal passed',
  forecastDate: '2027-03-15',
  mandatory: true,
};
