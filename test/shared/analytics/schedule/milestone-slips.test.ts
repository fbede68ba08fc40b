import { describe, expect, it } from 'vitest';
import {
  buildMilestoneTrend,
  layoutMilestoneTrend,
  type MilestoneStatus,
  rankMilestoneSlips,
} from '../../../../shared/analytics/schedule';

const status = (milestoneId: string, fields: Partial<MilestoneStatus>): MilestoneStatus => ({
  milestoneId,
  mandatory: false,
  isDone: false,
  isOverdue: false,
  overdueDays: null,
  slipDays: null,
  ...fields,
});

describe('rankMilestoneSlips', () => {
  it('lists overdue milestones first, then the largest slips, unbaselined and done ones last', () => {
    const forecasts: Record<string, string> = {
      done: '2026-01-10',
      early: '2026-05-01',
      none: '2026-04-01',
      late: '2026-06-01',
      overdue: '2026-02-01',
      worse: '2026-01-20',
      slightly: '2026-04-20',
    };
    const ranked = rankMilestoneSlips(
      [
        status('done', { isDone: true, slipDays: 30 }),
        status('early', { slipDays: -2 }),
        status('none', {}),
        status('late', { slipDays: 12 }),
        status('overdue', { isOverdue: true, overdueDays: 3, slipDays: 3 }),
        status('worse', { isOverdue: true, overdueDays: 9, slipDays: 9 }),
        status('slightly', { slipDays: 1 }),
      ],
      (id) => forecasts[id],
    );
    expect(ranked.map((row) => row.milestoneId)).toEqual([
      'worse',
      'overdue',
      'late',
      'slightly',
      'early',
      'none',
      'done',
    ]);
    expect(ranked[0].forecastDate).toBe('2026-01-20');
  });
});

describe('layoutMilestoneTrend', () => {
  it('puts each report date across and each forecast up, a point per submitted report', () => {
    const series = buildMilestoneTrend([
      {
        state: 'submitted',
        periodEnd: '2026-03-06',
        submittedAt: '2026-03-06T10:00:00.000Z',
        milestoneForecasts: [{ milestoneId: 'live', forecastDate: '2026-04-10' }],
      },
      {
        state: 'submitted',
        periodEnd: '2026-03-20',
        submittedAt: '2026-03-20T10:00:00.000Z',
        milestoneForecasts: [{ milestoneId: 'live', forecastDate: '2026-04-24' }],
      },
      {
        state: 'draft',
        periodEnd: '2026-04-03',
        milestoneForecasts: [{ milestoneId: 'live', forecastDate: '2026-05-01' }],
      },
    ]);
    const layout = layoutMilestoneTrend(series, { left: 50, top: 10, width: 300, height: 200 });
    const [line] = layout.series;
    expect(line.points.map((point) => point.reportDate)).toEqual(['2026-03-06', '2026-03-20']);
    // Padded by a week each side: 28 days across, 28 days up.
    expect(line.points[0].x).toBeCloseTo(50 + (7 / 28) * 300);
    expect(line.points[1].x).toBeCloseTo(50 + (21 / 28) * 300);
    // The later forecast stands higher.
    expect(line.points[1].y).toBeLessThan(line.points[0].y);
    expect(line.points[0].y).toBeCloseTo(10 + 200 - (7 / 28) * 200);
    expect(layout.xTicks.every((tick) => tick.unit === 'week')).toBe(true);
    // Reports in March and forecasts in April never meet: no diagonal inside the chart.
    expect(layout.diagonal).toBeNull();
    expect(layoutMilestoneTrend([], { left: 0, top: 0, width: 10, height: 10 }).series).toEqual([]);
  });
});
