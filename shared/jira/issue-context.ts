import type { ProjectRecords, WorkspaceRecords } from '../analytics/portfolio';
import { analyzeProject } from '../analytics/portfolio/project-facts-builder';
import { suggestRag } from '../analytics/rag/suggested-rag';
import { findOverAllocations } from '../analytics/resources/over-allocation';
import { currentScore } from '../analytics/risk/risk-rating';
import { rankRisks, topRisks } from '../analytics/risk/top-risks';
import { findNextMilestone, type NextMilestone } from '../analytics/schedule/next-milestone';
import { createWorkingCalendar } from '../analytics/schedule/working-calendar';
import { formatMessageRef, type Language } from '../i18n/format-message';
import type { RiskMatrixSize } from '../risk-score';
import type { GateReview } from '../schemas/gate-review';
import type { Template } from '../schemas/methodology';
import type { Project } from '../schemas/project';
import type { Decision } from '../schemas/raid';
import type { Source } from '../schemas/risk';
import { defaultWorkspaceSettings } from '../schemas/workspace-settings';
import { isSameJiraKey } from './jira-keys';

/** The records the overlay reads: the portfolio's, plus decisions (a decision may be linked to an issue). */
export interface JiraContextRows extends WorkspaceRecords {
  decisions: readonly Decision[];
}

export type LinkTargetKind = 'milestone' | 'planItem';

/** What the Jira overlay shows about the PMO project a Jira project maps to, and about one issue. */
export interface JiraContext {
  project: { id: string; code: string; name: string } | null;
  /** The suggested overall RAG (shared/analytics/rag); null without a project or enough data. */
  rag: 'green' | 'amber' | 'red' | null;
  ragReason?: string;
  topRisks: { id: string; title: string; score: number }[];
  /** The workspace's risk matrix, which every score chip is banded on (bandOfScore). */
  riskMatrix: RiskMatrixSize;
  nextMilestone: NextMilestone | null;
  /** A gate review waiting for its decision (`requested`), else the next phase's gate (`upcoming`). */
  pendingGate: { phase: string; status: string } | null;
  /** The milestone or plan item the issue is linked to (its `jiraKey` is the issue's key). */
  rollUp: { kind: LinkTargetKind; id: string; title: string } | null;
  linkedRisks: { id: string; title: string; score: number; status: string }[];
  linkedRecords: { kind: 'issue' | 'decision' | 'action'; id: string; title: string; status?: string }[];
  /** The project's milestones and plan items the issue may be linked to: those not linked to an issue yet. */
  linkTargets: { kind: LinkTargetKind; id: string; title: string }[];
}

export interface JiraContextQuery {
  jiraProjectKey: string;
  /** The issue shown (full page or modal); absent on boards. */
  issueKey?: string;
  /** `YYYY-MM-DD`: the analytics never read the clock. */
  today: string;
  /** Language of `ragReason`; the workspace's by default. */
  language?: Language;
}

const emptyContext: JiraContext = {
  project: null,
  rag: null,
  topRisks: [],
  riskMatrix: defaultWorkspaceSettings.riskMatrix,
  nextMilestone: null,
  pendingGate: null,
  rollUp: null,
  linkedRisks: [],
  linkedRecords: [],
  linkTargets: [],
};

const liveStates = new Set(['proposed', 'active', 'on_hold']);

/**
 * The PMO project mapped to a Jira project (its `jiraProjectKeys` holds the key). Should two hold
 * it, a live project wins over a closed one, then the lower code, so every client picks the same.
 */
export function findMappedProject(projects: readonly Project[], jiraProjectKey: string): Project | undefined {
  const mapped = projects.filter((project) =>
    (project.jiraProjectKeys ?? []).some((key) => isSameJiraKey(key, jiraProjectKey)),
  );
  const rank = (project: Project) => (liveStates.has(project.state) ? 0 : 1);
  return mapped.sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code) || a.id.localeCompare(b.id))[0];
}

function recordsOfProject(rows: JiraContextRows, projectId: string): ProjectRecords & { project: Project } {
  const own = <T extends { projectId?: string }>(list: readonly T[]) =>
    list.filter((row) => row.projectId === projectId);
  return {
    project: rows.projects.find((project) => project.id === projectId)!,
    milestones: own(rows.milestones),
    planItems: own(rows.planItems),
    baselines: own(rows.baselines),
    risks: own(rows.risks),
    issues: own(rows.issues),
    actions: own(rows.actions),
    statusReports: own(rows.statusReports),
    gateReviews: own(rows.gateReviews),
    allocations: own(rows.allocations),
    costEntries: own(rows.costEntries),
  };
}

