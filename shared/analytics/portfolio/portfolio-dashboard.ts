import type { Finding, Severity } from '../../health/types';
import { listUnmetMustMeet } from '../../methodology/gate-criteria';
import { computeWeightedGateScore } from '../../methodology/gate-score';
import type { Rag } from '../../schemas/common';
import type { GateReview } from '../../schemas/gate-review';
import type { Template } from '../../schemas/methodology';
import { type RagDimension, ragDimensions, type StatusReport } from '../../schemas/status-report';
import type { WorkspaceSettingsFields } from '../../schemas/workspace-settings';
import { ragRank } from '../rag/rag-scale';
import { fromDayNumber, mondayOf, toDayNumber } from '../resources/iso-day';
import { computeWeeklyCapacities, computeWeeklyLoads } from '../resources/over-allocation';
import { emvOfRisk } from '../risk/expected-monetary-value';
import { currentScore, isOpenThreat, ratingOf } from '../risk/risk-rating';
import { assessMilestoneTrend, buildMilestoneTrend } from '../schedule/milestone-trend';
import type { IsoDate } from '../schedule/working-calendar';
import type {
  CapacityRow,
  DashboardProject,
  FindingLeague,
  PendingGate,
  PortfolioCapacity,
  PortfolioDashboard,
  PortfolioHeatMap,
  PortfolioRisk,
  RagMove,
} from './dashboard-types';
import {
  type AnalyzedProject,
  analyzePortfolio,
  computePortfolioTotals,
  type PortfolioAnalysis,
} from './roll-up-portfolio';
import type { WorkspaceRecords } from './workspace-records';

/** How many risks the portfolio's top list (and each project's share of it) holds. */
export const portfolioTopRiskCount = 10;
/** ISO weeks of the capacity grid by default: the week before this one, this one and ten ahead. */
export const defaultCapacityWeeks = 12;

const watermelonRuleId = 'status-watermelon';
const severities: readonly Severity[] = ['info', 'warning', 'critical'];

/** Submitted reports, latest first; on equal period ends the earlier-listed one stays first, as rollUpPortfolio picks it. */
function submittedLatestFirst(reports: readonly StatusReport[]): StatusReport[] {
  return reports
    .filter((report) => report.state === 'submitted')
    .sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
}

function moveOf(previous: Rag | undefined, latest: Rag | undefined): RagMove | undefined {
  if (!previous || !latest) return undefined;
  const delta = ragRank(latest) - ragRank(previous);
  return delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same';
}

/** The chosen lights of the latest submitted report and how each moved from the one before (ragRank). */
function readReportedLights(
  reports: readonly StatusReport[],
): Pick<DashboardProject, 'reportedDimensions' | 'ragMoves'> {
  const [latest, previous] = submittedLatestFirst(reports);
  const reportedDimensions: DashboardProject['reportedDimensions'] = {};
  const ragMoves: DashboardProject['ragMoves'] = {};
  if (!latest) return { reportedDimensions, ragMoves };
  for (const dimension of ragDimensions) {
    const chosen = latest.dimensions[dimension]?.chosen;
    if (chosen) reportedDimensions[dimension] = chosen;
    const move = moveOf(previous?.dimensions[dimension]?.chosen, chosen);
    if (move) ragMoves[dimension] = move;
  }
  const overallMove = moveOf(previous?.overall.chosen, latest.overall.chosen);
  if (overallMove) ragMoves.overall = overallMove;
  return { reportedDimensions, ragMoves };
}

/** Open threats ranked by exposure (the largest EMV first, unknown EMV last), then by current score. */
function rankThreatsByExposure(entry: AnalyzedProject, matrixSize: number): PortfolioRisk[] {
  const { project, risks } = entry.records;
  const ranked: PortfolioRisk[] = [];
  for (const risk of risks) {
    if (!isOpenThreat(risk)) continue;
    const emv = emvOfRisk(risk, matrixSize, 'residual');
    ranked.push({
      projectId: project.id,
      projectCode: project.code,
      riskId: risk.id,
      title: risk.title,
      score: currentScore(risk),
      // emvOfRisk signs a threat negative (PMBOK); exposure reads it as a positive amount.
      emv: emv === undefined ? null : Math.abs(emv),
      ratings: {
        probability: risk.probability,
        impact: risk.impact,
        residualProbability: risk.residualProbability,
        residualImpact: risk.residualImpact,
      },
    });
  }
  return sortByExposure(ranked).slice(0, portfolioTopRiskCount);
}

