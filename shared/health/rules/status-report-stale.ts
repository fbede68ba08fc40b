import { daysBetween } from '../../analytics/resources/iso-day';
import { dateParam } from '../../i18n/message-ref';
import { isRunning, latestSubmittedReport, reportDateOf } from '../fact-queries';
import type { HealthRule } from '../types';

/**
 * An active project whose latest submitted status report is more than `days` calendar days old
 * (default: the workspace reporting cycle), or that has none although it started longer ago.
 */
export const statusReportStale: HealthRule = {
  id: 'status-report-stale',
  defaultSeverity: 'warning',
  titleKey: 'health.statusReportStale.title',
  coachingKey: 'health.statusReportStale.coaching',
  defaultParams: (settings) => ({ days: settings.reportingCycleDays }),
  check: ({ project, statusReports, today }, params) => {
    if (!isRunning(project)) return [];
    const latest = latestSubmittedReport(statusReports);
    if (!latest) {
      const since = project.start ?? project.createdAt.slice(0, 10);
      if (daysBetween(since, today) <= params.days) return [];
      return [
        {
          entity: 'project',
          entityId: project.id,
          messageKey: 'health.statusReportMissing.message',
          params: { project: project.name, since: dateParam(since) },
        },
      ];
    }
    const reportDate = reportDateOf(latest);
    const age = daysBetween(reportDate, today);
    if (age <= params.days) return [];
    return [
      {
        entity: 'statusReport',
        entityId: latest.id,
        messageKey: 'health.statusReportStale.message',
        params: { date: dateParam(reportDate), days: age, cycleDays: params.days },
      },
    ];
  },
};
