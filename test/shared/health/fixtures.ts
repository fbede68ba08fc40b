// Realistic records for the analytics tests, validated by the real schemas so defaults and rules apply.
import type { OverAllocation } from '../../../shared/analytics/resources/over-allocation';
import type { MilestoneFact, ProjectFacts } from '../../../shared/health/project-facts';
import { type GateReview, GateReviewSchema } from '../../../shared/schemas/gate-review';
import { type Template, TemplateSchema } from '../../../shared/schemas/methodology';
import { MilestoneSchema } from '../../../shared/schemas/plan';
import { type Project, ProjectSchema } from '../../../shared/schemas/project';
import { type Action, ActionSchema, type Issue, IssueSchema } from '../../../shared/schemas/raid';
import { type Allocation, AllocationSchema, type Person, PersonSchema } from '../../../shared/schemas/resources';
import { type Risk, RiskSchema } from '../../../shared/schemas/risk';
import { type StatusReport, StatusReportSchema } from '../../../shared/schemas/status-report';
import { defaultWorkspaceSettings, type WorkspaceSettingsFields } from '../../../shared/schemas/workspace-settings';

/** A Monday in the middle of the CRM rollout. */
export const today = '2026-03-16';

let nextId = 1;
/** A valid, unique v4-shaped UUID (deterministic within a test file). */
export function newId(): string {
  return `00000000-0000-4000-8000-${(nextId++).toString(16).padStart(12, '0')}`;
}

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-05T09:00:00.000Z',
  createdBy: 'member-pmo',
  updatedAt: '2026-01-05T09:00:00.000Z',
  updatedBy: 'member-pmo',
  version: 1,
});

export const projectId = '00000000-0000-4000-8000-00000000aa01';
export const initiationPhaseId = '00000000-0000-4000-8000-00000000bb01';
export const deliveryPhaseId = '00000000-0000-4000-8000-00000000bb02';
export const closurePhaseId = '00000000-0000-4000-8000-00000000bb03';
export const aliceId = '00000000-0000-4000-8000-00000000cc01';
export const bobId = '00000000-0000-4000-8000-00000000cc02';

export const settings: WorkspaceSettingsFields = defaultWorkspaceSettings;

/** Settings with some health-rule overrides. */
export function settingsWith(healthRules: WorkspaceSettingsFields['healthRules']): WorkspaceSettingsFields {
  return { ...settings, healthRules };
}

export const template: Template = TemplateSchema.parse({
  ...meta('00000000-0000-4000-8000-00000000dd01'),
  name: 'Stage-gate (PRINCE2-lite)',
  kind: 'stage_gate',
  phases: [
    { id: initiationPhaseId, name: 'Initiation' },
    { id: deliveryPhaseId, name: 'Delivery', gate: { name: 'Gate 1: business case approved' } },
    { id: closurePhaseId, name: 'Closure', gate: { name: 'Gate 2: acceptance' } },
  ],
});

export function aProject(fields: Partial<Omit<Project, 'id'>> = {}): Project {
  return ProjectSchema.parse({
    ...meta(projectId),
    code: 'CRM',
    name: 'CRM rollout',
    sponsor: { name: 'Claire Dubois' },
    managerId: 'member-pm',
    managerName: 'Marc Petit',
    templateId: template.id,
    currentPhaseId: deliveryPhaseId,
    start: '2026-01-05',
    targetEnd: '2026-09-30',
    bac: 200_000,
    ...fields,
  });
}

/** A well-kept threat: owner, full statement, mitigation, review next week, score 2 × 3 = 6. */
export function aRisk(fields: Partial<Omit<Risk, 'id'>> & { id?: string } = {}): Risk {
  return RiskSchema.parse({
    ...meta(fields.id ?? newId()),
    projectId,
    title: 'Data migration overruns',
    kind: 'threat',
    cause: 'Legacy CRM data has duplicates',
    event: 'Cleansing takes longer than planned',
    effect: 'Go-live slips by two weeks',
    owner: { name: 'Alice Martin', personId: aliceId },
    probability: 2,
    impact: 3,
    costImpact: 40_000,
    responseStrategy: 'mitigate',
    responseActions: 'Run a de-duplication sprint in February',
    reviewDate: '2026-03-23',
    status: 'open',
    ...fields,
  });
}

