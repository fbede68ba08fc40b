import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BudgetedItem,
  phasePlannedValue,
  plannedValueAsOf,
  plannedValueSeries,
} from '../../../../shared/analytics/earned-value';
import { createWorkingCalendar, fromEpochDay } from '../../../../shared/analytics/schedule';

const calendar = createWorkingCalendar({ holidays: ['2026-12-25'] });

describe('time-phased planned value', () => {
  // QuestPond "Earned Value" tutorial, bread project: $8 planned evenly over 10 hours; at hour 3
  // 120 of 400 breads were planned, PV = 120 × $0.02 = $2.40. Here one working day is one hour.
  it('QuestPond bread project: $8 spread over 10 working days gives PV $2.40 after the third', () => {
    const { items } = phasePlannedValue(
      [{ id: 'bread', start: '2026-11-30', durationDays: 10, plannedValue: 8 }],
      calendar,
    );
    expect(items).toEqual([{ id: 'bread', budget: 8, start: '2026-11-30', finish: '2026-12-11', workingDays: 10 }]);
    expect(plannedValueAsOf(items, '2026-12-02', calendar)).toBeCloseTo(2.4, 10);
  });

  it('is zero before the start, flat over a weekend and the whole budget after the finish', () => {
    const { items } = phasePlannedValue(
      [{ id: 'a', start: '2026-11-25', end: '2026-12-01', plannedValue: 500 }],
      calendar,
    );
    expect(items[0].workingDays).toBe(5);
    expect(plannedValueAsOf(items, '2026-11-24', calendar)).toBe(0);
    expect(plannedValueAsOf(items, '2026-11-27', calendar)).toBe(300);
    expect(plannedValueAsOf(items, '2026-11-29', calendar)).toBe(300);
    expect(plannedValueAsOf(items, '2026-12-31', calendar)).toBe(500);
  });

  it('spreads nothing on holidays', () => {
    const { items } = phasePlannedValue(
      [{ id: 'a', start: '2026-12-24', end: '2026-12-28', plannedValue: 200 }],
      calendar,
    );
    expect(items[0].workingDays).toBe(2);
    expect(plannedValueAsOf(items, '2026-12-25', calendar)).toBe(100);
  });

  it('books a zero-duration deliverable as a lump sum on its date', () => {
    const { items } = phasePlannedValue(
      [{ id: 'handover', start: '2026-12-04', durationDays: 0, plannedValue: 1000 }],
      calendar,
    );
    expect(items[0].workingDays).toBe(0);
    expect(plannedValueAsOf(items, '2026-12-03', calendar)).toBe(0);
    expect(plannedValueAsOf(items, '2026-12-04', calendar)).toBe(1000);
  });

  it('measures against the baseline: its dates and values win, items added since are left out', () => {
    const plan: BudgetedItem[] = [
      { id: 'design', start: '2026-12-07', durationDays: 5, plannedValue: 900 },
      { id: 'extra', start: '2026-11-30', durationDays: 5, plannedValue: 400 },
    ];
    const phased = phasePlannedValue(plan, calendar, {
      items: [{ planItemId: 'design', start: '2026-11-30', end: '2026-12-04', plannedValue: 1000 }],
    });
    expect(phased.items).toEqual([
      { id: 'design', budget: 1000, start: '2026-11-30', finish: '2026-12-04', workingDays: 5 },
    ]);
    expect(phased.unbaselinedIds).toEqual(['extra']);
    expect(plannedValueAsOf(phased.items, '2026-12-01', calendar)).toBe(400);
  });

  it('counts an unscheduled item in the total budget but cannot place it in time', () => {
    const phased = phasePlannedValue(
      [
        { id: 'dated', start: '2026-11-30', durationDays: 1, plannedValue: 100 },
        { id: 'undated', plannedValue: 50 },
        { id: 'unbudgeted', start: '2026-11-30' },
      ],
      calendar,
    );
    expect([phased.totalBudget, phased.unscheduled, phased.items.map((item) => item.id)]).toEqual([
      150,
      [{ id: 'undated', budget: 50 }],
      ['dated'],
    ]);
  });
});

describe('planned value S-curve', () => {
  const plan: BudgetedItem[] = [
    { id: 'analysis', start: '2026-11-23', durationDays: 10, plannedValue: 1000 },
    { id: 'build', start: '2026-12-07', durationDays: 15, plannedValue: 3000 },
    { id: 'go-live', start: '2026-12-30', durationDays: 0, plannedValue: 500 },
  ];

  it('gives cumulative PV at each Sunday from the first start to the last finish', () => {
    const { items } = phasePlannedValue(plan, calendar);
    const series = plannedValueSeries(items, calendar);
    expect(series.map((point) => [point.weekStart, point.weekEnd, Math.round(point.plannedValue)])).toEqual([
      ['2026-11-23', '2026-11-29', 500],
      ['2026-11-30', '2026-12-06', 1000],
      ['2026-12-07', '2026-12-13', 2000],
      ['2026-12-14', '2026-12-20', 3000],
      ['2026-12-21', '2026-12-27', 3800],
      ['2026-12-28', '2027-01-03', 4500],
    ]);
  });

  it('covers a requested range and stops at maxWeeks', () => {
    const { items } = phasePlannedValue(plan, calendar);
    const series = plannedValueSeries(items, calendar, { from: '2026-11-01', to: '2027-02-28', maxWeeks: 3 });
    expect(series.map((point) => [point.weekStart, point.plannedValue])).toEqual([
      ['2026-10-26', 0],
      ['2026-11-02', 0],
      ['2026-11-09', 0],
    ]);
  });

  it('is empty for an empty plan', () => {
    expect(plannedValueSeries([], calendar)).toEqual([]);
  });

  const itemArbitrary = fc.record({
    id: fc.uuid(),
    start: fc.integer({ min: 20_400, max: 20_700 }).map(fromEpochDay),
    durationDays: fc.integer({ min: 0, max: 40 }),
    plannedValue: fc.integer({ min: 1, max: 100_000 }),
  });

  it('agrees with PV as of each week end, never falls, and ends at the total budget', () => {
    fc.assert(
      fc.property(fc.array(itemArbitrary, { minLength: 1, maxLength: 30 }), (plan) => {
        const { items, totalBudget } = phasePlannedValue(plan, calendar);
        const series = plannedValueSeries(items, calendar);
        for (let index = 0; index < series.length; index += 1) {
          const expected = plannedValueAsOf(items, series[index].weekEnd, calendar);
          expect(Math.abs(series[index].plannedValue - expected)).toBeLessThan(1e-6 * totalBudget);
          if (index > 0)
            expect(series[index].plannedValue).toBeGreaterThanOrEqual(series[index - 1].plannedValue - 1e-6);
        }
        expect(series[series.length - 1].plannedValue).toBeCloseTo(totalBudget, 6);
      }),
      { numRuns: 150 },
    );
  });
});
