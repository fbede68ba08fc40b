import type { ProjectRecords } from '../../shared/analytics/portfolio/workspace-records';
import { rankRisks } from '../../shared/analytics/risk/top-risks';
import type { EntityName } from '../../shared/entities';
import { sortTemplatesForChoice } from '../../shared/methodology/project-start';
import type { RiskMatrixSize } from '../../shared/risk-score';
import type { CostEntry } from '../../shared/schemas/costs';
import type { GateReview } from '../../shared/schemas/gate-review';
import type { Template } from '../../shared/schemas/methodology';
import type { Baseline, Milestone, PlanItem } from '../../shared/schemas/plan';
import type { Project } from '../../shared/schemas/project';
import type { Action, Decision, Issue } from '../../shared/schemas/raid';
import type { Allocation, Person, Raci } from '../../shared/schemas/resources';
import type { Risk } from '../../shared/schemas/risk';
import type { StatusReport } from '../../shared/schemas/status-report';
import type { WorkspaceSettings, WorkspaceSettingsFields } from '../../shared/schemas/workspace-settings';
import type { AccessNoticeRow, ConnectionRow, MutationErrorRow, PmoDatabase } from './database';
import { listProjectRecords, listRecords, readRecord } from './read-records';
import { readSetting } from './settings';

/** Reads for extension pages, meant to run inside useLiveQuery; each answers null rather than undefined. */

/** The workspace the popup shows: the chosen one, else the first joined. */
export async function readActiveConnection(db: PmoDatabase): Promise<ConnectionRow | null> {
  const activeId = await readSetting(db, 'activeWorkspaceId');
  const active = activeId ? await db.connections.get(activeId) : undefined;
  return active ?? (await listConnections(db))[0] ?? null;
}

/** Every joined workspace, oldest first. */
export async function listConnections(db: PmoDatabase): Promise<ConnectionRow[]> {
  const connections = await db.connections.toArray();
  return connections.sort((a, b) => a.connectedAt.localeCompare(b.connectedAt));
}

/** The last server address that answered, or null. */
export async function readLastServerUrl(db: PmoDatabase): Promise<string | null> {
  return (await readSetting(db, 'lastServerUrl')) ?? null;
}

/** A workspace's projects by code. */
export async function listProjects(db: PmoDatabase, workspaceId: string): Promise<Project[]> {
  const projects = await listRecords<Project>(db, workspaceId, 'project');
  return projects.sort((a, b) => a.code.localeCompare(b.code));
}

/** A project's risks in the shared ranking (rankRisks): highest current score first. */
export async function listRisks(db: PmoDatabase, workspaceId: string, projectId: string): Promise<Risk[]> {
  return rankRisks(await listProjectRecords<Risk>(db, workspaceId, 'risk', projectId));
}

/** The workspace's risk matrix, which the score bands are read on; null before its settings first sync. */
export async function readRiskMatrix(db: PmoDatabase, workspaceId: string): Promise<RiskMatrixSize | null> {
  const [settings] = await listRecords<WorkspaceSettings>(db, workspaceId, 'settings');
  return settings?.riskMatrix ?? null;
}

/** Refused mutations the user has not dismissed, oldest first. */
export async function listOpenMutationErrors(db: PmoDatabase, workspaceId: string): Promise<MutationErrorRow[]> {
  const rows = await db.mutationErrors.where('workspaceId').equals(workspaceId).toArray();
  return rows
    .filter((row) => row.dismissed === 0)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id);
}

/** Workspaces lost without the user leaving them, oldest first. */
export async function listAccessNotices(db: PmoDatabase): Promise<AccessNoticeRow[]> {
  const rows = await db.accessNotices.toArray();
  return rows.sort((a, b) => a.at.localeCompare(b.at));
}

/** What the workspace app reads for one project: its records, and the workspace-wide ones it is judged with. */
export interface ProjectWorkspaceRows {
  settings: WorkspaceSettingsFields | undefined;
  templates: Template[];
  persons: Person[];
  /** Every allocation of the workspace: over-allocation counts a person's load on every project. */
  allAllocations: Allocation[];
  /** Every project of the workspace, by code: whose load and managers the resource screens name. */
  allProjects: Project[];
  records: ProjectRecords;
  decisions: Decision[];
  raci: Raci[];
}

/** One project's records for the workspace app; null when the project is not (or no longer) there. */
export async function readProjectWorkspace(
  db: PmoDatabase,
  workspaceId: string,
  projectId: string,
): Promise<ProjectWorkspaceRows | null> {
  const project = await readRecord<Project>(db, workspaceId, 'project', projectId);
  if (!project) return null;
  const of = <T>(entity: EntityName) => listProjectRecords<T>(db, workspaceId, entity, projectId);
  const [settingsRows, templates, persons, allAllocations, allProjects] = await Promise.all([
    listRecords<WorkspaceSettingsFields>(db, workspaceId, 'settings'),
    listRecords<Template>(db, workspaceId, 'template'),
    listRecords<Person>(db, workspaceId, 'person'),
    listRecords<Allocation>(db, workspaceId, 'allocation'),
    listProjects(db, workspaceId),
  ]);
  const [
    milestones,
    planItems,
    baselines,
    risks,
    issues,
    actions,
    statusReports,
    gateReviews,
    decisions,
    raci,
    costEntries,
  ] = await Promise.all([
    of<Milestone>('milestone'),
    of<PlanItem>('planItem'),
    of<Baseline>('baseline'),
    of<Risk>('risk'),
    of<Issue>('issue'),
    of<Action>('action'),
    of<StatusReport>('statusReport'),
    of<GateReview>('gateReview'),
    of<Decision>('decision'),
    of<Raci>('raci'),
    of<CostEntry>('costEntry'),
  ]);
  return {
    settings: settingsRows[0],
    templates,
    persons,
    allAllocations,
    allProjects,
    records: {
      project,
      milestones,
      planItems,
      baselines,
      risks,
      issues,
      actions,
      statusReports,
      gateReviews,
      allocations: allAllocations.filter((allocation) => allocation.projectId === projectId),
      costEntries,
    },
    decisions,
    raci,
  };
}

/** The workspace's methodology templates in the order a new project is offered them (built-in first). */
export async function listTemplates(db: PmoDatabase, workspaceId: string): Promise<Template[]> {
  return sortTemplatesForChoice(await listRecords<Template>(db, workspaceId, 'template'));
}

/** The workspace's settings record, or null before anyone saved one (every screen then reads the defaults). */
export async function readWorkspaceSettings(db: PmoDatabase, workspaceId: string): Promise<WorkspaceSettings | null> {
  return (await listRecords<WorkspaceSettings>(db, workspaceId, 'settings'))[0] ?? null;
}
