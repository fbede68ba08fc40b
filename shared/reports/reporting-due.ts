import { z } from 'zod';
import { fromDayNumber, toDayNumber } from '../analytics/resources/iso-day';
import { isRunning, latestSubmittedReport } from '../health/fact-queries';
import type { Project } from '../schemas/project';
import type { StatusReport } from '../schemas/status-report';
import { defaultWorkspaceSettings, type WorkspaceSettingsFields } from '../schemas/workspace-settings';

/**
 * When one active project's next status report is due (docs/domain.md "Reporting reminders"): the
 * period end of its latest submitted report (else the project's start, else the day it was created)
 * plus the workspace's `reportingCycleDays`, in calendar days (holidays do not move it).
 */
export const ReportingDueSchema = z.object({
  projectId: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  /** The member who manages the project: the one the reminder is for. */
  managerId: z.string().optional(),
  managerName: z.string().optional(),
  /** The period end of the latest submitted report; absent when none was submitted (drafts do not count). */
  lastReportEnd: z.string().optional(),
  /** The day the cycle counts from: `lastReportEnd`, else the project's start. */
  since: z.string(),
  /** The day the next report is due (YYYY-MM-DD). */
  dueOn: z.string(),
  /** Due today or earlier. */
  isDue: z.boolean(),
  /** Calendar days past `dueOn`: 0 on the day itself and before it. */
  daysLate: z.number().int(),
});
export type ReportingDue = z.infer<typeof ReportingDueSchema>;

/** What the reminders read of a workspace; the Durable Object's and Dexie's WorkspaceRecords both fit. */
export interface ReportingRecords {
  settings?: Pick<WorkspaceSettingsFields, 'reportingCycleDays'>;
  projects: readonly Project[];
  statusReports: readonly StatusReport[];
}

/**
 * The next report of every active project (proposed, on-hold, closed and cancelled ones owe none,
 * as for the `status-report-stale` rule), in project code order. Linear in projects + reports.
 */
export function computeReportingDue(records: ReportingRecords, today: string): ReportingDue[] {
  const cycleDays = records.settings?.reportingCycleDays ?? defaultWorkspaceSettings.reportingCycleDays;
  const reportsByProject = new Map<string, StatusReport[]>();
  for (const report of records.statusReports) {
    const list = reportsByProject.get(report.projectId);
    if (list) list.push(report);
    else reportsByProject.set(report.projectId, [report]);
  }
  const todayNumber = toDayNumber(today);
  const due: ReportingDue[] = [];
  for (const project of records.projects) {
    if (!isRunning(project)) continue;
    const lastReportEnd = latestSubmittedReport(reportsByProject.get(project.id) ?? [])?.periodEnd;
    const since = lastReportEnd ?? project.start ?? project.createdAt.slice(0, 10);
    const dueNumber = toDayNumber(since) + cycleDays;
    due.push({
      projectId: project.id,
      projectCode: project.code,
      projectName: project.name,
      ...(project.managerId ? { managerId: project.managerId } : {}),
      ...(project.managerName ? { managerName: project.managerName } : {}),
      ...(lastReportEnd ? { lastReportEnd } : {}),
      since,
      dueOn: fromDayNumber(dueNumber),
      isDue: todayNumber >= dueNumber,
      daysLate: Math.max(0, todayNumber - dueNumber),
    });
  }
  return due.sort((a, b) => compareText(a.projectCode, b.projectCode) || compareText(a.projectId, b.projectId));
}

/** The projects whose report is due today or late, the latest first (most days late), then by code. */
export function listLateReports(records: ReportingRecords, today: string): ReportingDue[] {
  return computeReportingDue(records, today)
    .filter((entry) => entry.isDue)
    .sort((a, b) => b.daysLate - a.daysLate);
}

/** The due or late reports of the projects `memberId` manages. */
export function listDueFor(memberId: string, records: ReportingRecords, today: string): ReportingDue[] {
  return listLateReports(records, today).filter((entry) => entry.managerId === memberId);
}

/** How many reports `memberId` owes today: the number on the PM's toolbar badge. */
export function countDueFor(memberId: string, records: ReportingRecords, today: string): number {
  return listDueFor(memberId, records, today).length;
}

// Code-unit order: the same on every runtime and locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