/** A gate review still waiting for its decision, else the gate of the phase after the current one. */
function findPendingGate(
  project: Project,
  template: Template | undefined,
  reviews: readonly GateReview[],
): JiraContext['pendingGate'] {
  const phaseName = (phaseId: string) => template?.phases.find((phase) => phase.id === phaseId)?.name ?? phaseId;
  const waiting = reviews
    .filter((review) => review.status === 'requested')
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];
  if (waiting) return { phase: phaseName(waiting.toPhaseId), status: 'requested' };
  if (!template || !project.currentPhaseId) return null;
  const current = template.phases.findIndex((phase) => phase.id === project.currentPhaseId);
  const next = current >= 0 ? template.phases[current + 1] : undefined;
  return next?.gate ? { phase: next.name, status: 'upcoming' } : null;
}

const isFromIssue = (issueKey: string) => (record: { source?: Source }) =>
  isSameJiraKey(record.source?.jiraKey, issueKey);

/** Links of one issue: the item it rolls up to, the risks and RAID records raised from it. */
function describeIssueLinks(rows: JiraContextRows, issueKey: string) {
  const milestone = rows.milestones.find((row) => isSameJiraKey(row.jiraKey, issueKey));
  const planItem = milestone ? undefined : rows.planItems.find((row) => isSameJiraKey(row.jiraKey, issueKey));
  const rollUp: JiraContext['rollUp'] = milestone
    ? { kind: 'milestone', id: milestone.id, title: milestone.title }
    : planItem
      ? { kind: 'planItem', id: planItem.id, title: planItem.title }
      : null;
  const fromIssue = isFromIssue(issueKey);
  const linkedRisks = rankRisks(rows.risks.filter(fromIssue)).map((risk) => ({
    id: risk.id,
    title: risk.title,
    score: currentScore(risk),
    status: risk.status,
  }));
  const linkedRecords: JiraContext['linkedRecords'] = [
    ...rows.issues
      .filter(fromIssue)
      .map((issue) => ({ kind: 'issue' as const, id: issue.id, title: issue.title, status: issue.status })),
    ...rows.decisions
      .filter(fromIssue)
      .map((decision) => ({ kind: 'decision' as const, id: decision.id, title: decision.statement })),
    ...rows.actions.filter(fromIssue).map((action) => ({
      kind: 'action' as const,
      id: action.id,
      title: action.title,
      status: action.done ? 'done' : 'open',
    })),
  ];
  return { rollUp, linkedRisks, linkedRecords };
}

/** Items not linked to any issue yet: linking never takes another issue's link away. */
function listLinkTargets(records: ProjectRecords): JiraContext['linkTargets'] {
  const isFree = (row: { jiraKey?: string }) => !row.jiraKey;
  return [
    ...records.milestones
      .filter(isFree)
      .sort((a, b) => a.forecastDate.localeCompare(b.forecastDate) || a.title.localeCompare(b.title))
      .map((milestone) => ({ kind: 'milestone' as const, id: milestone.id, title: milestone.title })),
    ...records.planItems
      .filter(isFree)
      .sort((a, b) => (a.end ?? '9999').localeCompare(b.end ?? '9999') || a.title.localeCompare(b.title))
      .map((item) => ({ kind: 'planItem' as const, id: item.id, title: item.title })),
  ];
}

/**
 * What the Jira overlay shows: the PMO project mapped to `jiraProjectKey`, its suggested RAG with
 * the reason, top 3 risks by current score, next milestone with its slip in working days, pending
 * gate; and for `issueKey` the item it rolls up to, the risks and records raised from it (by
 * `source.jiraKey`), and the items it could be linked to. Reuses shared/analytics; pure.
 */
export function describeJiraContext(rows: JiraContextRows, query: JiraContextQuery): JiraContext {
  const project = findMappedProject(rows.projects, query.jiraProjectKey);
  if (!project) return emptyContext;
  const settings = rows.settings ?? defaultWorkspaceSettings;
  const records = recordsOfProject(rows, project.id);
  const template = project.templateId ? rows.templates.find((row) => row.id === project.templateId) : undefined;
  const overAllocations = findOverAllocations(rows.persons, rows.allocations, settings).filter((week) =>
    week.projectIds.includes(project.id),
  );
  const analysis = analyzeProject(records, {
    today: query.today,
    calendar: createWorkingCalendar(settings),
    template,
    overAllocations,
  });
  const overall = suggestRag(analysis.facts, settings).overall;
  const links = query.issueKey
    ? { ...describeIssueLinks(rows, query.issueKey), linkTargets: listLinkTargets(records) }
    : { rollUp: null, linkedRisks: [], linkedRecords: [], linkTargets: [] };
  return {
    project: { id: project.id, code: project.code, name: project.name },
    rag: overall.rag,
    ragReason: formatMessageRef(query.language ?? settings.language, overall.reason),
    topRisks: topRisks(records.risks, 3).map((risk) => ({ id: risk.id, title: risk.title, score: currentScore(risk) })),
    riskMatrix: settings.riskMatrix,
    nextMilestone: findNextMilestone(records.milestones, analysis.milestones),
    pendingGate: findPendingGate(project, template, records.gateReviews),
    ...links,
  };
}
