import { type IsoDate, toEpochDay, type WorkingCalendar } from '../schedule/working-calendar';
import { type CostAmount, lastDayOfMonth, listMonths, monthOf } from './cost-periods';
import { plannedValueAsOf } from './planned-value';
import type { ProjectEarnedValue } from './project-earned-value';

/** One month of the S-curve; a figure is null where it is not known (never a fake zero). */
export interface CostCurvePoint {
  /** `YYYY-MM-01`. */
  period: IsoDate;
  periodEnd: IsoDate;
  /** PV scheduled in the month, and cumulative PV at its end. */
  plannedInPeriod: number | null;
  plannedToDate: number | null;
  /** Actual cost booked in the month (cost entries), and cumulative AC at its end up to the month of `asOf`. */
  actualInPeriod: number | null;
  actualToDate: number | null;
  /** EV, in the month of `asOf` only: progress is known as it stands today, not as it stood before. */
  earnedToDate: number | null;
}

/** The S-curve of a project: cumulative PV, AC and EV by month, and today's figures. */
export interface CostCurve {
  asOf: IsoDate;
  points: CostCurvePoint[];
  /** PV, EV and AC as of `asOf` exactly: the indicators' own figures, where the chart marks today. */
  today: { pv: number | null; ev: number | null; ac: number | null };
  /** Whether AC is known month by month (cost entries) rather than only as a total. */
  hasActualByPeriod: boolean;
}

export interface CostCurveOptions {
  /** Longest curve in months; default 240 (20 years). */
  maxMonths?: number;
}

const roundCents = (value: number) => Math.round(value * 100) / 100;

/**
 * The S-curve (PMI, Practice Standard for Earned Value Management): cumulative PV at each month's end
 * from the same time-phased budgets as the indicators (`earnedValue.phased`, baseline first), AC
 * summed from the actual cost entries month by month, and EV at `asOf`, the one date progress is
 * known for. It spans the first to the last month of the plan, the entries and `asOf`. Reading the
 * earned value the indicators came from is what keeps the chart and the figures beside it equal.
 * O(items × months).
 */
export function buildCostCurve(
  earnedValue: ProjectEarnedValue,
  costEntries: readonly CostAmount[],
  calendar: WorkingCalendar,
  options: CostCurveOptions = {},
): CostCurve {
  const { asOf, indicators, phased } = earnedValue;
  const today = { pv: indicators.pv, ev: indicators.ev, ac: indicators.ac };
  const actualByPeriod = new Map<IsoDate, number>();
  for (const entry of costEntries) {
    if ((entry.kind ?? 'actual') !== 'actual' || !Number.isFinite(entry.amount)) continue;
    const period = monthOf(entry.period);
    actualByPeriod.set(period, (actualByPeriod.get(period) ?? 0) + entry.amount);
  }
  const hasActualByPeriod = earnedValue.actualCostBasis === 'cost_entries';
  const hasPlan = earnedValue.budgetBasis !== 'none' && phased.items.length > 0;

  let first = monthOf(asOf);
  let last = first;
  const widen = (day: IsoDate) => {
    const month = monthOf(day);
    if (month < first) first = month;
    if (month > last) last = month;
  };
  if (hasPlan) {
    for (const item of phased.items) {
      widen(item.start);
      widen(item.finish);
    }
  }
  if (hasActualByPeriod) for (const period of actualByPeriod.keys()) widen(period);
  if (!hasPlan && !hasActualByPeriod && today.ev === null) return { asOf, points: [], today, hasActualByPeriod };

  const asOfMonth = monthOf(asOf);
  const points: CostCurvePoint[] = [];
  let plannedBefore = 0;
  let actualBefore = 0;
  for (const period of listMonths(first, last, options.maxMonths ?? 240)) {
    const periodEnd = lastDayOfMonth(period);
    const plannedToDate = hasPlan ? plannedValueAsOf(phased.items, periodEnd, calendar) : null;
    const actualInPeriod = hasActualByPeriod ? roundCents(actualByPeriod.get(period) ?? 0) : null;
    const isBegun = period <= asOfMonth;
    const actualToDate =
      hasActualByPeriod && isBegun ? roundCents(actualBefore + (actualByPeriod.get(period) ?? 0)) : null;
    points.push({
      period,
      periodEnd,
      plannedInPeriod: plannedToDate === null ? null : plannedToDate - plannedBefore,
      plannedToDate,
      actualInPeriod,
      actualToDate,
      earnedToDate: period === asOfMonth ? today.ev : null,
    });
    plannedBefore = plannedToDate ?? 0;
    actualBefore += actualByPeriod.get(period) ?? 0;
  }
  return { asOf, points, today, hasActualByPeriod };
}

/** Where a day sits between the first and the last day of a curve, 0 to 1 (for a chart's x axis). */
export function positionInCurve(curve: CostCurve, day: IsoDate): number {
  if (curve.points.length === 0) return 0;
  const start = toEpochDay(curve.points[0].period);
  const end = toEpochDay(curve.points[curve.points.length - 1].periodEnd) + 1;
  return Math.min(Math.max((toEpochDay(day) + 1 - start) / (end - start), 0), 1);
}
