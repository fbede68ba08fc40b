import { fromEpochDay, type IsoDate, toEpochDay, type WorkingCalendar } from '../schedule/working-calendar';
import type { PhasedBudget, PhasedPlan } from './planned-value';

/**
 * Costs are booked by month (docs/domain.md "Cost entry"): a period is written as the month's first
 * day, `YYYY-MM-01`. These helpers do month arithmetic on the strings, with no Date object, so no
 * time zone can move an amount into the next month.
 */

/** What earned value reads of a cost entry; a `CostEntry` fits. */
export interface CostAmount {
  id: string;
  /** Default `actual`. */
  kind?: 'actual' | 'planned';
  /** `YYYY-MM-01`. */
  period: IsoDate;
  amount: number;
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

/** The month a day falls in: `2026-03-17` → `2026-03-01`. */
export function monthOf(day: IsoDate): IsoDate {
  return `${day.slice(0, 7)}-01`;
}

/** The month `count` months after `period` (before, when negative). */
export function addMonths(period: IsoDate, count: number): IsoDate {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad2((index % 12) + 1)}-01`;
}

/** The last day of a month: `2026-02-01` → `2026-02-28`. */
export function lastDayOfMonth(period: IsoDate): IsoDate {
  return fromEpochDay(toEpochDay(addMonths(period, 1)) - 1);
}

/** Whole months from `from` to `to` (`to` − `from`, negative when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const index = (period: IsoDate) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7));
  return index(to) - index(from);
}

/** Every month from `from` to `to`, both included, at most `max` of them. */
export function listMonths(from: IsoDate, to: IsoDate, max = 240): IsoDate[] {
  const count = Math.min(monthsBetween(monthOf(from), monthOf(to)) + 1, max);
  return Array.from({ length: Math.max(count, 0) }, (_, index) => addMonths(monthOf(from), index));
}

const isActual = (entry: CostAmount) => (entry.kind ?? 'actual') === 'actual';
const isPlanned = (entry: CostAmount) => entry.kind === 'planned';

/**
 * AC from cost entries as of a day: the actual amounts of every month that has begun by then (the
 * month of `asOf` included, as booked so far). Null when the project has no actual entry at all,
 * so the caller falls back to the reported actual cost.
 */
export function sumActualCostAsOf(entries: readonly CostAmount[], asOf: IsoDate): number | null {
  const lastMonth = monthOf(asOf);
  let total: number | null = null;
  for (const entry of entries) {
    if (!isActual(entry)) continue;
    total ??= 0;
    if (entry.period <= lastMonth && Number.isFinite(entry.amount)) total += entry.amount;
  }
  return total;
}

/**
 * Planned value entered per month, placed in time like a plan item's budget: each amount spread
 * evenly over the working days of its month (a month without one holds it as a lump sum on its
 * first day), so `plannedValueAsOf` and `plannedValueSeries` read it unchanged.
 */
export function phasePlannedEntries(entries: readonly CostAmount[], calendar: WorkingCalendar): PhasedPlan {
  const items: PhasedBudget[] = [];
  let totalBudget = 0;
  for (const entry of entries) {
    if (!isPlanned(entry) || !(entry.amount > 0) || !Number.isFinite(entry.amount)) continue;
    const start = monthOf(entry.period);
    const finish = lastDayOfMonth(start);
    const workingDays =
      calendar.workingDayNumber(toEpochDay(finish)) - calendar.workingDayNumber(toEpochDay(start) - 1);
    items.push({ id: entry.id, budget: entry.amount, start, finish, workingDays });
    totalBudget += entry.amount;
  }
  return { items, totalBudget, unscheduled: [], unbaselinedIds: [] };
}

/** Whether any entry is planned value. */
export function hasPlannedEntries(entries: readonly CostAmount[]): boolean {
  return entries.some((entry) => isPlanned(entry) && entry.amount > 0);
}
