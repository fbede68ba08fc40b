import { i18n } from '#i18n';
import { listDueFor, type ReportingDue } from '../../../shared/reports/reporting-due';
import type { PmoDatabase } from '../../db/database';
import { readReminderPreferences, readReportingRecords } from '../../db/reminder-queries';
import { readSetting, writeSetting } from '../../db/settings';
import type { ReminderBrowser } from './reminder-deps';

/** The badge's background: `--accent` (light) of extension/ui/styles/tokens.css, under white text. */
export const reminderBadgeColor = '#2f5bd3';

const notificationPrefix = 'report-due/';

export interface ReminderDeps {
  db: PmoDatabase;
  browser: ReminderBrowser;
  /** The user's calendar day (YYYY-MM-DD): reports are due by the PM's own date. */
  today(): string;
}

/** A report the member owes, in one of their workspaces. */
export interface OwedReport {
  workspaceId: string;
  entry: ReportingDue;
}

/** The notification of one project's due report; its id says where a click goes. */
export function toNotificationId(workspaceId: string, projectId: string): string {
  return `${notificationPrefix}${encodeURIComponent(workspaceId)}/${encodeURIComponent(projectId)}`;
}

/** The workspace and project of a reminder's notification id; undefined for anyone else's notification. */
export function parseNotificationId(id: string): { workspaceId: string; projectId: string } | undefined {
  if (!id.startsWith(notificationPrefix)) return undefined;
  const [workspaceId, projectId, extra] = id.slice(notificationPrefix.length).split('/');
  if (!workspaceId || !projectId || extra !== undefined) return undefined;
  return { workspaceId: decodeURIComponent(workspaceId), projectId: decodeURIComponent(projectId) };
}

/** Every report the member owes today, across the joined workspaces, from the local rows (offline too). */
export async function listOwedReports(db: PmoDatabase, today: string): Promise<OwedReport[]> {
  const owed: OwedReport[] = [];
  for (const connection of await db.connections.toArray()) {
    const records = await readReportingRecords(db, connection.workspaceId);
    for (const entry of listDueFor(connection.member.id, records, today)) {
      owed.push({ workspaceId: connection.workspaceId, entry });
    }
  }
  return owed;
}

/**
 * Sets the toolbar badge to the number of status reports the member owes (empty at 0 or when
 * switched off) and notifies each one once per project per day (unless switched off), with the
 * same shared rule the PMO's list uses (shared/reports/reporting-due.ts).
 */
export async function refreshReminders({
  db,
  browser,
  today,
}: ReminderDeps): Promise<{ count: number; notified: string[] }> {
  const day = today();
  const [preferences, owed] = await Promise.all([readReminderPreferences(db), listOwedReports(db, day)]);
  const count = owed.length;
  await browser.setBadge(
    preferences.isBadgeOn && count > 0 ? (count > 99 ? '99+' : String(count)) : '',
    reminderBadgeColor,
  );
  const notified: string[] = [];
  if (!preferences.isNotifyOn) return { count, notified };
  const memory = (await readSetting(db, 'reminderNotified')) ?? {};
  // Only the reports still owed are remembered: the memory never outgrows the portfolio.
  const next: Record<string, string> = {};
  for (const { workspaceId, entry } of owed) {
    const key = `${workspaceId}/${entry.projectId}`;
    next[key] = day;
    if (memory[key] === day) continue;
    await browser.notify(toNotificationId(workspaceId, entry.projectId), ...describeOwedReport(entry));
    notified.push(key);
  }
  // Written only when it changed: the background refreshes after every write to settings (start-reminders.ts).
  if (JSON.stringify(next) !== JSON.stringify(memory)) await writeSetting(db, 'reminderNotified', next);
  return { count, notified };
}

/** The notification's title and sentence, in the browser's language. */
function describeOwedReport(entry: ReportingDue): [string, string] {
  const title = i18n.t('reminders.notification.title', [entry.projectCode]);
  const message =
    entry.daysLate === 0
      ? i18n.t('reminders.notification.dueToday', [entry.projectName])
      : i18n.t('reminders.notification.late', entry.daysLate, [entry.projectName, String(entry.daysLate)]);
  return [title, message];
}
