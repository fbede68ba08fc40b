import type { ProjectFacts } from '../../health/project-facts';
import { runHealthChecks } from '../../health/run-health-checks';
import type { Finding, Severity } from '../../health/types';
import type { Rag } from '../../schemas/common';
import type { Template } from '../../schemas/methodology';
import { defaultWorkspaceSettings, type WorkspaceSettingsFields } from '../../schemas/workspace-settings';
import type { EarnedValueIndicators } from '../earned-value/indicators';
import { type RagSuggestion, suggestRag } from '../rag/suggested-rag';
import { findOverAllocations, type OverAllocation } from '../resources/over-allocation';
import { summarizeRiskExposure } from '../risk/expected-monetary-value';
import { currentScore } from '../risk/risk-rating';
import { topRisks } from '../risk/top-risks';
import { findNextMilestone, type NextMilestone } from '../schedule/next-milestone';
import { createWorkingCalendar, type IsoDate, type WorkingCalendar } from '../schedule/working-calendar';
import { analyzeProject, type ProjectAnalysis } from './project-facts-builder';
import { groupByProject, type ProjectRecords, type WorkspaceRecords } from './workspace-records';

/** One project's line on the PMO's portfolio dashboard. */
export interface ProjectRollUp {
  projectId: string;
  code: string;
  name: string;
  state: string;
  managerName?: string;
  suggestedRag: RagSuggestion;
  /** The PM's overall light in the latest submitted report, to set beside the suggestion. */
  reportedRag?: { rag: Rag; periodEnd: string };
  earnedValue: EarnedValueIndicators;
  milestones: {
    maxSlipDays: number | null;
    maxMandatorySlipDays: number | null;
    overdueCount: number;
    next?: NextMilestone;
  };
  topRisks: { id: string; title: string; score: number }[];
  /** Σ EMV of open threats, as a positive amount in the workspace currency. */
  riskExposure: number;
  findings: Finding[];
  findingCounts: Record<Severity, number>;
}

export interface PortfolioRollUp {
  asOf: IsoDate;
  currency: string;
  projects: ProjectRollUp[];
  totals: {
    projects: number;
    bySuggestedRag: Record<Rag | 'unknown', number>;
    riskExposure: number;
    bac: number;
    findings: Record<Severity, number>;
  };
}

const activeStates = new Set(['proposed', 'active', 'on_hold']);

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

function latestSubmittedRag(facts: ProjectFacts): ProjectRollUp['reportedRag'] {
  let latest: ProjectRollUp['reportedRag'];
  for (const report of facts.statusReports) {
    if (report.state !== 'submitted') continue;
    if (!latest || report.periodEnd > latest.periodEnd)
      latest = { rag: report.overall.chosen, periodEnd: report.periodEnd };
  }
  return latest;
}

/** Over-allocated weeks grouped by the projects they involve, so each project sees only its own. */
function indexByProject(overAllocations: readonly OverAllocation[]): Map<string, OverAllocation[]> {
  const index = new Map<string, OverAllocation[]>();
  for (const entry of overAllocations) {
    for (const projectId of entry.projectIds) {
      const list = index.get(projectId);
      if (list) list.push(entry);
      else index.set(projectId, [entry]);
    }
  }
  return index;
}

/** One live project's analysis, kept whole so the dashboard extends the roll-up without a second pass. */
export interface AnalyzedProject {
  records: ProjectRecords;
  analysis: ProjectAnalysis;
  template?: Template;
  rollUp: ProjectRollUp;
}

/** The workspace-wide context every project's analysis shared. */
export interface PortfolioAnalysis {
  today: IsoDate;
  settings: WorkspaceSettingsFields;
  calendar: WorkingCalendar;
  projects: AnalyzedProject[];
}

/**
 * Analyses every live project once (docs/domain.md "Portfolio roll-up"): the one pass both
 * rollUpPortfolio and buildPortfolioDashboard read, so the API and the dashboard cannot disagree.
 */
export function analyzePortfolio(records: WorkspaceRecords, today: IsoDate): PortfolioAnalysis {
  const settings = records.settings ?? defaultWorkspaceSettings;
  const calendar = createWorkingCalendar(settings);
  const overAllocationsByProject = indexByProject(findOverAllocations(records.persons, records.allocations, settings));
  const templatesById = new Map(records.templates.map((template) => [template.id, template]));
  const projects: AnalyzedProject[] = [];
  for (const projectRecords of groupByProject(records)) {
    const { project } = projectRecords;
    if (!activeStates.has(project.state)) continue;
    const template = project.templateId ? templatesById.get(project.templateId) : undefined;
    const analysis = analyzeProject(projectRecords, {
      today,
      calendar,
      template,
      overAllocations: overAllocationsByProject.get(project.id) ?? [],
    });
    projects.push({
      records: projectRecords,
      analysis,
      template,
      rollUp: rollUpProject(projectRecords, analysis, settings),
    });
  }
  return { today, settings, calendar, projects };
}

function rollUpProject(
  projectRecords: ProjectRecords,
  { facts, earnedValue, milestones }: ProjectAnalysis,
  settings: WorkspaceSettingsFields,
): ProjectRollUp {
  const { project } = projectRecords;
  const findings = runHealthChecks(facts, settings);
  const next = findNextMilestone(projectRecords.milestones, milestones);
  return {
    projectId: project.id,
    code: project.code,
    name: project.name,
    state: project.state,
    managerName: project.managerName,
    suggestedRag: suggestRag(facts, settings),
    reportedRag: latestSubmittedRag(facts),
    earnedValue: earnedValue.indicators,
    milestones: {
      maxSlipDays: milestones.maxSlipDays,
      maxMandatorySlipDays: milestones.maxMandatorySlipDays,
      overdueCount: milestones.overdueIds.length,
      ...(next ? { next } : {}),
    },
    topRisks: topRisks(projectRecords.risks, 3).map((risk) => ({
      id: risk.id,
      title: risk.title,
      score: currentScore(risk),
    })),
    riskExposure: summarizeRiskExposure(projectRecords.risks, settings.riskMatrix.size).exposure,
    findings,
    findingCounts: countBySeverity(findings),
  };
}

/**
 * The portfolio view of a workspace (docs/domain.md "Portfolio roll-up"): per project the suggested RAG
 * per dimension with reasons, earned value, milestone slips, top risks and health findings; and
 * totals. Closed and cancelled projects are left out. Pure: `today` is the only clock.
 */
export function rollUpPortfolio(records: WorkspaceRecords, today: IsoDate): PortfolioRollUp {
  const analysis = analyzePortfolio(records, today);
  const projects = analysis.projects.map((entry) => entry.rollUp);
  return { asOf: today, currency: analysis.settings.currency, projects, totals: computePortfolioTotals(projects) };
}

/** The portfolio totals of the projects given: the one count the roll-up, the dashboard and its filter share. */
export function computePortfolioTotals(projects: readonly ProjectRollUp[]): PortfolioRollUp['totals'] {
  const totals: PortfolioRollUp['totals'] = {
    projects: projects.length,
    bySuggestedRag: { green: 0, amber: 0, red: 0, unknown: 0 },
    riskExposure: 0,
    bac: 0,
    findings: { info: 0, warning: 0, critical: 0 },
  };
  for (const project of projects) {
    totals.bySuggestedRag[project.suggestedRag.overall.rag ?? 'unknown'] += 1;
    totals.riskExposure += project.riskExposure;
    totals.bac += project.earnedValue.bac ?? 0;
    for (const severity of ['info', 'warning', 'critical'] as const)
      totals.findings[severity] += project.findingCounts[severity];
  }
  return totals;
}
