import type { ReportingRecords } from '../../shared/reports/reporting-due';
import type { Project } from '../../shared/schemas/project';
import type { StatusReport } from '../../shared/schemas/status-report';
import type { WorkspaceSettingsFields } from '../../shared/schemas/workspace-settings';
import type { PmoDatabase } from './database';
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
  const entityRows = (entity: 'settings' | 'project' | 'statusReport') =>
    db.records
      .where('[workspaceId+entity+id]')
      .between([workspaceId, entity], [workspaceId, `${entity}\u0000`], true, false)
      .toArray();
  const [settingsRows, projectRows, reportRows] = await Promise.all([
    entityRows('settings'),
    entityRows('project'),
    entityRows('statusReport'),
  ]);
  return {
    settings: settingsRows[0]?.value as unknown as WorkspaceSettingsFields | undefined,
    projects: projectRows.map((row) => row.value as Project),
    statusReports: reportRows.map((row) => row.value as StatusReport),
  };
}
