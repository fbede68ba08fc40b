import { describe, expect, it } from 'vitest';
import {
  buildBaselineSnapshot,
  compareBaselines,
  createWorkingCalendar,
  indexBaselineDates,
} from '../../../../shared/analytics/schedule';

const calendar = createWorkingCalendar();

describe('buildBaselineSnapshot', () => {
  it("keeps every item's dates and planned value, every milestone's date, and the project's BAC", () => {
    const snapshot = buildBaselineSnapshot({
      milestones: [
        { id: 'm1', forecastDate: '2026-04-10' },
        { id: 'm2', forecastDate: '2026-05-01', actualDate: '2026-04-28' },
      ],
      planItems: [
        { id: 'p1', start: '2026-03-05', durationDays: 3, plannedValue: 1200 },
        { id: 'p2', start: '2026-03-02', end: '2026-03-20', durationDays: 1 },
        { id: 'p3', durationDays: 4, plannedValue: 300 },
      ],
      calendar,
      projectBac: 50_000,
    });
    expect(snapshot).toEqual({
      items: [
        { planItemId: 'p1', start: '2026-03-05', end: '2026-03-09', plannedValue: 1200 },
        { planItemId: 'p2', start: '2026-03-02', end: '2026-03-20' },
        { planItemId: 'p3', plannedValue: 300 },
      ],
      milestones: [
        { milestoneId: 'm1', date: '2026-04-10' },
        { milestoneId: 'm2', date: '2026-04-28' },
      ],
      bac: 50_000,
    });
  });

  it('takes the sum of planned values as BAC when the project has none, and no BAC without values', () => {
    const items = [
      { id: 'p1', start: '2026-03-05', durationDays: 3, plannedValue: 1200 },
      { id: 'p2', durationDays: 2, plannedValue: 800 },
    ];
    expect(buildBaselineSnapshot({ milestones: [], planItems: items, calendar }).bac).toBe(2000);
    expect(buildBaselineSnapshot({ milestones: [], planItems: [{ id: 'x', durationDays: 1 }], calendar }).bac).toBe(
      undefined,
    );
  });
});

describe('indexBaselineDates', () => {
  it("reads a Baseline record's snapshot, or the milestones' own baseline dates without one", () => {
    const baseline = {
      items: [{ planItemId: 'p1', start: '2026-03-02', end: '2026-03-06' }],
      milestones: [{ milestoneId: 'm1', date: '2026-03-06' }],
    };
    expect([...indexBaselineDates(baseline)]).toEqual([
      ['m1', { start: '2026-03-06', finish: '2026-03-06' }],
      ['p1', { start: '2026-03-02', finish: '2026-03-06' }],
    ]);
    expect([...indexBaselineDates(undefined, [{ id: 'm1', baselineDate: '2026-03-09' }, { id: 'm2' }])]).toEqual([
      ['m1', { start: '2026-03-09', finish: '2026-03-09' }],
    ]);
  });
});

describe('compareBaselines', () => {
  it('lists what moved by how many working days, then what was added and removed', () => {
    const first = {
      items: [
        { planItemId: 'build', start: '2026-03-02', end: '2026-03-13', plannedValue: 5000 },
        { planItemId: 'docs', start: '2026-03-02', end: '2026-03-03' },
        { planItemId: 'gone', start: '2026-03-02', end: '2026-03-03' },
      ],
      milestones: [
        { milestoneId: 'live', date: '2026-03-13' },
        { milestoneId: 'kick', date: '2026-03-02' },
      ],
      bac: 10_000,
    };
    const second = {
      items: [
        // Two weeks later (10 working days), and dearer.
        { planItemId: 'build', start: '2026-03-16', end: '2026-03-27', plannedValue: 6500 },
        { planItemId: 'docs', start: '2026-03-02', end: '2026-03-03' },
        { planItemId: 'new', start: '2026-03-30', end: '2026-04-03' },
      ],
      // Friday to the next Monday: one working day.
      milestones: [
        { milestoneId: 'live', date: '2026-03-16' },
        { milestoneId: 'kick', date: '2026-03-02' },
      ],
      bac: 12_000,
    };
    const comparison = compareBaselines(first, second, calendar);
    expect(comparison.changes.map((change) => [change.id, change.change, change.finishShiftDays])).toEqual([
      ['build', 'moved', 10],
      ['live', 'moved', 1],
      ['new', 'added', null],
      ['gone', 'removed', null],
      ['docs', 'unchanged', 0],
      ['kick', 'unchanged', 0],
    ]);
    expect(comparison.changes[0]).toMatchObject({ kind: 'planItem', startShiftDays: 10, plannedValueChange: 1500 });
    expect(comparison.changes[1]).toMatchObject({
      kind: 'milestone',
      from: { start: '2026-03-13', finish: '2026-03-13' },
      to: { start: '2026-03-16', finish: '2026-03-16' },
    });
    expect(comparison.counts).toEqual({ moved: 2, added: 1, removed: 1, unchanged: 2 });
    expect(comparison.bacChange).toBe(2000);
  });
});
