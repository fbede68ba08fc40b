import type { MilestoneFact, ProjectFacts } from '../../health/project-facts';
import type { Template } from '../../schemas/methodology';
import { analyzeProjectEarnedValue, type ProjectEarnedValue } from '../earned-value/project-earned-value';
import type { OverAllocation } from '../resources/over-allocation';
import { assessMilestones, type MilestoneOverview } from '../schedule/milestone-trend';
import type { IsoDate, WorkingCalendar } from '../schedule/working-calendar';
import { findLatestBaseline, type ProjectRecords } from './workspace-records';

export interface ProjectAnalysis {
  facts: ProjectFacts;
  earnedValue: ProjectEarnedValue;
  milestones: MilestoneOverview;
}

export interface ProjectAnalysisContext {
  today: IsoDate;
  calendar: WorkingCalendar;
  template?: Template;
  /** The workspace's over-allocated person-weeks that involve this project. */
  overAllocations: readonly OverAllocation[];
}

/** Turns null ("not known") into undefined, the "no data" of ProjectMetrics. */
const known = (value: number | null): number | undefined => (value === null ? undefined : value);

/**
 * Computes one project's earned value and milestone slips against its latest baseline, and packs
 * them with its records into the facts the health checks and the suggested RAG read.
 */
export function analyzeProject(records: ProjectRecords, context: ProjectAnalysisContext): ProjectAnalysis {
  const baseline = findLatestBaseline(records.baselines);
  const earnedValue = analyzeProjectEarnedValue({
    asOf: context.today,
    calendar: context.calendar,
    planItems: records.planItems,
    project: records.project,
    baseline,
    costEntries: records.costEntries,
  });
  const milestones = assessMilestones(records.milestones, {
    calendar: context.calendar,
    today: context.today,
    baseline,
  });
  const statusById = new Map(milestones.milestones.map((status) => [status.milestoneId, status]));
  const milestoneFacts: MilestoneFact[] = records.milestones.map((milestone) => {
    const status = statusById.get(milestone.id);
    return { ...milestone, slipDays: status?.slipDays ?? undefined, isOverdue: status?.isOverdue ?? false };
  });
  const { indicators } = earnedValue;
  const facts: ProjectFacts = {
    today: context.today,
    project: records.project,
    template: context.template,
    risks: records.risks,
    issues: records.issues,
    actions: records.actions,
    milestones: milestoneFacts,
    statusReports: records.statusReports,
    gateReviews: records.gateReviews,
    allocations: records.allocations,
    overAllocations: context.overAllocations,
    metrics: {
      spi: known(indicators.spi),
      cpi: known(indicators.cpi),
      vac: known(indicators.vacCpi),
      bac: known(indicators.bac),
      worstMandatorySlipDays: known(milestones.maxMandatorySlipDays),
      hasBaseline: baseline !== undefined,
    },
  };
  return { facts, earnedValue, milestones };
}
