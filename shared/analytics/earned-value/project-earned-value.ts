import type { BaselineFields } from '../../schemas/plan';
import type { ProjectFields } from '../../schemas/project';
import type { IsoDate, WorkingCalendar } from '../schedule/working-calendar';
import { type CostAmount, hasPlannedEntries, phasePlannedEntries, sumActualCostAsOf } from './cost-periods';
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
  /** The project's cost entries: actual cost per month, and planned value entered per month. */
  costEntries?: readonly CostAmount[];
}

/**
 * Where PV came from: the items' planned values; the planned value entered per month when no item
 * has one (EV then weighs items by duration against BAC); the BAC shared out by duration over the
 * items; or nowhere (PV and EV unknown).
 */
export type BudgetBasis = 'planned_value' | 'planned_by_period' | 'bac_by_duration' | 'none';

/** Where AC came from: the cost entries, the project's reported figure, the items' actual costs, or nowhere. */
export type ActualCostBasis = 'cost_entries' | 'project' | 'plan_items' | 'none';

/** One project's earned value as of a date. */
export interface ProjectEarnedValue {
  asOf: IsoDate;
  /** BAC, PV, EV, AC and every indicator; see {@link EarnedValueIndicators}. */
  indicators: EarnedValueIndicators;
  budgetBasis: BudgetBasis;
  actualCostBasis: ActualCostBasis;
  hasBaseline: boolean;
  /** The time-phased budgets behind PV; feed `plannedValueSeries` for the S-curve. */
  phased: PhasedPlan;
}

/**
 * Earned value of one project as of a date, ready for a portfolio roll-up or the suggested RAG.
 * PV is time-phased from item budgets, else from the planned value entered per month, else from
 * the BAC shared out by duration; EV = Σ % complete × item budget; AC is the actual cost entries
 * of the months begun by `asOf` when the project has any, else its reported actual cost, else the
 * sum of item actual costs (null when none is known). BAC is the baseline's, else the project's,
 * else the sum of item budgets (or of the planned entries).
 */
export function analyzeProjectEarnedValue(input: ProjectEarnedValueInput): ProjectEarnedValue {
  const { asOf, calendar, planItems, project, baseline, costEntries = [] } = input;
  let knownBac = baseline?.bac ?? project?.bac;
  let budgetBasis: BudgetBasis = 'planned_value';
  let phased = phasePlannedValue(planItems, calendar, baseline);
  /** The budgets EV weighs items by, when they are not the PV budgets themselves. */
  let earningPlan: PhasedPlan | undefined;
  if (phased.totalBudget === 0 && hasPlannedEntries(costEntries)) {
    budgetBasis = 'planned_by_period';
    phased = phasePlannedEntries(costEntries, calendar);
    knownBac ??= phased.totalBudget;
    earningPlan = shareBudgetByDuration(planItems, knownBac, calendar, baseline);
  } else if (phased.totalBudget === 0 && knownBac !== undefined && knownBac > 0 && planItems.length > 0) {
    budgetBasis = 'bac_by_duration';
    phased = shareBudgetByDuration(planItems, knownBac, calendar, baseline);
  }
  if (phased.totalBudget === 0) budgetBasis = 'none';

  const budgets = new Map<string, number>();
  for (const item of (earningPlan ?? phased).items) budgets.set(item.id, item.budget);
  for (const item of (earningPlan ?? phased).unscheduled) budgets.set(item.id, item.budget);
  let earned = 0;
  let itemActualCost: number | null = null;
  for (const item of planItems) {
    const budget = budgets.get(item.id);
    if (budget !== undefined) earned += (Math.min(Math.max(item.percentComplete ?? 0, 0), 100) / 100) * budget;
    if (item.actualCost !== undefined) itemActualCost = (itemActualCost ?? 0) + item.actualCost;
  }

  const hasBudget = budgetBasis !== 'none';
  // Without items to weigh, a monthly plan says what should be spent but nothing of what was done.
  const hasProgress = hasBudget && budgets.size > 0;
  const enteredActualCost = sumActualCostAsOf(costEntries, asOf);
  const actualCostBasis: ActualCostBasis =
    enteredActualCost !== null
      ? 'cost_entries'
      : project?.actualCost !== undefined
        ? 'project'
        : itemActualCost !== null
          ? 'plan_items'
          : 'none';
  return {
    asOf,
    indicators: computeEarnedValueIndicators({
      bac: knownBac ?? (hasBudget ? phased.totalBudget : null),
      pv: hasBudget ? plannedValueAsOf(phased.items, asOf, calendar) : null,
      ev: hasProgress ? earned : null,
      ac: enteredActualCost ?? project?.actualCost ?? itemActualCost,
    }),
    budgetBasis,
    actualCostBasis,
    hasBaseline: baseline !== undefined,
    phased,
  };
}

/** The BAC shared out over the (baselined) items by duration, placed in time on their dates. */
function shareBudgetByDuration(
  planItems: readonly ProgressItem[],
  bac: number,
  calendar: WorkingCalendar,
  baseline: ProjectEarnedValueInput['baseline'],
): PhasedPlan {
  const baselinedIds = baseline && new Set(baseline.items.map((entry) => entry.planItemId));
  const shared = shareBacByDuration(
    baselinedIds ? planItems.filter((item) => baselinedIds.has(item.id)) : planItems,
    bac,
  );
  return phasePlannedValue(shared, calendar, withoutBaselineValues(baseline));
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
