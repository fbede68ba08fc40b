import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProjectEarnedValue, type ProgressItem } from '../../../../shared/analytics/earned-value';
import { createWorkingCalendar, fromEpochDay } from '../../../../shared/analytics/schedule';

const calendar = createWorkingCalendar();

describe('project earned value against published worked examples', () => {
  // Mulcahy, PMP Exam Prep (p. 210), "Earned Value Exercise": four fence sides of $1,000, one a
  // day, one after the other; at the end of day 3: sides 1–2 done ($1,000 and $1,200 spent), side 3
  // half done ($600), side 4 not started.
  it('Mulcahy PMP Exam Prep fence exercise from plan items: PV 3,000, EV 2,500, AC 2,800, BAC 4,000, EAC ≈ 4,479', () => {
    const sides: ProgressItem[] = [
      {
        id: 'side-1',
        start: '2026-11-30',
        durationDays: 1,
        plannedValue: 1000,
        percentComplete: 100,
        actualCost: 1000,
      },
      {
        id: 'side-2',
        start: '2026-12-01',
        durationDays: 1,
        plannedValue: 1000,
        percentComplete: 100,
        actualCost: 1200,
      },
      { id: 'side-3', start: '2026-12-02', durationDays: 1, plannedValue: 1000, percentComplete: 50, actualCost: 600 },
      { id: 'side-4', start: '2026-12-03', durationDays: 1, plannedValue: 1000, percentComplete: 0 },
    ];
    const { indicators, budgetBasis } = analyzeProjectEarnedValue({ asOf: '2026-12-02', calendar, planItems: sides });
    expect(budgetBasis).toBe('planned_value');
    expect([indicators.bac, indicators.pv, indicators.ev, indicators.ac]).toEqual([4000, 3000, 2500, 2800]);
    expect([indicators.cv, indicators.sv]).toEqual([-300, -500]);
    expect(indicators.cpi).toBeCloseTo(0.893, 3);
    expect(indicators.spi).toBeCloseTo(0.833, 3);
    expect(Math.abs(indicators.eacCpi! - 4479)).toBeLessThanOrEqual(1);
  });

  // tutorialspoint.com "EVM example": one task, baseline 8 h × $100 = $800, 91.7 % complete.
  it('Tutorialspoint EVM example as a one-task plan: EV = 91.7 % × $800 ≈ $734, CV ≈ −$366', () => {
    const { indicators } = analyzeProjectEarnedValue({
      asOf: '2026-11-30',
      calendar,
      planItems: [{ id: 'task', start: '2026-11-30', durationDays: 1, plannedValue: 800, percentComplete: 91.7 }],
      project: { actualCost: 1100 },
    });
    expect(indicators.pv).toBe(800);
    expect(Math.round(indicators.ev!)).toBe(734);
    expect(Math.round(indicators.cv!)).toBe(-366);
  });
});

describe('project earned value', () => {
  it('has unknown PV and EV for an empty plan, and no NaN anywhere', () => {
    const { indicators, budgetBasis } = analyzeProjectEarnedValue({
      asOf: '2026-11-30',
      calendar,
      planItems: [],
      project: { bac: 50_000, actualCost: 1_000 },
    });
    expect(budgetBasis).toBe('none');
    expect([indicators.bac, indicators.pv, indicators.ev, indicators.ac, indicators.spi, indicators.cpi]).toEqual([
      50_000,
      null,
      null,
      1_000,
      null,
      null,
    ]);
  });

  it('shares the BAC out by duration when no item carries a planned value', () => {
    const { indicators, budgetBasis, phased } = analyzeProjectEarnedValue({
      asOf: '2026-12-01',
      calendar,
      planItems: [
        { id: 'a', start: '2026-11-30', durationDays: 2, percentComplete: 100 },
        { id: 'b', start: '2026-12-02', durationDays: 3, percentComplete: 0 },
      ],
      project: { bac: 10_000 },
    });
    expect(budgetBasis).toBe('bac_by_duration');
    expect(phased.items.map((item) => item.budget)).toEqual([4000, 6000]);
    expect([indicators.pv, indicators.ev, indicators.ac, indicators.spi]).toEqual([4000, 4000, null, 1]);
  });

  it('takes BAC from the baseline first and measures PV against its dates', () => {
    const result = analyzeProjectEarnedValue({
      asOf: '2026-12-04',
      calendar,
      planItems: [{ id: 'a', start: '2026-12-07', durationDays: 5, plannedValue: 1000, percentComplete: 20 }],
      project: { bac: 1_500, actualCost: 300 },
      baseline: { bac: 1_200, items: [{ planItemId: 'a', start: '2026-11-30', end: '2026-12-04' }] },
    });
    expect(result.hasBaseline).toBe(true);
    expect([result.indicators.bac, result.indicators.pv, result.indicators.ev]).toEqual([1_200, 1000, 200]);
    expect(result.indicators.spi).toBeCloseTo(0.2, 10);
  });

  it('prefers the project actual cost to the sum of item actual costs', () => {
    const planItems: ProgressItem[] = [
      { id: 'a', start: '2026-11-30', plannedValue: 100, percentComplete: 50, actualCost: 70 },
    ];
    const fromItems = analyzeProjectEarnedValue({ asOf: '2026-11-30', calendar, planItems });
    const fromProject = analyzeProjectEarnedValue({
      asOf: '2026-11-30',
      calendar,
      planItems,
      project: { actualCost: 90 },
    });
    expect([fromItems.indicators.ac, fromProject.indicators.ac]).toEqual([70, 90]);
  });

  const itemArbitrary = fc.record({
    id: fc.uuid(),
    start: fc.option(fc.integer({ min: 20_400, max: 20_600 }).map(fromEpochDay), { nil: undefined }),
    durationDays: fc.integer({ min: 0, max: 30 }),
    plannedValue: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
    percentComplete: fc.integer({ min: 0, max: 100 }),
    actualCost: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
  });

  it('never returns NaN or Infinity, whatever the plan', () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { maxLength: 20 }),
        fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: undefined }),
        fc.integer({ min: 20_300, max: 20_700 }).map(fromEpochDay),
        (planItems, bac, asOf) => {
          const { indicators } = analyzeProjectEarnedValue({ asOf, calendar, planItems, project: { bac } });
          for (const value of Object.values(indicators)) expect(value === null || Number.isFinite(value)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
