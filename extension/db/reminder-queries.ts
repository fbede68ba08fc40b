import type { ReportingRecords } from '../../shared/reports/reporting-due';
import type { Project } from '../../shared/schemas/project';
import type { StatusReport } from '../../shared/schemas/status-report';
import type { WorkspaceSettingsFields } from '../../shared/schemas/workspace-settings';
import type { PmoDatabase } from './database';
import { listRecords } from './read-records';
import { readSetting } from './settings';

/** The two reminder switches of the options page, both on until the user turns one off. */
export interface ReminderPreferences {
  isBadgeOn: boolean;
  isNotifyOn: boolean;
}

/** The reminder switches, defaults applied. */
export async function readReminderPreferences(db: PmoDatabase): Promise<ReminderPreferences> {
  const [badge, notify] = await Promise.all([
    readSetting(db, 'reminderBadge'),
    readSetting(db, 'reminderNotifications'),
  ]);
  return { isBadgeOn: badge ?? true, isNotifyOn: notify ?? true };
}

/**
 * What the reporting reminders read of one workspace (shared/reports/reporting-due.ts): its settings,
 * projects and status reports, as three primary-key ranges rather than the whole workspace.
 */
export async function readReportingRecords(db: PmoDatabase, workspaceId: string): Promise<ReportingRecords> {
  const [settings, projects, statusReports] = await Promise.all([
    listRecords<WorkspaceSettingsFields>(db, workspaceId, 'settings'),
    listRecords<Project>(db, workspaceId, 'project'),
    listRecords<StatusReport>(db, workspaceId, 'statusReport'),
  ]);
  return { settings: settings[0], projects, statusReports };
}
