import type { Milestone, PlanItem } from '../../schemas/plan';
import type { BaselineDates } from './baseline-snapshot';
import { computeMilestoneSlip, isMilestoneOverdue } from './milestone-trend';
import type { ScheduledPlanEntry } from './plan-schedule';
import type { IsoDate, WorkingCalendar } from './working-calendar';

/** One line of the plan as the Plan tab lists it: the schedule, the chosen baseline and the record's facts. */
export interface PlanRow extends ScheduledPlanEntry {
  /** Position in the reading order (orderPlanEntries), for the default sort. */
  order: number;
  baselineStart: IsoDate | null;
  baselineFinish: IsoDate | null;
  /**
   * Working days the finish is late against the chosen baseline (negative: early). A milestone's is
   * its slip (computeMilestoneSlip: actual date when done, today when overdue); null without a baseline.
   */
  varianceDays: number | null;
  /** An item's percent complete; a milestone's is 100 once achieved, else 0. */
  percentComplete: number;
  ownerName: string | null;
  isDone: boolean;
  isOverdue: boolean;
  /** The milestone an item rolls up to. */
  milestoneId: string | null;
}

/** What {@link buildPlanRows} reads besides the ordered schedule. */
export interface PlanRowsContext {
  milestones: readonly Milestone[];
  planItems: readonly PlanItem[];
  baselineDates: ReadonlyMap<string, BaselineDates>;
  calendar: WorkingCalendar;
  today: IsoDate;
}

/** The plan's lines, in the order given, each with its baseline and how far it has moved from it. */
export function buildPlanRows(ordered: readonly ScheduledPlanEntry[], context: PlanRowsContext): PlanRow[] {
  const milestones = new Map(context.milestones.map((milestone) => [milestone.id, milestone]));
  const items = new Map(context.planItems.map((item) => [item.id, item]));
  return ordered.map((entry, order) => {
    const baseline = context.baselineDates.get(entry.id);
    const baselineFinish = baseline?.finish ?? null;
    const milestone = entry.kind === 'milestone' ? milestones.get(entry.id) : undefined;
    const item = entry.kind === 'planItem' ? items.get(entry.id) : undefined;
    const varianceDays = milestone
      ? computeMilestoneSlip(milestone, context.calendar, baselineFinish ?? undefined, context.today).slipDays
      : baselineFinish && entry.finish
        ? context.calendar.workingDaysBetween(baselineFinish, entry.finish)
        : null;
    const isDone = milestone ? Boolean(milestone.actualDate) : (item?.percentComplete ?? 0) >= 100;
    return {
      ...entry,
      order,
      baselineStart: baseline?.start ?? null,
      baselineFinish,
      varianceDays,
      percentComplete: milestone ? (isDone ? 100 : 0) : (item?.percentComplete ?? 0),
      ownerName: (milestone ?? item)?.owner?.name ?? null,
      isDone,
      isOverdue: milestone
        ? isMilestoneOverdue(milestone, context.today)
        : !isDone && entry.finish !== null && entry.finish < context.today,
      milestoneId: item?.milestoneId ?? null,
    };
  });
}

/** Columns the plan table sorts by. */
export type PlanSortKey = 'order' | 'title' | 'start' | 'finish' | 'duration' | 'float' | 'variance' | 'progress';

/** What the plan table shows: a search, the critical entries only, one kind only. */
export interface PlanFilter {
  text?: string;
  isCriticalOnly?: boolean;
  kind?: 'milestone' | 'planItem';
}

/** A sort of the plan table. */
export interface PlanSort {
  key: PlanSortKey;
  direction: 'asc' | 'desc';
}

const sortValueOf: Record<PlanSortKey, (row: PlanRow) => string | number | null> = {
  order: (row) => row.order,
  title: (row) => row.title.toLocaleLowerCase(),
  start: (row) => row.start,
  finish: (row) => row.finish,
  duration: (row) => row.durationDays,
  float: (row) => row.totalFloat,
  variance: (row) => row.varianceDays,
  progress: (row) => row.percentComplete,
};

/**
 * Filters and sorts the plan's lines in memory (2,000 in a few milliseconds): a case-blind search
 * of title and owner, critical ones only, one kind only; then by the column, blanks last either
 * way, ties in reading order.
 */
export function queryPlanRows(rows: readonly PlanRow[], filter: PlanFilter, sort: PlanSort): PlanRow[] {
  const text = filter.text?.trim().toLocaleLowerCase() ?? '';
  const kept = rows.filter(
    (row) =>
      (!filter.isCriticalOnly || row.isCritical) &&
      (!filter.kind || row.kind === filter.kind) &&
      (text === '' ||
        row.title.toLocaleLowerCase().includes(text) ||
        (row.ownerName?.toLocaleLowerCase().includes(text) ?? false)),
  );
  const read = sortValueOf[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return kept.sort((a, b) => {
    const left = read(a);
    const right = read(b);
    if (left !== right) {
      if (left === null) return 1;
      if (right === null) return -1;
      return (left < right ? -1 : 1) * sign;
    }
    return a.order - b.order;
  });
}
