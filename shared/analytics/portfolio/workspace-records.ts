import type { EntityName } from '../../entities';
import type { CostEntry } from '../../schemas/costs';
import type { GateReview } from '../../schemas/gate-review';
import type { Template } from '../../schemas/methodology';
import type { Baseline, Milestone, PlanItem } from '../../schemas/plan';
import type { Project } from '../../schemas/project';
import type { Action, Issue } from '../../schemas/raid';
import type { Allocation, Person } from '../../schemas/resources';
import type { Risk } from '../../schemas/risk';
import type { StatusReport } from '../../schemas/status-report';
import type { WorkspaceSettingsFields } from '../../schemas/workspace-settings';

/** The live records of one workspace that the portfolio reads, as the Durable Object or Dexie holds them. */
export interface WorkspaceRecords {
  settings?: WorkspaceSettingsFields;
  templates: readonly Template[];
  projects: readonly Project[];
  milestones: readonly Milestone[];
  planItems: readonly PlanItem[];
  baselines: readonly Baseline[];
  risks: readonly Risk[];
  issues: readonly Issue[];
  actions: readonly Action[];
  statusReports: readonly StatusReport[];
  gateReviews: readonly GateReview[];
  persons: readonly Person[];
  allocations: readonly Allocation[];
  costEntries: readonly CostEntry[];
}

/** The lists of WorkspaceRecords, writable, as a reader fills them. */
export type WorkspaceLists = {
  -readonly [K in Exclude<keyof WorkspaceRecords, 'settings'>]: WorkspaceRecords[K][number][];
};

/**
 * Which list of WorkspaceRecords each stored entity fills: the one mapping the Durable Object's and
 * Dexie's readers share. Entities the portfolio does not read (decisions, RACI, playbooks…) are absent.
 */
export const workspaceListOfEntity: Partial<Record<EntityName, keyof WorkspaceLists>> = {
  template: 'templates',
  project: 'projects',
  milestone: 'milestones',
  planItem: 'planItems',
  baseline: 'baselines',
  risk: 'risks',
  issue: 'issues',
  action: 'actions',
  statusReport: 'statusReports',
  gateReview: 'gateReviews',
  person: 'persons',
  allocation: 'allocations',
  costEntry: 'costEntries',
};

/** Every list of a workspace, empty: where a reader of stored rows (Durable Object, Dexie) starts. */
export function createEmptyWorkspaceLists(): WorkspaceLists {
  return {
    templates: [],
    projects: [],
    milestones: [],
    planItems: [],
    baselines: [],
    risks: [],
    issues: [],
    actions: [],
    statusReports: [],
    gateReviews: [],
    persons: [],
    allocations: [],
    costEntries: [],
  };
}

/** One project's share of the workspace records. */
export interface ProjectRecords {
  project: Project;
  milestones: Milestone[];
  planItems: PlanItem[];
  baselines: Baseline[];
  risks: Risk[];
  issues: Issue[];
  actions: Action[];
  statusReports: StatusReport[];
  gateReviews: GateReview[];
  allocations: Allocation[];
  /** Actual and planned amounts per month (docs/domain.md "Cost entry"). */
  costEntries: CostEntry[];
}

type ProjectScoped = Exclude<keyof ProjectRecords, 'project'>;
const projectScopedKeys: ProjectScoped[] = [
  'milestones',
  'planItems',
  'baselines',
  'risks',
  'issues',
  'actions',
  'statusReports',
  'gateReviews',
  'allocations',
  'costEntries',
];

/** Splits the workspace by project in one pass per list; records of unknown projects are left out. */
export function groupByProject(records: WorkspaceRecords): ProjectRecords[] {
  const byId = new Map<string, ProjectRecords>();
  for (const project of records.projects) {
    byId.set(project.id, {
      project,
      milestones: [],
      planItems: [],
      baselines: [],
      risks: [],
      issues: [],
      actions: [],
      statusReports: [],
      gateReviews: [],
      allocations: [],
      costEntries: [],
    });
  }
  for (const key of projectScopedKeys) {
    for (const record of records[key] as readonly { projectId: string }[]) {
      (byId.get(record.projectId)?.[key] as { projectId: string }[] | undefined)?.push(record);
    }
  }
  return [...byId.values()];
}

/** The most recent baseline by date taken (then by creation), the one slips and PV are measured against. */
export function findLatestBaseline(baselines: readonly Baseline[]): Baseline | undefined {
  let latest: Baseline | undefined;
  for (const baseline of baselines) {
    if (
      !latest ||
      baseline.takenOn > latest.takenOn ||
      (baseline.takenOn === latest.takenOn && baseline.createdAt > latest.createdAt)
    ) {
      latest = baseline;
    }
  }
  return latest;
}
