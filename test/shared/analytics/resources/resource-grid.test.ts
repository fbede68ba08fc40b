import { describe, expect, it } from 'vitest';
import { allocationPhaseOf, sortAllocations } from '../../../../shared/analytics/resources/allocation-list';
import { isoWeekOf, shiftWeek } from '../../../../shared/analytics/resources/iso-day';
import {
  type CalendarSettings,
  computeWeeklyCapacities,
  findOverAllocations,
  weeklyHoursOf,
} from '../../../../shared/analytics/resources/over-allocation';
import {
  buildResourceGrid,
  firstGridWeek,
  gridWeekCount,
  listGridWeeks,
} from '../../../../shared/analytics/resources/resource-grid';
import { listOverAllocationContacts } from '../../../../shared/analytics/resources/who-to-ask';
import { aliceId, anAllocation, aPerson, bobId, projectId, settings } from '../../health/fixtures';

const crm = projectId;
const erp = '00000000-0000-4000-8000-00000000f002';
const hr = '00000000-0000-4000-8000-00000000f003';
const calendar: CalendarSettings = { workingDays: settings.workingDays, holidays: [] };
const alice = aPerson();
const bob = aPerson({ id: bobId, name: 'Bob Durand', capacityHoursPerWeek: 32 });
// Mondays 9, 16 and 23 March 2026.
const weeks = ['2026-03-09', '2026-03-16', '2026-03-23'];

describe('ISO weeks', () => {
  it('numbers weeks by their Thursday: the last days of December can be week 1 or 53', () => {
    expect(isoWeekOf('2026-03-16')).toEqual({ year: 2026, week: 12 });
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });

  it('moves by whole weeks from the Monday of any day', () => {
    expect(shiftWeek('2026-03-19', 0)).toBe('2026-03-16');
    expect(shiftWeek('2026-03-19', 2)).toBe('2026-03-30');
    expect(shiftWeek('2026-03-16', -3)).toBe('2026-02-23');
  });

  it('starts a grid two weeks back, or at the project start when that is later', () => {
    expect(firstGridWeek({ today: '2026-03-18' })).toBe('2026-03-02');
    expect(firstGridWeek({ today: '2026-03-18', projectStart: '2025-06-01' })).toBe('2026-03-02');
    expect(firstGridWeek({ today: '2026-03-18', projectStart: '2026-04-09' })).toBe('2026-04-06');
    expect(firstGridWeek({ today: '2026-03-18', weeksBack: 0 })).toBe('2026-03-16');
  });

  it('lists consecutive weeks with their numbers and marks the current one', () => {
    const listed = listGridWeeks('2026-03-11', 3, '2026-03-18');
    expect(listed.map((week) => [week.weekStart, week.weekEnd, week.isoWeek, week.isCurrent])).toEqual([
      ['2026-03-09', '2026-03-15', 11, false],
      ['2026-03-16', '2026-03-22', 12, true],
      ['2026-03-23', '2026-03-29', 13, false],
    ]);
    expect(gridWeekCount).toBe(15);
  });
});

describe('weekly hours and capacity', () => {
  it('reads hours before percent, and percent of the contracted capacity', () => {
    expect(weeklyHoursOf({ hoursPerWeek: 12, percent: 90 }, 40)).toBe(12);
    expect(weeklyHoursOf({ percent: 60 }, 40)).toBe(24);
    expect(weeklyHoursOf({ percent: 50 }, 32)).toBe(16);
  });

  it('gives the capacity of weeks with nothing booked, lowered by a calendar exception', () => {
    const onLeave = aPerson({
      exceptions: [{ from: '2026-03-18', to: '2026-03-20', hoursPerWeek: 0, reason: 'Leave' }],
    });
    // Wednesday to Friday away: 2 working days of 8 h left that week.
    expect(computeWeeklyCapacities(onLeave, calendar, weeks)).toEqual([40, 16, 40]);
    expect(computeWeeklyCapacities(alice, { ...calendar, holidays: ['2026-03-23'] }, weeks)).toEqual([40, 40, 32]);
  });
});

