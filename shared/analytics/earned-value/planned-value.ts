import type { BaselineFields } from '../../schemas/plan';
import {
  fromEpochDay,
  type IsoDate,
  isoWeekdayOfEpochDay,
  toEpochDay,
  type WorkingCalendar,
} from '../schedule/working-calendar';

/** A plan item's budget placed in time: spread evenly over its working days. */
export interface PhasedBudget {
  id: string;
  budget: number;
  /** First and last day of the item (inclusive). */
  start: IsoDate;
  finish: IsoDate;
  /** Working days from start to finish; 0 puts the whole budget on `start` (a lump sum). */
  workingDays: number;
}

/** What time-phasing reads from a plan item; a `PlanItem` fits. */
export interface BudgetedItem {
  id: string;
  start?: IsoDate;
  end?: IsoDate;
  /** Working days; used when there is no end date. Default 1. */
  durationDays?: number;
  plannedValue?: number;
}

/** A plan's budgets placed in time, with the items that could not be. */
export interface PhasedPlan {
  items: PhasedBudget[];
  /** Σ budget of every budgeted item, phased or not. */
  totalBudget: number;
  /** Budgeted items without a start date: their value counts in EV but cannot be placed in time. */
  unscheduled: { id: string; budget: number }[];
  /** With a baseline: plan items it does not hold (added since), left out of PV. */
  unbaselinedIds: string[];
}

/**
 * Time-phases planned value (docs/domain.md "Earned value"). With a baseline, its snapshot of each
 * item's start, end and planned value wins and items added since are left out; without one, the
 * current plan is used. An item ends on its end date, else `durationDays` working days from its
 * start. Items without a planned value carry no budget and are skipped.
 */
export function phasePlannedValue(
  items: readonly BudgetedItem[],
  calendar: WorkingCalendar,
  baseline?: Pick<BaselineFields, 'items'>,
): PhasedPlan {
  const snapshot = baseline ? new Map(baseline.items.map((entry) => [entry.planItemId, entry])) : null;
  const phased: PhasedBudget[] = [];
  const unscheduled: { id: string; budget: number }[] = [];
  const unbaselinedIds: string[] = [];
  let totalBudget = 0;
  for (const item of items) {
    const baselined = snapshot?.get(item.id);
    if (snapshot && !baselined) {
      unbaselinedIds.push(item.id);
      continue;
    }
    const budget = baselined?.plannedValue ?? item.plannedValue ?? 0;
    if (!(budget > 0) || !Number.isFinite(budget)) continue;
    totalBudget += budget;
    const start = baselined?.start ?? item.start;
    if (!start) {
      unscheduled.push({ id: item.id, budget });
      continue;
    }
    const duration = item.durationDays ?? 1;
    const end = baselined?.end ?? item.end;
    if (!end && duration < 1) {
      phased.push({ id: item.id, budget, start, finish: start, workingDays: 0 });
      continue;
    }
    let finish = end ?? calendar.addWorkingDays(calendar.firstWorkingDayFrom(start), duration - 1);
    if (finish < start) finish = start;
    const workingDays =
      calendar.workingDayNumber(toEpochDay(finish)) - calendar.workingDayNumber(toEpochDay(start) - 1);
    phased.push({ id: item.id, budget, start, finish, workingDays });
  }
  return { items: phased, totalBudget, unscheduled, unbaselinedIds };
}

/** Planned value to the end of `asOf`: each budget's share of its working days elapsed by then. */
export function plannedValueAsOf(items: readonly PhasedBudget[], asOf: IsoDate, calendar: WorkingCalendar): number {
  const day = toEpochDay(asOf);
  const reached = calendar.workingDayNumber(day);
  let value = 0;
  for (const item of items) {
    const startDay = toEpochDay(item.start);
    if (startDay > day) continue;
    if (item.workingDays === 0) {
      value += item.budget;
      continue;
    }
    const elapsed = reached - calendar.workingDayNumber(startDay - 1);
    value += elapsed >= item.workingDays ? item.budget : (item.budget * elapsed) / item.workingDays;
  }
  return value;
}

/** Cumulative planned value at the end of one ISO week (Monday to Sunday). */
export interface PlannedValuePoint {
  weekStart: IsoDate;
  weekEnd: IsoDate;
  plannedValue: number;
}

/** Range and length of a {@link plannedValueSeries}. */
export interface PlannedValueSeriesOptions {
  /** First and last day to cover; default from the earliest start to the latest finish. */
  from?: IsoDate;
  to?: IsoDate;
  /** Longest series returned; default 1,040 weeks (20 years). */
  maxWeeks?: number;
}

/**
 * Cumulative PV at each week's end: the S-curve. One sweep over budget edges sorted in
 * working-day space, O(n log n + weeks).
 */
export function plannedValueSeries(
  items: readonly PhasedBudget[],
  calendar: WorkingCalendar,
  options: PlannedValueSeriesOptions = {},
): PlannedValuePoint[] {
  if (items.length === 0 && (!options.from || !options.to)) return [];
  let firstDay = options.from ? toEpochDay(options.from) : Number.POSITIVE_INFINITY;
  let lastDay = options.to ? toEpochDay(options.to) : Number.NEGATIVE_INFINITY;
  const startDays = new Float64Array(items.length);
  for (let index = 0; index < items.length; index += 1) {
    startDays[index] = toEpochDay(items[index].start);
    if (!options.from) firstDay = Math.min(firstDay, startDays[index]);
    if (!options.to) lastDay = Math.max(lastDay, toEpochDay(items[index].finish));
  }
  if (lastDay < firstDay) return [];
  const firstMonday = firstDay - (isoWeekdayOfEpochDay(firstDay) - 1);
  const weeks = Math.min(Math.floor((lastDay - firstMonday) / 7) + 1, options.maxWeeks ?? 1040);
  // Positions are relative to the first week so large working-day numbers never cancel.
  const origin = calendar.workingDayNumber(firstMonday - 1);

  const spread: { position: number; slope: number }[] = [];
  const lumps: { day: number; budget: number }[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (item.workingDays === 0) {
      lumps.push({ day: startDays[index], budget: item.budget });
      continue;
    }
    const before = calendar.workingDayNumber(startDays[index] - 1) - origin;
    const rate = item.budget / item.workingDays;
    spread.push({ position: before, slope: rate }, { position: before + item.workingDays, slope: -rate });
  }
  spread.sort((a, b) => a.position - b.position);
  lumps.sort((a, b) => a.day - b.day);

  const points: PlannedValuePoint[] = new Array(weeks);
  let slope = 0;
  let offset = 0;
  let lumpSum = 0;
  let nextEdge = 0;
  let nextLump = 0;
  for (let week = 0; week < weeks; week += 1) {
    const weekEnd = firstMonday + week * 7 + 6;
    const position = calendar.workingDayNumber(weekEnd) - origin;
    // Σ slope × (position − edge) over the edges passed: slope × position − Σ slope × edge.
    while (nextEdge < spread.length && spread[nextEdge].position <= position) {
      slope += spread[nextEdge].slope;
      offset += spread[nextEdge].slope * spread[nextEdge].position;
      nextEdge += 1;
    }
    while (nextLump < lumps.length && lumps[nextLump].day <= weekEnd) {
      lumpSum += lumps[nextLump].budget;
      nextLump += 1;
    }
    points[week] = {
      weekStart: fromEpochDay(weekEnd - 6),
      weekEnd: fromEpochDay(weekEnd),
      plannedValue: Math.max(0, slope * position - offset + lumpSum),
    };
  }
  return points;
}