export function aMilestone(fields: Partial<Omit<MilestoneFact, 'id'>> & { id?: string } = {}): MilestoneFact {
  const { slipDays = 2, isOverdue = false, ...rest } = fields;
  const milestone = MilestoneSchema.parse({
    ...meta(fields.id ?? newId()),
    projectId,
    title: 'Go-live',
    baselineDate: '2026-06-01',
    forecastDate: '2026-06-03',
    mandatory: true,
    ...rest,
  });
  return { ...milestone, slipDays, isOverdue };
}

export function aStatusReport(fields: Partial<Omit<StatusReport, 'id'>> & { id?: string } = {}): StatusReport {
  return StatusReportSchema.parse({
    ...meta(fields.id ?? newId()),
    projectId,
    periodStart: '2026-02-23',
    periodEnd: '2026-03-06',
    overall: { chosen: 'green' },
    dimensions: { schedule: { chosen: 'green' } },
    state: 'submitted',
    submittedAt: '2026-03-09T16:00:00.000+01:00',
    submittedBy: 'member-pm',
    ...fields,
  });
}

export function aGateReview(fields: Partial<Omit<GateReview, 'id'>> = {}): GateReview {
  return GateReviewSchema.parse({
    ...meta(newId()),
    projectId,
    fromPhaseId: initiationPhaseId,
    toPhaseId: deliveryPhaseId,
    requestedBy: 'member-pm',
    requestedAt: '2026-02-02T10:00:00.000Z',
    status: 'decided',
    decision: 'go',
    decidedBy: 'member-sponsor',
    decidedAt: '2026-02-03T10:00:00.000Z',
    ...fields,
  });
}

export function anIssue(fields: Partial<Omit<Issue, 'id'>> = {}): Issue {
  return IssueSchema.parse({ ...meta(newId()), projectId, title: 'Add loyalty points to CRM', ...fields });
}

export function anAction(fields: Partial<Omit<Action, 'id'>> = {}): Action {
  return ActionSchema.parse({
    ...meta(newId()),
    projectId,
    title: 'Book the cut-over weekend',
    dueDate: '2026-03-27',
    ...fields,
  });
}

export function aPerson(fields: Partial<Person> = {}): Person {
  return PersonSchema.parse({ ...meta(aliceId), name: 'Alice Martin', capacityHoursPerWeek: 40, ...fields });
}

export function anAllocation(fields: Partial<Allocation> = {}): Allocation {
  return AllocationSchema.parse({
    ...meta(newId()),
    personId: aliceId,
    projectId,
    from: '2026-01-05',
    to: '2026-06-30',
    percent: 50,
    ...fields,
  });
}

/** An over-allocated week of `personName` on this project (as findOverAllocations reports it). */
export function anOverAllocation(fields: Partial<OverAllocation> = {}): OverAllocation {
  return {
    personId: aliceId,
    personName: 'Alice Martin',
    weekStart: today,
    allocatedHours: 48,
    capacityHours: 40,
    overBy: 8,
    projectIds: [projectId],
    keyProjectIds: [],
    ...fields,
  };
}

/** A healthy, active project: no health rule fires and every suggested light is green. */
export function healthyFacts(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    today,
    project: aProject(),
    template,
    risks: [aRisk()],
    issues: [],
    actions: [anAction()],
    milestones: [aMilestone()],
    statusReports: [aStatusReport()],
    gateReviews: [aGateReview()],
    allocations: [anAllocation({ isKey: true })],
    overAllocations: [],
    metrics: { spi: 1.01, cpi: 0.98, vac: -4_000, bac: 200_000, worstMandatorySlipDays: 2, hasBaseline: true },
    ...overrides,
  };
}
