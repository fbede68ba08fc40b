import { describe, expect, it } from 'vitest';
import { type CalendarSettings, computeWeeklyLoads } from '../../../../shared/analytics/resources/over-allocation';
import { aliceId, anAllocation, aPerson, settings } from '../../health/fixtures';

// The projects of a person-week are noted in the same sweep as the hours (shared/analytics/resources/
// over-allocation.ts): they must stay exactly the projects with a working day allocated in that week.
const calendar: CalendarSettings = { workingDays: settings.workingDays, holidays: ['2026-04-06'] };
const project = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The projects (and key ones) with a working day of an allocation in the week of `monday`, sorted. */
function expectedProjects(
  allocations: ReturnType<typeof anAllocation>[],
  weekStart: string,
): { all: string[]; key: string[] } {
  const monday = Date.parse(`${weekStart}T00:00:00Z`);
  const all = new Set<string>();
  const key = new Set<string>();
  for (let offset = 0; offset < 7; offset++) {
    const day = new Date(monday + offset * 86_400_000).toISOString().slice(0, 10);
    const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    if (!calendar.workingDays.includes(weekday) || calendar.holidays.includes(day)) continue;
    for (const allocation of allocations) {
      if (allocation.from > day || allocation.to < day) continue;
      all.add(allocation.projectId);
      if (allocation.isKey) key.add(allocation.projectId);
    }
  }
  return { all: [...all].sort(), key: [...key].sort() };
}

describe('computeWeeklyLoads — projects of a week', () => {
  it('lists, for every week, exactly the projects (and key projects) with a working day allocated', () => {
    // A deterministic spread of overlapping allocations: partial weeks, weekend-only tails, a holiday week.
    const allocations = Array.from({ length: 24 }, (_, index) => {
      const start = new Date(Date.UTC(2026, 2, 2 + ((index * 5) % 40)));
      const end = new Date(start.getTime() + ((index * 11) % 30) * 86_400_000);
      return anAllocation({
        projectId: project(index % 7),
        from: start.toISOString().slice(0, 10),
        to: end.toISOString().slice(0, 10),
        hoursPerWeek: 5 + (index % 4) * 5,
        percent: undefined,
        isKey: index % 3 === 0,
      });
    });
    const loads = computeWeeklyLoads([aPerson()], allocations, calendar);
    expect(loads.length).toBeGreaterThan(5);
    for (const load of loads) {
      expect(load.personId).toBe(aliceId);
      const expected = expectedProjects(allocations, load.weekStart);
      expect({ week: load.weekStart, all: load.projectIds, key: load.keyProjectIds }).toEqual({
        week: load.weekStart,
        ...expected,
      });
    }
  });
});
