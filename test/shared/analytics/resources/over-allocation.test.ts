import { describe, expect, it } from 'vitest';
import {
  type CalendarSettings,
  computeWeeklyLoads,
  findOverAllocations,
} from '../../../../shared/analytics/resources/over-allocation';
import { aliceId, anAllocation, aPerson, bobId, settings } from '../../health/fixtures';

const crm = '00000000-0000-4000-8000-00000000f001';
const erp = '00000000-0000-4000-8000-00000000f002';
const calendar: CalendarSettings = { workingDays: settings.workingDays, holidays: [] };
const alice = aPerson();
// The week of Monday 16 March 2026 throughout.
const week = { from: '2026-03-16', to: '2026-03-22' };

describe('findOverAllocations', () => {
  it('adds the hours of every allocation in the week and reports the excess over capacity', () => {
    const allocations = [
      anAllocation({ projectId: erp, hoursPerWeek: 30, percent: undefined }),
      anAllocation({ projectId: crm, hoursPerWeek: 20, percent: undefined, isKey: true }),
    ];
    expect(findOverAllocations([alice], allocations, calendar, week)).toEqual([
      {
        personId: aliceId,
        personName: 'Alice Martin',
        weekStart: '2026-03-16',
        allocatedHours: 50,
        capacityHours: 40,
        overBy: 10,
        projectIds: [crm, erp].sort(),
        keyProjectIds: [crm],
      },
    ]);
  });

  it('prorates an allocation starting mid-week by its working days (Wed–Fri = 3/5 of 40 h)', () => {
    const allocations = [
      anAllocation({ projectId: crm, hoursPerWeek: 40, percent: undefined, from: '2026-03-18', to: '2026-04-30' }),
      anAllocation({ projectId: erp, hoursPerWeek: 20, percent: undefined }),
    ];
    const [load] = findOverAllocations([alice], allocations, calendar, week);
    expect(load).toMatchObject({ allocatedHours: 44, capacityHours: 40, overBy: 4 });
  });

  it('reads a percent as a share of the contracted capacity, so a full allocation during leave is over', () => {
    const onLeave = aPerson({
      exceptions: [{ from: '2026-03-16', to: '2026-03-17', hoursPerWeek: 0, reason: 'Leave' }],
    });
    const [load] = findOverAllocations([onLeave], [anAllocation({ percent: 100 })], calendar, week);
    expect(load).toMatchObject({ allocatedHours: 40, capacityHours: 24, overBy: 16 });
  });

  it('uses an exception’s reduced weekly hours (part-time week) as the capacity', () => {
    const partTime = aPerson({ exceptions: [{ from: '2026-03-01', to: '2026-03-31', hoursPerWeek: 20 }] });
    const allocation = anAllocation({ hoursPerWeek: 24, percent: undefined });
    const [load] = findOverAllocations([partTime], [allocation], calendar, week);
    expect(load).toMatchObject({ allocatedHours: 24, capacityHours: 20, overBy: 4 });
  });

  it('takes a holiday off both sides: 40 h/week in a week with Easter Monday is 32 h of 32', () => {
    const easter = { workingDays: settings.workingDays, holidays: ['2026-04-06'] };
    const allocation = anAllocation({ hoursPerWeek: 40, percent: undefined });
    const [load] = computeWeeklyLoads([alice], [allocation], easter, { from: '2026-04-06', to: '2026-04-12' });
    expect(load).toMatchObject({ weekStart: '2026-04-06', allocatedHours: 32, capacityHours: 32, overBy: 0 });
    expect(findOverAllocations([alice], [allocation], easter, { from: '2026-04-06', to: '2026-04-12' })).toEqual([]);
  });

  it('prefers hours over percent when an allocation gives both', () => {
    const allocation = anAllocation({ hoursPerWeek: 10, percent: 200 });
    expect(computeWeeklyLoads([alice], [allocation], calendar, week)[0].allocatedHours).toBe(10);
  });

  it('starts weeks on Monday: a Sunday belongs to the week before it', () => {
    const sevenDays = { workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [] };
    const allocation = anAllocation({ from: '2026-03-22', to: '2026-03-22', hoursPerWeek: 7, percent: undefined });
    expect(computeWeeklyLoads([alice], [allocation], sevenDays)).toMatchObject([
      { weekStart: '2026-03-16', allocatedHours: 1 },
    ]);
  });

  it('leaves out weeks with no working day allocated and people it does not know', () => {
    const weekendOnly = anAllocation({ from: '2026-03-21', to: '2026-03-22' });
    const stranger = anAllocation({ personId: bobId, percent: 300 });
    expect(computeWeeklyLoads([alice], [weekendOnly, stranger], calendar)).toEqual([]);
  });

  it('lists loads by person, then week, whatever the input order', () => {
    const bob = aPerson({ id: bobId, name: 'Bob Leroy' });
    const allocations = [
      anAllocation({ personId: bobId, from: '2026-03-23', to: '2026-03-27', percent: 150 }),
      anAllocation({ from: '2026-03-23', to: '2026-03-27', percent: 150 }),
      anAllocation({ from: '2026-03-16', to: '2026-03-20', percent: 150 }),
    ];
    const loads = findOverAllocations([bob, alice], allocations, calendar);
    expect(loads.map((load) => `${load.personName} ${load.weekStart}`)).toEqual([
      'Alice Martin 2026-03-16',
      'Alice Martin 2026-03-23',
      'Bob Leroy 2026-03-23',
    ]);
  });
});
