import type { MilestoneStatus } from './milestone-trend';
import type { IsoDate } from './working-calendar';

/** A milestone's line in the slip list: its status, and the forecast it is ordered by last. */
export interface MilestoneSlipRow extends MilestoneStatus {
  forecastDate: IsoDate;
}

/**
 * The slip list of the Plan tab, worst first: open milestones before done ones; among them overdue
 * ones first (most working days overdue first), then by slip against the baseline (largest first,
 * those without a baseline after), then by forecast and id. Figures come from assessMilestones
 * (milestone-trend.ts), so the list, the overview and the schedule light never disagree.
 */
export function rankMilestoneSlips(
  statuses: readonly MilestoneStatus[],
  forecastOf: (milestoneId: string) => IsoDate,
): MilestoneSlipRow[] {
  const rank = (row: MilestoneSlipRow) => [
    row.isDone ? 1 : 0,
    row.isOverdue ? 0 : 1,
    -(row.overdueDays ?? 0),
    row.slipDays === null ? 1 : 0,
    -(row.slipDays ?? 0),
  ];
  return statuses
    .map((status) => ({ ...status, forecastDate: forecastOf(status.milestoneId) }))
    .sort((a, b) => {
      const left = rank(a);
      const right = rank(b);
      for (let index = 0; index < left.length; index += 1) {
        if (left[index] !== right[index]) return left[index] - right[index];
      }
      return a.forecastDate.localeCompare(b.forecastDate) || a.milestoneId.localeCompare(b.milestoneId);
    });
}
