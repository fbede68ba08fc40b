import type { ProjectFacts } from '../../health/project-facts';
import { runHealthChecks } from '../../health/run-health-checks';
import type { Finding, Severity } from '../../health/types';
import type { Rag } from '../../schemas/common';
import { defaultWorkspaceSettings } from '../../schemas/workspace-settings';
import type { EarnedValueIndicators } from '../earned-value/indicators';
import { type RagSuggestion, suggestRag } from '../rag/suggested-rag';
import { findOverAllocations, type OverAllocation } from '../resources/over-allocation';
import { summarizeRiskExposure } from '../risk/expected-monetary-value';
import { currentScore } from '../risk/risk-rating';
import { topRisks } from '../risk/top-risks';
import { findNextMilestone, type NextMilestone } from '../schedule/next-milestone';
import { createWorkingCalendar, type IsoDate } from '../schedule/working-calendar';
import { analyzeProject } from './project-facts-builder';
import { groupByProject, type WorkspaceRecords } from './workspace-records';

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

/**
 * The portfolio view of a workspace (docs/domain.md "Portfolio roll-up"): per project the suggested RAG
 * per dimension with reasons, earned value, milestone slips, top risks and health findings; and
 * totals. Closed and cancelled projects are left out. Pure: `today` is the only clock.
 */
export function rollUpPortfolio(records: WorkspaceRecords, today: IsoDate): PortfolioRollUp {
  const settings = records.settings ?? defaultWorkspaceSettings;
  const calendar = createWorkingCalendar(settings);
  const overAllocationsByProject = indexByProject(findOverAllocations(records.persons, records.allocations, settings));
  const templatesById = new Map(records.templates.map((template) => [template.id, template]));
  const projects: ProjectRollUp[] = [];
  for (const projectRecords of groupByProject(records)) {
    const { project } = projectRecords;
    if (!activeStates.has(project.state)) continue;
    const { facts, earnedValue, milestones } = analyzeProject(projectRecords, {
      today,
      calendar,
      template: project.templateId ? templatesById.get(project.templateId) : undefined,
      overAllocations: overAllocationsByProject.get(project.id) ?? [],
    });
    const findings = runHealthChecks(facts, settings);
    const next = findNextMilestone(projectRecords.milestones, milestones);
    projects.push({
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
    });
  }
  return { asOf: today, currency: settings.currency, projects, totals: totalsOf(projects) };
}

function totalsOf(projects: readonly ProjectRollUp[]): PortfolioRollUp['totals'] {
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
