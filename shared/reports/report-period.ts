import { fromDayNumber, toDayNumber } from '../analytics/resources/iso-day';
import type { StatusReportFields } from '../schemas/status-report';

export interface ReportPeriod {
  periodStart: string;
  periodEnd: string;
}

/**
 * The period a new report covers, up to `today`: from the day after the latest period any report of
 * the project ended, or, for the first report, one reporting cycle back (`cycleDays` days, today
 * included). A report already reaching today leaves a one-day period, today, never a reversed one.
 */
export function proposeReportPeriod(
  reports: readonly Pick<StatusReportFields, 'periodEnd'>[],
  today: string,
  cycleDays: number,
): ReportPeriod {
  let lastEnd: string | undefined;
  for (const report of reports) if (!lastEnd || report.periodEnd > lastEnd) lastEnd = report.periodEnd;
  const start =
    lastEnd === undefined
      ? fromDayNumber(toDayNumber(today) - Math.max(1, cycleDays) + 1)
      : fromDayNumber(toDayNumber(lastEnd) + 1);
  return { periodStart: start < today ? start : today, periodEnd: today };
}
