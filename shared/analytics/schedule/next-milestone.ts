import type { Milestone } from '../../schemas/plan';
import type { MilestoneOverview } from './milestone-trend';

/** The milestone a project works towards next, as the Jira overlay and the portfolio show it. */
export interface NextMilestone {
  id: string;
  title: string;
  forecastDate: string;
  /** Against the baseline, an overdue one counted as forecast today; null without a baseline. */
  slipDays: number | null;
  /** Working days past its forecast when it is overdue; null when it is not. */
  overdueDays: number | null;
}

/**
 * The next milestone: the open one with the earliest forecast (ties by id, so every screen picks
 * the same). An overdue one comes first, since it is the one still in the way, and says so.
 */
export function findNextMilestone(
  milestones: readonly Pick<Milestone, 'id' | 'title' | 'forecastDate' | 'actualDate'>[],
  overview: MilestoneOverview,
): NextMilestone | null {
  return listUpcomingMilestones(milestones, overview, 1)[0] ?? null;
}

/** The `count` next open milestones in the order findNextMilestone picks the first. */
export function listUpcomingMilestones(
  milestones: readonly Pick<Milestone, 'id' | 'title' | 'forecastDate' | 'actualDate'>[],
  overview: MilestoneOverview,
  count: number,
): NextMilestone[] {
  const statusById = new Map(overview.milestones.map((entry) => [entry.milestoneId, entry]));
  return milestones
    .filter((milestone) => !milestone.actualDate)
    .sort((a, b) => a.forecastDate.localeCompare(b.forecastDate) || a.id.localeCompare(b.id))
    .slice(0, Math.max(0, count))
    .map((milestone) => ({
      id: milestone.id,
      title: milestone.title,
      forecastDate: milestone.forecastDate,
      slipDays: statusById.get(milestone.id)?.slipDays ?? null,
      overdueDays: statusById.get(milestone.id)?.overdueDays ?? null,
    }));
}
