import { toDayNumber } from './iso-day';
import type { OverAllocation } from './over-allocation';

/** How far ahead an over-allocation still matters to a project's status, in weeks. */
export interface HorizonOptions {
  /** `YYYY-MM-DD`. */
  today: string;
  /** Weeks after the current one that count; 0 = the current week only. */
  horizonWeeks: number;
}

/**
 * The over-allocated weeks in which `projectId` has a share of the person's load, from the week
 * holding `today` up to `horizonWeeks` later: past weeks are history, far-off ones can still be
 * re-planned. Keeps the input order (computeWeeklyLoads sorts by person, then week).
 */
export function overAllocationsOnProject(
  overAllocations: readonly OverAllocation[],
  projectId: string,
  { today, horizonWeeks }: HorizonOptions,
): OverAllocation[] {
  const todayDay = toDayNumber(today);
  const lastMonday = todayDay + 7 * horizonWeeks;
  return overAllocations.filter((entry) => {
    if (entry.overBy <= 0 || !entry.projectIds.includes(projectId)) return false;
    const monday = toDayNumber(entry.weekStart);
    return monday + 6 >= todayDay && monday <= lastMonday;
  });
}

/** Whether the person is a key person of the project in that over-allocated week. */
export function isKeyPersonOn(entry: OverAllocation, projectId: string): boolean {
  return entry.keyProjectIds.includes(projectId);
}
