import { reportDateOf } from '../health/fact-queries';
import type { Rag } from '../schemas/common';
import type { StatusReport } from '../schemas/status-report';
import { type LightName, lightNames, lightOf } from './report-lights';

type TrendReport = Pick<
  StatusReport,
  'id' | 'state' | 'periodStart' | 'periodEnd' | 'submittedAt' | 'overall' | 'dimensions'
>;

/** The reported lights over time: one column per submitted report (oldest first), one row per light. */
export interface RagTrend {
  reports: { id: string; periodStart: string; periodEnd: string; date: string }[];
  /** `lights[i]` is what `reports[i]` reported; undefined where it did not rate that dimension. */
  rows: { name: LightName; lights: (Rag | undefined)[] }[];
}

/**
 * The trend of the chosen lights across the last `limit` submitted reports (drafts are not reports
 * yet), in the order they speak for: the day submitted, then period end, then id.
 */
export function buildRagTrend(reports: readonly TrendReport[], limit = 12): RagTrend {
  const submitted = reports
    .filter((report) => report.state === 'submitted')
    .map((report) => ({ report, date: reportDateOf(report) }))
    .sort(
      (a, b) =>
        compareText(a.date, b.date) ||
        compareText(a.report.periodEnd, b.report.periodEnd) ||
        compareText(a.report.id, b.report.id),
    )
    .slice(-Math.max(1, limit));
  return {
    reports: submitted.map(({ report, date }) => ({
      id: report.id,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      date,
    })),
    rows: lightNames.map((name) => ({
      name,
      lights: submitted.map(({ report }) => lightOf(report, name)?.chosen),
    })),
  };
}

/** A project's reports as a history lists them: latest period first, then latest created, then id. */
export function sortReportsNewestFirst<R extends Pick<StatusReport, 'id' | 'periodEnd' | 'createdAt'>>(
  reports: readonly R[],
): R[] {
  return [...reports].sort(
    (a, b) => compareText(b.periodEnd, a.periodEnd) || compareText(b.createdAt, a.createdAt) || compareText(b.id, a.id),
  );
}

// Code-unit order: ISO dates and ids sort the same on every runtime and locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
