import type { BaselinePlan } from './baseline-snapshot';
import type { PlanEntryKind } from './plan-schedule';
import type { IsoDate, WorkingCalendar } from './working-calendar';

/** What happened to one milestone or item between two baselines. */
export type BaselineChangeKind = 'moved' | 'added' | 'removed' | 'unchanged';

/** One entry's dates and value in one baseline. */
export interface BaselineEntryState {
  start: IsoDate | null;
  finish: IsoDate | null;
  plannedValue: number | null;
}

/** One line of a comparison. */
export interface BaselineChange {
  id: string;
  kind: PlanEntryKind;
  change: BaselineChangeKind;
  from: BaselineEntryState | null;
  to: BaselineEntryState | null;
  /** Working days the start moved (positive = later); null unless both baselines date it. */
  startShiftDays: number | null;
  /** Working days the finish (a milestone's date) moved; null unless both date it. */
  finishShiftDays: number | null;
  /** Planned value in the second minus the first; null unless both hold one. */
  plannedValueChange: number | null;
}

/** Two baselines side by side. */
export interface BaselineComparison {
  /** Moved first (largest finish shift first), then added, removed and unchanged. */
  changes: BaselineChange[];
  counts: Record<BaselineChangeKind, number>;
  /** BAC of the second minus the first; null unless both hold one. */
  bacChange: number | null;
}

const changeOrder: Record<BaselineChangeKind, number> = { moved: 0, added: 1, removed: 2, unchanged: 3 };

/**
 * Compares two baselines (or a baseline with the plan as it stands, from buildBaselineSnapshot):
 * what moved and by how many working days (working-calendar.ts workingDaysBetween, so a weekend
 * between two dates is no slip), what was added since and what was taken out.
 */
export function compareBaselines(from: BaselinePlan, to: BaselinePlan, calendar: WorkingCalendar): BaselineComparison {
  const read = (plan: BaselinePlan) => {
    const entries = new Map<string, BaselineEntryState & { kind: PlanEntryKind }>();
    for (const milestone of plan.milestones) {
      entries.set(milestone.milestoneId, {
        kind: 'milestone',
        start: milestone.date,
        finish: milestone.date,
        plannedValue: null,
      });
    }
    for (const item of plan.items) {
      entries.set(item.planItemId, {
        kind: 'planItem',
        start: item.start ?? null,
        finish: item.end ?? item.start ?? null,
        plannedValue: item.plannedValue ?? null,
      });
    }
    return entries;
  };
  const before = read(from);
  const after = read(to);
  const shift = (a: IsoDate | null | undefined, b: IsoDate | null | undefined) =>
    a && b ? calendar.workingDaysBetween(a, b) : null;
  const changes: BaselineChange[] = [];
  const state = (entry: BaselineEntryState | undefined) =>
    entry ? { start: entry.start, finish: entry.finish, plannedValue: entry.plannedValue } : null;

  for (const [id, first] of before) {
    const second = after.get(id);
    const startShiftDays = shift(first.start, second?.start);
    const finishShiftDays = shift(first.finish, second?.finish);
    const plannedValueChange =
      first.plannedValue !== null && second?.plannedValue != null ? second.plannedValue - first.plannedValue : null;
    const isSame =
      second !== undefined &&
      first.start === second.start &&
      first.finish === second.finish &&
      first.plannedValue === second.plannedValue;
    changes.push({
      id,
      kind: first.kind,
      change: !second ? 'removed' : isSame ? 'unchanged' : 'moved',
      from: state(first),
      to: state(second),
      startShiftDays,
      finishShiftDays,
      plannedValueChange,
    });
  }
  for (const [id, second] of after) {
    if (before.has(id)) continue;
    changes.push({
      id,
      kind: second.kind,
      change: 'added',
      from: null,
      to: state(second),
      startShiftDays: null,
      finishShiftDays: null,
      plannedValueChange: null,
    });
  }
  const size = (change: BaselineChange) => Math.abs(change.finishShiftDays ?? change.startShiftDays ?? 0);
  changes.sort(
    (a, b) => changeOrder[a.change] - changeOrder[b.change] || size(b) - size(a) || a.id.localeCompare(b.id),
  );
  const counts: Record<BaselineChangeKind, number> = { moved: 0, added: 0, removed: 0, unchanged: 0 };
  for (const change of changes) counts[change.change] += 1;
  return {
    changes,
    counts,
    bacChange: from.bac !== undefined && to.bac !== undefined ? to.bac - from.bac : null,
  };
}
