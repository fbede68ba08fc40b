import { describe, expect, it } from 'vitest';
import { buildRagTrend, sortReportsNewestFirst } from '../../../shared/reports/rag-trend';
import { aStatusReport } from '../health/fixtures';

const first = aStatusReport({
  periodEnd: '2026-02-13',
  submittedAt: '2026-02-16T09:00:00.000Z',
  overall: { chosen: 'green' },
  dimensions: { schedule: { chosen: 'green' }, cost: { chosen: 'amber' } },
});
const second = aStatusReport({
  periodEnd: '2026-02-27',
  submittedAt: '2026-03-02T09:00:00.000Z',
  overall: { chosen: 'amber' },
  dimensions: { schedule: { chosen: 'red' } },
});
const draft = aStatusReport({
  periodEnd: '2026-03-13',
  state: 'draft',
  submittedAt: undefined,
  submittedBy: undefined,
});

describe('the RAG trend', () => {
  it('has a column per submitted report, oldest first, and a row per light; drafts are left out', () => {
    const trend = buildRagTrend([second, draft, first]);
    expect(trend.reports.map((report) => report.id)).toEqual([first.id, second.id]);
    expect(trend.reports[0]).toMatchObject({ periodEnd: '2026-02-13', date: '2026-02-16' });
    expect(trend.rows.map((row) => row.name)).toEqual([
      'overall',
      'schedule',
      'cost',
      'scope',
      'resources',
      'quality',
      'risk',
    ]);
    expect(trend.rows[0].lights).toEqual(['green', 'amber']);
    expect(trend.rows[1].lights).toEqual(['green', 'red']);
    expect(trend.rows[2].lights).toEqual(['amber', undefined]);
  });

  it('keeps the latest reports when there are more than the limit', () => {
    expect(buildRagTrend([first, second], 1).reports.map((report) => report.id)).toEqual([second.id]);
  });
});

describe('the history of reports', () => {
  it('lists the latest period first, the draft included', () => {
    expect(sortReportsNewestFirst([first, draft, second]).map((report) => report.id)).toEqual([
      draft.id,
      second.id,
      first.id,
    ]);
  });
});