describe('buildResourceGrid', () => {
  it('shows 60 % on each of two projects as over-allocated in both projects’ grids (issue 15, Acceptance 2)', () => {
    const allocations = [
      anAllocation({ projectId: crm, percent: 60, from: '2026-03-16', to: '2026-03-22' }),
      anAllocation({ projectId: erp, percent: 60, from: '2026-03-16', to: '2026-03-22' }),
    ];
    for (const [project, other] of [
      [crm, erp],
      [erp, crm],
    ]) {
      const [row] = buildResourceGrid({
        projectId: project,
        people: [alice],
        allocations,
        calendar,
        weekStarts: weeks,
      });
      expect(row.cells.map((cell) => cell.isOverAllocated)).toEqual([false, true, false]);
      expect(row.cells[1]).toMatchObject({ projectHours: 24, totalHours: 48, capacityHours: 40, overBy: 8 });
      expect(row.cells[1].shares.map((share) => share.projectId).sort()).toEqual([crm, erp].sort());
      const [contact] = listOverAllocationContacts([row], project);
      expect(contact.otherProjects).toEqual([{ projectId: other, hours: 24, isKey: false }]);
    }
  });

  it('flags exactly the person-weeks findOverAllocations reports (the health rule’s weeks)', () => {
    const allocations = [
      anAllocation({ projectId: crm, hoursPerWeek: 30, percent: undefined, from: '2026-03-04', to: '2026-03-27' }),
      anAllocation({ projectId: erp, percent: 30, from: '2026-03-12', to: '2026-03-25' }),
      anAllocation({ personId: bobId, projectId: crm, percent: 100, from: '2026-03-01', to: '2026-04-30' }),
      anAllocation({ personId: bobId, projectId: hr, hoursPerWeek: 4, percent: undefined, from: '2026-03-20' }),
    ];
    const people = [alice, bob];
    const rows = buildResourceGrid({ projectId: crm, people, allocations, calendar, weekStarts: weeks });
    const flagged = rows.flatMap((row) =>
      row.cells.filter((cell) => cell.isOverAllocated).map((cell) => `${row.personId} ${cell.weekStart}`),
    );
    const window = { from: weeks[0], to: '2026-03-29' };
    const reported = findOverAllocations(people, allocations, calendar, window).map(
      (week) => `${week.personId} ${week.weekStart}`,
    );
    expect(flagged.sort()).toEqual(reported.sort());
    expect(flagged.length).toBeGreaterThan(2);
  });

  it('lists only people allocated to the project, by name, with their key flag and weeks over', () => {
    const allocations = [
      anAllocation({ personId: bobId, projectId: crm, percent: 50, isKey: true }),
      anAllocation({ projectId: crm, percent: 50 }),
      anAllocation({ personId: '00000000-0000-4000-8000-00000000cc09', projectId: crm, percent: 50 }),
    ];
    const carol = aPerson({ id: '00000000-0000-4000-8000-00000000cc03', name: 'Carol Zhang' });
    const rows = buildResourceGrid({
      projectId: crm,
      people: [bob, carol, alice],
      allocations,
      calendar,
      weekStarts: weeks,
    });
    // Carol has no allocation on it; the third allocation names someone not on record.
    expect(rows.map((row) => [row.personName, row.isKey, row.overWeeks])).toEqual([
      ['Alice Martin', false, 0],
      ['Bob Durand', true, 0],
    ]);
    expect(rows[1].cells[0]).toMatchObject({ projectHours: 16, totalHours: 16, capacityHours: 32 });
  });

  it('keeps the capacity of a week with nothing booked and names the exception that lowers it', () => {
    const away = aPerson({
      exceptions: [{ from: '2026-03-23', to: '2026-03-27', hoursPerWeek: 0, reason: 'Holiday' }],
    });
    const allocations = [anAllocation({ projectId: crm, percent: 50, from: '2026-03-09', to: '2026-03-15' })];
    const [row] = buildResourceGrid({ projectId: crm, people: [away], allocations, calendar, weekStarts: weeks });
    expect(row.cells[1]).toMatchObject({ projectHours: 0, totalHours: 0, capacityHours: 40, isOverAllocated: false });
    expect(row.cells[2]).toMatchObject({ capacityHours: 0, exceptions: [{ reason: 'Holiday', hoursPerWeek: 0 }] });
  });

  it('over-allocates a week when a calendar exception lowers capacity below the booking', () => {
    const partTime = aPerson({ exceptions: [{ from: '2026-03-16', to: '2026-03-22', hoursPerWeek: 20 }] });
    const allocations = [anAllocation({ projectId: crm, hoursPerWeek: 30, percent: undefined })];
    const [row] = buildResourceGrid({ projectId: crm, people: [partTime], allocations, calendar, weekStarts: weeks });
    expect(row.cells.map((cell) => cell.capacityHours)).toEqual([40, 20, 40]);
    expect(row.cells.map((cell) => cell.isOverAllocated)).toEqual([false, true, false]);
    expect(row.cells[1].overBy).toBe(10);
  });

  it('orders a week’s projects by hours and sums the other projects of the over weeks for who to ask', () => {
    const allocations = [
      anAllocation({ projectId: crm, hoursPerWeek: 20, percent: undefined, from: '2026-03-09', to: '2026-03-29' }),
      anAllocation({ projectId: erp, hoursPerWeek: 16, percent: undefined, from: '2026-03-09', to: '2026-03-22' }),
      anAllocation({ projectId: hr, hoursPerWeek: 24, percent: undefined, isKey: true, from: '2026-03-16' }),
    ];
    const rows = buildResourceGrid({ projectId: crm, people: [alice], allocations, calendar, weekStarts: weeks });
    expect(rows[0].cells[1].shares).toEqual([
      { projectId: hr, hours: 24, isKey: true },
      { projectId: crm, hours: 20, isKey: false },
      { projectId: erp, hours: 16, isKey: false },
    ]);
    const [contact] = listOverAllocationContacts(rows, crm);
    expect(contact.weeks.map((week) => [week.weekStart, week.overBy])).toEqual([
      ['2026-03-16', 20],
      ['2026-03-23', 4],
    ]);
    expect(contact.otherProjects).toEqual([
      { projectId: hr, hours: 48, isKey: true },
      { projectId: erp, hours: 16, isKey: false },
    ]);
  });

  it('answers nothing for a project without allocations or without weeks', () => {
    expect(
      buildResourceGrid({ projectId: crm, people: [alice], allocations: [], calendar, weekStarts: weeks }),
    ).toEqual([]);
    const allocations = [anAllocation({ projectId: crm })];
    expect(buildResourceGrid({ projectId: crm, people: [alice], allocations, calendar, weekStarts: [] })).toEqual([]);
  });
});

