import type { BaselineFields } from '../../schemas/plan';
import type { ProjectFields } from '../../schemas/project';
import type { IsoDate, WorkingCalendar } from '../schedule/working-calendar';
import { computeEarnedValueIndicators, type EarnedValueIndicators } from './indicators';
import { type BudgetedItem, type PhasedPlan, phasePlannedValue, plannedValueAsOf } from './planned-value';

/** A plan item with its progress; a `PlanItem` fits. */
export interface ProgressItem extends BudgetedItem {
  /** 0–100. */
  percentComplete?: number;
  actualCost?: number;
}

/** What {@link analyzeProjectEarnedValue} reads; records from the schemas fit. */
export interface ProjectEarnedValueInput {
  asOf: IsoDate;
  calendar: WorkingCalendar;
  planItems: readonly ProgressItem[];
  project?: Pick<ProjectFields, 'bac' | 'actualCost'>;
  /** The baseline PV is measured against; without one the current plan stands in. */
  baseline?: Pick<BaselineFields, 'items' | 'bac'>;
}

/**
 * Where item budgets came from: their planned values, the BAC shared out by duration when no item
 * has one, or nowhere (PV and EV unknown).
 */
export type BudgetBasis = 'planned_value' | 'bac_by_duration' | 'none';

/** One project's earned value as of a date. */
export interface ProjectEarnedValue {
  asOf: IsoDate;
  /** BAC, PV, EV, AC and every indicator; see {@link EarnedValueIndicators}. */
  indicators: EarnedValueIndicators;
  budgetBasis: BudgetBasis;
  hasBaseline: boolean;
  /** The time-phased budgets behind PV; feed `plannedValueSeries` for the S-curve. */
  phased: PhasedPlan;
}

/**
 * Earned value of one project as of a date, ready for a portfolio roll-up or the suggested RAG.
 * PV is time-phased from item budgets; EV = Σ % complete × item budget; AC is the project's
 * reported actual cost, else the sum of item actual costs (null when neither is known). BAC is the
 * baseline's, else the project's, else the sum of item budgets.
 */
export function analyzeProjectEarnedValue(input: ProjectEarnedValueInput): ProjectEarnedValue {
  const { asOf, calendar, planItems, project, baseline } = input;
  const knownBac = baseline?.bac ?? project?.bac;
  let budgetBasis: BudgetBasis = 'planned_value';
  let phased = phasePlannedValue(planItems, calendar, baseline);
  if (phased.totalBudget === 0 && knownBac !== undefined && knownBac > 0 && planItems.length > 0) {
    budgetBasis = 'bac_by_duration';
    const baselinedIds = baseline && new Set(baseline.items.map((entry) => entry.planItemId));
    const shared = shareBacByDuration(
      baselinedIds ? planItems.filter((item) => baselinedIds.has(item.id)) : planItems,
      knownBac,
    );
    phased = phasePlannedValue(shared, calendar, withoutBaselineValues(baseline));
  }
  if (phased.totalBudget === 0) budgetBasis = 'none';

  const budgets = new Map<string, number>();
  for (const item of phased.items) budgets.set(item.id, item.budget);
  for (const item of phased.unscheduled) budgets.set(item.id, item.budget);
  let earned = 0;
  let itemActualCost: number | null = null;
  for (const item of planItems) {
    const budget = budgets.get(item.id);
    if (budget !== undefined) earned += (Math.min(Math.max(item.percentComplete ?? 0, 0), 100) / 100) * budget;
    if (item.actualCost !== undefined) itemActualCost = (itemActualCost ?? 0) + item.actualCost;
  }

  const hasBudget = budgetBasis !== 'none';
  return {
    asOf,
    indicators: computeEarnedValueIndicators({
      bac: knownBac ?? (hasBudget ? phased.totalBudget : null),
      pv: hasBudget ? plannedValueAsOf(phased.items, asOf, calendar) : null,
      ev: hasBudget ? earned : null,
      ac: project?.actualCost ?? itemActualCost,
    }),
    budgetBasis,
    hasBaseline: baseline !== undefined,
    phased,
  };
}

function shareBacByDuration(items: readonly ProgressItem[], bac: number): ProgressItem[] {
  if (items.length === 0) return [];
  const weights = items.map((item) => Math.max(item.durationDays ?? 1, 0));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return items.map((item, index) => ({
    ...item,
    plannedValue: total > 0 ? (bac * weights[index]) / total : bac / items.length,
  }));
}

function withoutBaselineValues(baseline: ProjectEarnedValueInput['baseline']) {
  return baseline && { items: baseline.items.map(({ plannedValue: _ignored, ...dates }) => dates) };
}
