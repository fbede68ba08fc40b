import type { BaselineFields, Milestone, PlanItem } from '../../schemas/plan';
import { spanOfPlanItem } from './plan-schedule';
import type { WorkingCalendar } from './working-calendar';

/** The part of a Baseline record that holds the plan: what a snapshot fills and a comparison reads. */
export type BaselinePlan = Pick<BaselineFields, 'items' | 'milestones'> & Pick<Partial<BaselineFields>, 'bac'>;

/** What {@link buildBaselineSnapshot} reads. */
export interface BaselineSnapshotInput {
  milestones: readonly Pick<Milestone, 'id' | 'forecastDate' | 'actualDate'>[];
  planItems: readonly Pick<PlanItem, 'id' | 'start' | 'end' | 'durationDays' | 'plannedValue'>[];
  calendar: WorkingCalendar;
  /** The project's budget at completion, when it has one. */
  projectBac?: number;
}

/**
 * The plan as it stands, as a Baseline record keeps it (docs/domain.md "Baseline"): every item's start
 * and end (an item without an end ends `durationDays` working days after its start, as
 * spanOfPlanItem counts) and planned value, every milestone's date (its actual date once done, else
 * its forecast), and the BAC: the project's, else the sum of the planned values, else none.
 */
export function buildBaselineSnapshot(input: BaselineSnapshotInput): BaselinePlan {
  let plannedTotal = 0;
  let hasPlannedValue = false;
  const items = input.planItems.map((item) => {
    const span = spanOfPlanItem(item, input.calendar);
    if (item.plannedValue !== undefined) {
      plannedTotal += item.plannedValue;
      hasPlannedValue = true;
    }
    return {
      planItemId: item.id,
      ...(span ? { start: span.start, end: span.finish } : {}),
      ...(item.plannedValue !== undefined ? { plannedValue: item.plannedValue } : {}),
    };
  });
  const milestones = input.milestones.map((milestone) => ({
    milestoneId: milestone.id,
    date: milestone.actualDate ?? milestone.forecastDate,
  }));
  const bac = input.projectBac ?? (hasPlannedValue ? plannedTotal : undefined);
  return { items, milestones, ...(bac !== undefined ? { bac } : {}) };
}

/** A plan entry's dates in a baseline: a milestone's date twice, an item's start and end. */
export interface BaselineDates {
  start: string | null;
  finish: string | null;
}

/**
 * Id → dates of every milestone and item a baseline holds, for drawing it under the forecast. With no
 * Baseline record, `milestones` gives each milestone's own `baselineDate` (items then have none).
 */
export function indexBaselineDates(
  baseline: Pick<BaselineFields, 'items' | 'milestones'> | undefined,
  milestones: readonly Pick<Milestone, 'id' | 'baselineDate'>[] = [],
): Map<string, BaselineDates> {
  const dates = new Map<string, BaselineDates>();
  if (!baseline) {
    for (const milestone of milestones) {
      if (milestone.baselineDate)
        dates.set(milestone.id, { start: milestone.baselineDate, finish: milestone.baselineDate });
    }
    return dates;
  }
  for (const entry of baseline.milestones) dates.set(entry.milestoneId, { start: entry.date, finish: entry.date });
  for (const entry of baseline.items) {
    dates.set(entry.planItemId, { start: entry.start ?? null, finish: entry.end ?? entry.start ?? null });
  }
  return dates;
}
