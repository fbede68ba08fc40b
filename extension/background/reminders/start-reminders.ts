import { browser } from 'wxt/browser';
import type { PmoDatabase } from '../../db/database';
import { writeSetting } from '../../db/settings';
import { localDayOf } from '../jira/local-day';
import { createSettledRunner, onTablesMutated } from '../popup-summary/settled-runner';
import { parseNotificationId, type ReminderDeps, refreshReminders } from './refresh-reminders';
import { browserReminderDeps, type ReminderBrowser } from './reminder-deps';

/** Asks the running reminders to refresh soon (a switch changed); a no-op before startReminders. */
export const reminderRefresh = { request: (): void => undefined };

/** The hourly tick that catches a new day while nothing syncs (the sync alarm is another). */
export const reminderAlarm = 'reminders';
/** A sync writes its pages in several transactions: one refresh once they settle. */
const settleMs = 2_000;

/**
 * Keeps the badge and the notifications current: after every change to the local rows (a sync, an
 * edit, a switch in the options page) and on an hourly alarm for the turn of the day. Listeners are
 * added synchronously, so the alarm or click that woke the worker is not missed.
 */
export function startReminders(db: PmoDatabase, now: () => string): void {
  const deps: ReminderDeps = { db, browser: browserReminderDeps, today: () => localDayOf(now()) };
  // One refresh at a time, in order, at most once per settle period (settled-runner.ts): a slow one
  // that read the switch before it changed must not set the badge after a later one.
  const refresh = createSettledRunner(() => refreshReminders(deps), settleMs, 'reporting reminders');
  const refreshSoon = refresh.soon;
  reminderRefresh.request = refresh.now;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === reminderAlarm) refreshSoon();
  });
  browser.notifications?.onClicked.addListener((id) => void openOwedReport(db, browserReminderDeps, id));
  // Any write to the rows, the switches or the connections, here or in a page.
  onTablesMutated(db, ['recordChunks', 'settings', 'connections'], refreshSoon);
  refreshSoon();
  void ensureReminderAlarm();
}

/** A click on a reminder opens that project's Status tab, in its workspace. */
export async function openOwedReport(
  db: PmoDatabase,
  reminders: ReminderBrowser,
  notificationId: string,
): Promise<boolean> {
  const target = parseNotificationId(notificationId);
  if (!target || !(await db.connections.get(target.workspaceId))) return false;
  await writeSetting(db, 'activeWorkspaceId', target.workspaceId);
  await reminders.openWorkspace({ projectId: target.projectId, tab: 'status' });
  return true;
}

/** Creating the alarm on every wake would restart its period; create it only when missing. */
async function ensureReminderAlarm(): Promise<void> {
  if (await browser.alarms.get(reminderAlarm)) return;
  await browser.alarms.create(reminderAlarm, { periodInMinutes: 60 });
}