describe('allocation list', () => {
  const dana = aPerson({ id: '00000000-0000-4000-8000-00000000cc05', name: 'Dana Okafor', capacityHoursPerWeek: 20 });
  const list = [
    anAllocation({ id: '00000000-0000-4000-8000-0000000000a1', personId: bobId, percent: 50, from: '2026-02-01' }),
    anAllocation({ id: '00000000-0000-4000-8000-0000000000a2', personId: aliceId, percent: 25, from: '2026-03-01' }),
    anAllocation({ id: '00000000-0000-4000-8000-0000000000a3', personId: dana.id, percent: 100, from: '2026-01-01' }),
  ];
  const people = [alice, bob, dana];
  const names = (sorted: typeof list) =>
    sorted.map((allocation) => people.find((person) => person.id === allocation.personId)?.name);

  it('sorts by person, first day and weekly hours (a percent counts on the person’s capacity)', () => {
    expect(names(sortAllocations(list, people, { key: 'person', direction: 'asc' }))).toEqual([
      'Alice Martin',
      'Bob Durand',
      'Dana Okafor',
    ]);
    expect(names(sortAllocations(list, people, { key: 'from', direction: 'desc' }))).toEqual([
      'Alice Martin',
      'Bob Durand',
      'Dana Okafor',
    ]);
    // Alice 25 % of 40 = 10 h, Bob 50 % of 32 = 16 h, Dana 100 % of 20 = 20 h.
    expect(names(sortAllocations(list, people, { key: 'load', direction: 'desc' }))).toEqual([
      'Dana Okafor',
      'Bob Durand',
      'Alice Martin',
    ]);
  });

  it('tells past, current and future allocations apart on today', () => {
    expect(allocationPhaseOf({ from: '2026-01-01', to: '2026-03-15' }, '2026-03-16')).toBe('past');
    expect(allocationPhaseOf({ from: '2026-03-16', to: '2026-03-16' }, '2026-03-16')).toBe('current');
    expect(allocationPhaseOf({ from: '2026-03-17', to: '2026-04-01' }, '2026-03-16')).toBe('future');
  });
});
