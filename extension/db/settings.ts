import type { CaptureContext, CaptureKind } from '../../shared/capture/capture-draft';
import type { PmoDatabase } from './database';

/** A capture asked for (shortcut or menu) and not yet shown: what the form starts from. */
export interface PendingCapture {
  kind: CaptureKind;
  context: CaptureContext;
  /** The tab it was asked on, when there was one. */
  tabId?: number;
  /** When it was asked (ISO instant). */
  at: string;
}

/** Small values kept next to the data, so pages can watch them with liveQuery (no storage permission). */
export interface Settings {
  /** The workspace the popup shows when several are joined. */
  activeWorkspaceId: string;
  /** The last server address that answered, offered again in the options page. */
  lastServerUrl: string;
  /** A capture the card could not show (chrome:// pages, the Web Store, the PDF viewer), for the popup to open with. */
  pendingCapture: PendingCapture;
  /** The project the last capture went to, offered first next time. */
  lastCaptureProjectId: string;
  /** The Jira site each Jira project key's worklogs were last read from (the Costs tab), by key. */
  jiraSites: Record<string, string>;
  /** Show the number of status reports due on the toolbar icon (on unless switched off). */
  reminderBadge: boolean;
  /** Notify when a status report is due (on unless switched off). */
  reminderNotifications: boolean;
  /** The day each due report was last notified, by `workspaceId/projectId`: once per project per day. */
  reminderNotified: Record<string, string>;
}

/** Reads one setting, or undefined when never written. */
export async function readSetting<K extends keyof Settings>(db: PmoDatabase, key: K): Promise<Settings[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as Settings[K] | undefined;
}

/** Writes one setting. */
export async function writeSetting<K extends keyof Settings>(
  db: PmoDatabase,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/** Forgets one setting. */
export async function deleteSetting(db: PmoDatabase, key: keyof Settings): Promise<void> {
  await db.settings.delete(key);
}
