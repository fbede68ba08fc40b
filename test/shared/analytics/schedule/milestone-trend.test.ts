import { describe, expect, it } from 'vitest';
import {
  assessMilestones,
  assessMilestoneTrend,
  buildMilestoneTrend,
  computeMilestoneSlip,
  createWorkingCalendar,
  isMilestoneOverdue,
} from '../../../../shared/analytics/schedule';

// Christmas and Boxing Day off; 2026-12-25 is a Friday.
const calendar = createWorkingCalendar({ holidays: ['2026-12-25', '2026-12-28'] });
const goLive = 'a1b2c3d4-0000-4000-8000-000000000001';
const signOff = 'a1b2c3d4-0000-4000-8000-000000000002';

describe('milestone slip', () => {
  it('is forecast − baseline in working days, skipping the holidays between', () => {
    expect(computeMilestoneSlip({ baselineDate: '2026-12-23', forecastDate: '2026-12-30' }, calendar)).toEqual({
      slipDays: 3,
      basis: 'forecast',
      baselineDate: '2026-12-23',
      comparedDate: '2026-12-30',
    });
  });

  it('compares the actual date once the milestone is done, and is negative when early', () => {
    const slip = computeMilestoneSlip(
      { baselineDate: '2026-12-23', forecastDate: '2027-01-15', actualDate: '2026-12-21' },
      calendar,
    );
    expect([slip.basis, slip.slipDays]).toEqual(['actual', -2]);
  });

  it('is null without a baseline', () => {
    expect(computeMilestoneSlip({ forecastDate: '2026-12-30' }, calendar).slipDays).toBeNull();
  });

  it('is overdue when the forecast is before today and nothing is done', () => {
    expect(isMilestoneOverdue({ forecastDate: '2026-11-24' }, '2026-11-25')).toBe(true);
    expect(isMilestoneOverdue({ forecastDate: '2026-11-25' }, '2026-11-25')).toBe(false);
    expect(isMilestoneOverdue({ forecastDate: '2026-11-24', actualDate: '2026-11-24' }, '2026-11-25')).toBe(false);
  });
});

describe('milestone overview', () => {
  it('gives the worst mandatory slip and the overdue mandatory milestones, preferring a Baseline record', () => {
    const overview = assessMilestones(
      [
        { id: goLive, mandatory: true, baselineDate: '2026-12-01', forecastDate: '2026-12-10' },
        { id: signOff, mandatory: false, baselineDate: '2026-11-02', forecastDate: '2026-11-20' },
        { id: 'no-baseline', mandatory: true, forecastDate: '2026-11-20' },
      ],
      { calendar, today: '2026-11-25', baseline: { milestones: [{ milestoneId: goLive, date: '2026-12-03' }] } },
    );
    // signOff is overdue: it slips to today (2 Nov → 25 Nov, 17 working days), not to its stale forecast (14).
    expect(overview).toMatchObject({
      maxSlipDays: 17,
      maxMandatorySlipDays: 5,
      overdueIds: [signOff, 'no-baseline'],
      overdueMandatoryIds: ['no-baseline'],
      withoutBaselineIds: ['no-baseline'],
    });
  });

  it('has no slip figures for a project without milestones', () => {
    expect(assessMilestones([], { calendar, today: '2026-11-25' })).toMatchObject({
      maxSlipDays: null,
      maxMandatorySlipDays: null,
      overdueIds: [],
    });
  });
});

const report = (periodEnd: string, forecasts: Record<string, string>, state: 'draft' | 'submitted' = 'submitted') => ({
  state,
  periodEnd,
  submittedAt: `${periodEnd}T17:00:00.000Z`,
  milestoneForecasts: Object.entries(forecasts).map(([milestoneId, forecastDate]) => ({ milestoneId, forecastDate })),
});

describe('milestone trend analysis', () => {
  it('builds one line per milestone from submitted reports, in report order, ignoring drafts', () => {
    const series = buildMilestoneTrend([
      report('2026-11-20', { [goLive]: '2026-12-18', [signOff]: '2027-01-08' }),
      report('2026-11-06', { [goLive]: '2026-12-11' }),
      report('2026-11-27', { [goLive]: '2027-01-15' }, 'draft'),
    ]);
    expect(series).toEqual([
      {
        milestoneId: goLive,
        points: [
          { reportDate: '2026-11-06', forecastDate: '2026-12-11' },
          { reportDate: '2026-11-20', forecastDate: '2026-12-18' },
        ],
      },
      { milestoneId: signOff, points: [{ reportDate: '2026-11-20', forecastDate: '2027-01-08' }] },
    ]);
  });

  it('keeps the later submission when two reports share a period end', () => {
    const early = { ...report('2026-11-20', { [goLive]: '2026-12-18' }), submittedAt: '2026-11-20T09:00:00.000Z' };
    const late = { ...report('2026-11-20', { [goLive]: '2026-12-22' }), submittedAt: '2026-11-20T16:00:00.000Z' };
    expect(buildMilestoneTrend([late, early])[0].points).toEqual([
      { reportDate: '2026-11-20', forecastDate: '2026-12-22' },
    ]);
  });

  it('flags a rising line as slipping, counting each slip and the last move', () => {
    const [series] = buildMilestoneTrend([
      report('2026-10-23', { [goLive]: '2026-12-11' }),
      report('2026-11-06', { [goLive]: '2026-12-18' }),
      report('2026-11-20', { [goLive]: '2026-12-16' }),
      report('2026-12-04', { [goLive]: '2026-12-30' }),
    ]);
    expect(assessMilestoneTrend(series, calendar)).toEqual({
      milestoneId: goLive,
      direction: 'slipping',
      isRising: true,
      driftDays: 11,
      lastMoveDays: 8,
      slipCount: 2,
    });
  });

  it('reads a falling line as pulling in, a flat one as stable, and one point as too little data', () => {
    const falling = {
      milestoneId: goLive,
      points: [
        { reportDate: '2026-11-06', forecastDate: '2026-12-18' },
        { reportDate: '2026-11-20', forecastDate: '2026-12-14' },
      ],
    };
    expect(assessMilestoneTrend(falling, calendar)).toMatchObject({
      direction: 'pulling_in',
      isRising: false,
      driftDays: -4,
    });
    const wobbling = {
      milestoneId: goLive,
      points: [
        { reportDate: '2026-11-06', forecastDate: '2026-12-14' },
        { reportDate: '2026-11-20', forecastDate: '2026-12-15' },
      ],
    };
    expect(assessMilestoneTrend(wobbling, calendar, 2)).toMatchObject({ direction: 'stable', isRising: false });
    const single = { milestoneId: goLive, points: [{ reportDate: '2026-11-06', forecastDate: '2026-12-14' }] };
    expect(assessMilestoneTrend(single, calendar).direction).toBe('insufficient_data');
  });
});