/** Exposure first, then score, then project code and risk id so the order never depends on input order. */
export function sortByExposure(risks: PortfolioRisk[]): PortfolioRisk[] {
  return risks.sort(
    (a, b) =>
      (b.emv ?? -1) - (a.emv ?? -1) ||
      b.score - a.score ||
      compareText(a.projectCode, b.projectCode) ||
      compareText(a.riskId, b.riskId),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function phaseOf(entry: AnalyzedProject): DashboardProject['phase'] {
  const phaseId = entry.records.project.currentPhaseId;
  const phase = phaseId ? entry.template?.phases.find((each) => each.id === phaseId) : undefined;
  return phase ? { id: phase.id, name: phase.name } : undefined;
}

function toDashboardProject(
  entry: AnalyzedProject,
  settings: WorkspaceSettingsFields,
  calendar: Parameters<typeof assessMilestoneTrend>[1],
): DashboardProject {
  const { project, statusReports } = entry.records;
  const milestoneIds = new Set(entry.records.milestones.map((milestone) => milestone.id));
  return {
    ...entry.rollUp,
    ...(project.managerId !== undefined ? { managerId: project.managerId } : {}),
    ...(project.sponsor?.name ? { sponsorName: project.sponsor.name } : {}),
    ...(phaseOf(entry) ? { phase: phaseOf(entry) } : {}),
    ...(project.strategicPriority !== undefined ? { strategicPriority: project.strategicPriority } : {}),
    ...(project.expectedBenefit !== undefined ? { expectedBenefit: project.expectedBenefit } : {}),
    ...readReportedLights(statusReports),
    isWatermelon: entry.rollUp.findings.some((finding) => finding.ruleId === watermelonRuleId),
    milestoneTrends: buildMilestoneTrend(statusReports)
      .filter((series) => milestoneIds.has(series.milestoneId))
      .map((series) => assessMilestoneTrend(series, calendar)),
    rankedThreats: rankThreatsByExposure(entry, settings.riskMatrix.size),
  };
}

/** The heat map of every open threat of the projects given, on the workspace matrix, residual (current) basis. */
function buildPortfolioHeatMap(entries: readonly AnalyzedProject[], size: number): PortfolioHeatMap {
  const counts = Array.from({ length: size }, () => Array.from({ length: size }, () => 0));
  const cells = Array.from({ length: size }, () =>
    Array.from({ length: size }, (): { projectId: string; riskId: string }[] => []),
  );
  let total = 0;
  for (const entry of entries) {
    for (const risk of entry.records.risks) {
      if (!isOpenThreat(risk)) continue;
      const { probability, impact } = ratingOf(risk, 'residual');
      // A rating outside the matrix (after it shrank) has no cell, as in the project heat map.
      if (probability < 1 || impact < 1 || probability > size || impact > size) continue;
      counts[probability - 1][impact - 1] += 1;
      cells[probability - 1][impact - 1].push({ projectId: entry.records.project.id, riskId: risk.id });
      total += 1;
    }
  }
  return { size, counts, cells, total };
}

/** The capacity window: `weeks` ISO weeks from the Monday of the week before `today`'s. */
export function listCapacityWeeks(today: IsoDate, weeks = defaultCapacityWeeks): string[] {
  const first = mondayOf(toDayNumber(today)) - 7;
  return Array.from({ length: Math.max(0, weeks) }, (_, index) => fromDayNumber(first + index * 7));
}

/**
 * Person × week load across every project, counted by computeWeeklyLoads exactly as the Resources
 * tab counts it (docs/domain.md "Over-allocation"); rows of people with a load in the window, by name.
 */
function buildCapacity(
  records: WorkspaceRecords,
  settings: WorkspaceSettingsFields,
  today: IsoDate,
  weeks?: number,
): PortfolioCapacity {
  const weekStarts = listCapacityWeeks(today, weeks);
  if (weekStarts.length === 0) return { weekStarts, rows: [], overAllocatedCount: 0 };
  const window = { from: weekStarts[0], to: fromDayNumber(toDayNumber(weekStarts[weekStarts.length - 1]) + 6) };
  const loads = computeWeeklyLoads(records.persons, records.allocations, settings, window);
  const loadsByPerson = new Map<string, Map<string, (typeof loads)[number]>>();
  for (const load of loads) {
    const byWeek = loadsByPerson.get(load.personId) ?? new Map();
    byWeek.set(load.weekStart, load);
    loadsByPerson.set(load.personId, byWeek);
  }
  const rows: CapacityRow[] = [];
  for (const person of records.persons) {
    const byWeek = loadsByPerson.get(person.id);
    if (!byWeek) continue;
    loadsByPerson.delete(person.id);
    const capacities = computeWeeklyCapacities(person, settings, weekStarts);
    rows.push({
      personId: person.id,
      name: person.name,
      weeks: weekStarts.map((weekStart, index) => {
        const load = byWeek.get(weekStart);
        return {
          weekStart,
          allocatedHours: load?.allocatedHours ?? 0,
          capacityHours: load?.capacityHours ?? capacities[index],
          isOverAllocated: (load?.overBy ?? 0) > 0,
          projectIds: load?.projectIds ?? [],
        };
      }),
    });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name) || compareText(a.personId, b.personId));
  return { weekStarts, rows, overAllocatedCount: countOverAllocated(rows) };
}

export function countOverAllocated(rows: readonly CapacityRow[]): number {
  let count = 0;
  for (const row of rows) for (const week of row.weeks) if (week.isOverAllocated) count += 1;
  return count;
}

const emptyCounts = (): Record<Severity, number> => ({ info: 0, warning: 0, critical: 0 });

/** Findings by project (most critical first) and by rule (most frequent first). */
export function buildFindingLeague(
  projects: readonly Pick<DashboardProject, 'projectId' | 'code' | 'findings' | 'findingCounts'>[],
): FindingLeague {
  const byRule = new Map<string, FindingLeague['byRule'][number]>();
  const byProject: FindingLeague['byProject'] = [];
  for (const project of projects) {
    const total = severities.reduce((sum, severity) => sum + project.findingCounts[severity], 0);
    if (total > 0)
      byProject.push({ projectId: project.projectId, code: project.code, counts: { ...project.findingCounts }, total });
    for (const finding of project.findings as readonly Finding[]) {
      let rule = byRule.get(finding.ruleId);
      if (!rule) {
        rule = { ruleId: finding.ruleId, counts: emptyCounts(), total: 0, projectIds: [] };
        byRule.set(finding.ruleId, rule);
      }
      rule.counts[finding.severity] += 1;
      rule.total += 1;
      if (!rule.projectIds.includes(project.projectId)) rule.projectIds.push(project.projectId);
    }
  }
  const bySeverity = (a: { counts: Record<Severity, number>; total: number }, b: typeof a) =>
    b.counts.critical - a.counts.critical || b.counts.warning - a.counts.warning || b.total - a.total;
  byProject.sort((a, b) => bySeverity(a, b) || compareText(a.code, b.code));
  return {
    byProject,
    byRule: [...byRule.values()].sort((a, b) => bySeverity(a, b) || compareText(a.ruleId, b.ruleId)),
  };
}

function pendingGateOf(review: GateReview, entry: AnalyzedProject): PendingGate {
  const template: Template | undefined = entry.template;
  const phaseName = (id: string | undefined) =>
    id ? template?.phases.find((phase) => phase.id === id)?.name : undefined;
  const gate = template?.phases.find((phase) => phase.id === review.toPhaseId)?.gate;
  const score = gate ? computeWeightedGateScore(gate, review.shouldMeet) : undefined;
  const { project } = entry.records;
  const fromPhaseName = phaseName(review.fromPhaseId);
  return {
    reviewId: review.id,
    projectId: project.id,
    projectCode: project.code,
    projectName: project.name,
    ...(fromPhaseName ? { fromPhaseName } : {}),
    toPhaseName: phaseName(review.toPhaseId) ?? review.toPhaseId,
    requestedBy: review.requestedBy,
    requestedAt: review.requestedAt,
    unmetMustMeet: listUnmetMustMeet(review.mustMeet).length,
    weightedScore: score?.score ?? null,
    passScore: score ? score.passScore : null,
  };
}

/**
 * Everything the PMO dashboard shows, from one analysis of the workspace (docs/domain.md "Portfolio
 * dashboard"): the roll-up of each live project plus sponsor, phase, reported lights and their moves,
 * watermelon flag and milestone trends; the heat map of open threats; the top risks by exposure;
 * capacity person × ISO week; the findings league; and the gate reviews waiting for a decision,
 * oldest first. Pure: `today` is the only clock.
 */
export function buildPortfolioDashboard(
  records: WorkspaceRecords,
  today: IsoDate,
  options: { weeks?: number } = {},
): PortfolioDashboard {
  const analysis = analyzePortfolio(records, today);
  const { settings } = analysis;
  const projects = toDashboardProjects(analysis);
  const pendingGates: PendingGate[] = [];
  for (const entry of analysis.projects) {
    for (const review of entry.records.gateReviews) {
      if (review.status === 'requested') pendingGates.push(pendingGateOf(review, entry));
    }
  }
  pendingGates.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || compareText(a.reviewId, b.reviewId));
  return {
    asOf: today,
    currency: settings.currency,
    projects,
    totals: computePortfolioTotals(projects),
    heatMap: buildPortfolioHeatMap(analysis.projects, settings.riskMatrix.size),
    topRisks: mergeTopRisks(projects),
    capacity: buildCapacity(records, settings, today, options.weeks),
    findingLeague: buildFindingLeague(projects),
    pendingGates,
  };
}

/** The dashboard rows of an analysed portfolio, in its order. */
export function toDashboardProjects(analysis: PortfolioAnalysis): DashboardProject[] {
  return analysis.projects.map((entry) => toDashboardProject(entry, analysis.settings, analysis.calendar));
}

/** The portfolio's top risks: the best of each project's ranked threats. */
export function mergeTopRisks(projects: readonly Pick<DashboardProject, 'rankedThreats'>[]): PortfolioRisk[] {
  return sortByExposure(projects.flatMap((project) => project.rankedThreats)).slice(0, portfolioTopRiskCount);
}

/** The reported light of one dimension, or `none`, as the grid's `data-reported` reads it. */
export function reportedLightOf(project: DashboardProject, dimension: RagDimension | 'overall'): Rag | 'none' {
  if (dimension === 'overall') return project.reportedRag?.rag ?? 'none';
  return project.reportedDimensions[dimension] ?? 'none';
}
