import { describe, expect, it } from 'vitest';
import {
  addMonths,
  analyzeProjectEarnedValue,
  buildCostCurve,
  type CostAmount,
  lastDayOfMonth,
  listMonths,
  monthOf,
  type ProgressItem,
  sumActualCostAsOf,
} from '../../../../shared/analytics/earned-value';
import { createWorkingCalendar } from '../../../../shared/analytics/schedule';

const calendar = createWorkingCalendar();

/** Design (5 working days in January, 10,000, done) and Build (5 days in February, 20,000, half done). */
const plan: ProgressItem[] = [
  { id: 'design', start: '2026-01-05', durationDays: 5, plannedValue: 10_000, percentComplete: 100 },
  { id: 'build', start: '2026-02-02', durationDays: 5, plannedValue: 20_000, percentComplete: 50 },
];

const actual = (id: string, period: string, amount: number): CostAmount => ({ id, period, amount });
const entries = [
  actual('jan-invoice', '2026-01-01', 9_000),
  actual('feb-timesheets', '2026-02-01', 8_000),
  actual('feb-licences', '2026-02-01', 5_000),
  // Booked ahead for March: not spent yet on 27 February.
  actual('mar-prepaid', '2026-03-01', 4_000),
];

describe('month arithmetic on YYYY-MM-01 strings', () => {
  it('names the month of a day, its last day, and the months between two days', () => {
    expect(monthOf('2026-03-17')).toBe('2026-03-01');
    expect(lastDayOfMonth('2026-02-01')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(addMonths('2026-11-01', 3)).toBe('2027-02-01');
    expect(addMonths('2026-01-01', -1)).toBe('2025-12-01');
    expect(listMonths('2025-11-20', '2026-02-03')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
    expect(listMonths('2026-03-01', '2026-01-01')).toEqual([]);
  });

  it('sums the actual cost of the months begun by a day; null without any actual entry', () => {
    expect(sumActualCostAsOf(entries, '2026-02-27')).toBe(22_000);
    expect(sumActualCostAsOf(entries, '2026-03-01')).toBe(26_000);
    expect(sumActualCostAsOf([], '2026-02-27')).toBeNull();
    expect(sumActualCostAsOf([{ ...entries[0], kind: 'planned' }], '2026-02-27')).toBeNull();
  });
});

describe('earned value with cost entries', () => {
  it('takes AC from the cost entries when the project has any, over its reported actual cost', () => {
    const result = analyzeProjectEarnedValue({
      asOf: '2026-02-27',
      calendar,
      planItems: plan,
      project: { bac: 30_000, actualCost: 50_000 },
      costEntries: entries,
    });
    expect(result.actualCostBasis).toBe('cost_entries');
    const { bac, pv, ev, ac, spi, cpi } = result.indicators;
    expect([bac, pv, ev, ac]).toEqual([30_000, 30_000, 20_000, 22_000]);
    expect(spi).toBeCloseTo(2 / 3, 10);
    expect(cpi).toBeCloseTo(20_000 / 22_000, 10);
  });

  it('keeps the reported actual cost when the project has no cost entry', () => {
    const result = analyzeProjectEarnedValue({
      asOf: '2026-02-27',
      calendar,
      planItems: plan,
      project: { bac: 30_000, actualCost: 25_000 },
      costEntries: [],
    });
    expect(result.actualCostBasis).toBe('project');
    expect(result.indicators.ac).toBe(25_000);
  });

  it('time-phases PV from planned amounts entered per month when no item has a planned value', () => {
    const unbudgeted = plan.map(({ plannedValue: _, ...item }) => item);
    const planned: CostAmount[] = [
      { id: 'pv-jan', kind: 'planned', period: '2026-01-01', amount: 12_000 },
      { id: 'pv-feb', kind: 'planned', period: '2026-02-01', amount: 18_000 },
    ];
    const result = analyzeProjectEarnedValue({
      asOf: '2026-01-31',
      calendar,
      planItems: unbudgeted,
      costEntries: planned,
    });
    expect(result.budgetBasis).toBe('planned_by_period');
    expect(result.indicators.bac).toBe(30_000);
    expect(result.indicators.pv).toBe(12_000);
    // EV weighs the items by duration against BAC: 15,000 each; design done, build half done.
    expect(result.indicators.ev).toBe(22_500);
    expect(result.indicators.ac).toBeNull();
  });
});

describe('the S-curve', () => {
  it('draws cumulative PV and AC by month, EV at today, from the same figures as the indicators', () => {
    const earnedValue = analyzeProjectEarnedValue({
      asOf: '2026-02-27',
      calendar,
      planItems: plan,
      project: { bac: 30_000 },
      costEntries: entries,
    });
    const curve = buildCostCurve(earnedValue, entries, calendar);
    expect(curve.points.map((point) => point.period)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(curve.points.map((point) => point.plannedToDate)).toEqual([10_000, 30_000, 30_000]);
    expect(curve.points.map((point) => point.actualInPeriod)).toEqual([9_000, 13_000, 4_000]);
    expect(curve.points.map((point) => point.actualToDate)).toEqual([9_000, 22_000, null]);
    expect(curve.points.map((point) => point.earnedToDate)).toEqual([null, 20_000, null]);
    expect(curve.today).toEqual({ pv: 30_000, ev: 20_000, ac: 22_000 });
    expect(curve.today.ac).toBe(earnedValue.indicators.ac);
  });

  it('is empty for a project with no plan, no entries and no progress', () => {
    const earnedValue = analyzeProjectEarnedValue({ asOf: '2026-02-27', calendar, planItems: [] });
    expect(buildCostCurve(earnedValue, [], calendar).points).toEqual([]);
  });
});
