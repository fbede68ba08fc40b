import { type MessageRef, messageRef } from '../i18n/message-ref';
import type { Project } from '../schemas/project';
import type { StatusReport } from '../schemas/status-report';

/** True for missing, empty or whitespace-only text. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** A title in the reader's quotation marks (“…” or « … »). */
export function quoted(text: string): MessageRef {
  return messageRef('term.quoted', { text });
}

/** The day a report speaks for: the day it was submitted, else its period end. */
export function reportDateOf(report: Pick<StatusReport, 'submittedAt' | 'periodEnd'>): string {
  return report.submittedAt?.slice(0, 10) ?? report.periodEnd;
}

/** The most recent submitted report (drafts are not reports yet), or undefined. */
export function latestSubmittedReport(reports: readonly StatusReport[]): StatusReport | undefined {
  let latest: StatusReport | undefined;
  for (const report of reports) {
    if (report.state !== 'submitted') continue;
    if (!latest || compareReports(report, latest) > 0) latest = report;
  }
  return latest;
}

function compareReports(a: StatusReport, b: StatusReport): number {
  return (
    compareText(reportDateOf(a), reportDateOf(b)) || compareText(a.periodEnd, b.periodEnd) || compareText(a.id, b.id)
  );
}

// Code-unit order: ISO dates and ids sort the same on every runtime and locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Only running projects owe reports and baselines; proposed and on-hold ones do not yet. */
export function isRunning(project: Pick<Project, 'state'>): boolean {
  return project.state === 'active';
}

/** The first `limit` titles, quoted, for a list in a sentence. */
export function quotedTitles(titles: readonly string[], limit = 3): MessageRef[] {
  return titles.slice(0, limit).map(quoted);
}
