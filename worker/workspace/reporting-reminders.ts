import {
  type EntityName,
  isGoverningRole,
  listLateReports,
  type Project,
  type ReportingRecords,
  type StatusReport,
  type WorkspaceSettingsFields,
} from '../../shared';
import type { RemindersResponse } from '../../shared/api/routes/reminder-routes';
import type { ReportingDue } from '../../shared/reports/reporting-due';
import { readMeta } from './schema';
import type { SyncMember } from './sync-member';

const dayMs = 86_400_000;
/** Minutes after UTC midnight the daily run waits, so the server's date has surely turned. */
const reminderDelayMs = 5 * 60_000;

/** The table of the daily due list: one row, replaced by each run (docs/domain.md "Reporting reminders"). */
export function createRemindersTable(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS reporting_due (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    as_of TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    reports TEXT NOT NULL
  )`);
}

/** When the daily run after `now` is due: a few minutes into the next UTC day. */
export function nextReminderRun(now: Date): number {
  return Math.floor(now.getTime() / dayMs) * dayMs + dayMs + reminderDelayMs;
}

/** The server's date (UTC), the day reports are due by. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const readEntities: EntityName[] = ['settings', 'project', 'statusReport'];

/** The live projects, status reports and settings: all the reminders read. */
function readReportingRecords(sql: SqlStorage): ReportingRecords {
  const projects: Project[] = [];
  const statusReports: StatusReport[] = [];
  let settings: WorkspaceSettingsFields | undefined;
  const rows = sql.exec<{ entity: EntityName; value: string }>(
    'SELECT entity, value FROM entities WHERE deleted = 0 AND entity IN (?, ?, ?)',
    ...readEntities,
  );
  for (const row of rows) {
    const value: unknown = JSON.parse(row.value);
    if (row.entity === 'project') projects.push(value as Project);
    else if (row.entity === 'statusReport') statusReports.push(value as StatusReport);
    else settings = value as WorkspaceSettingsFields;
  }
  return { settings, projects, statusReports };
}

interface StoredDueList {
  asOf: string;
  computedAt: string;
  version: number;
  reports: ReportingDue[];
}

/** Computes the late list as of `now` and stores it with the workspace version it was read at. */
export function storeReportingDue(sql: SqlStorage, now: Date): StoredDueList {
  const stored: StoredDueList = {
    asOf: utcDay(now),
    computedAt: now.toISOString(),
    version: readMeta(sql).version,
    reports: listLateReports(readReportingRecords(sql), utcDay(now)),
  };
  sql.exec(
    'INSERT OR REPLACE INTO reporting_due (id, as_of, computed_at, version, reports) VALUES (1, ?, ?, ?, ?)',
    stored.asOf,
    stored.computedAt,
    stored.version,
    JSON.stringify(stored.reports),
  );
  return stored;
}

function readStoredDueList(sql: SqlStorage): StoredDueList | undefined {
  const row = sql
    .exec<{ as_of: string; computed_at: string; version: number; reports: string }>(
      'SELECT as_of, computed_at, version, reports FROM reporting_due WHERE id = 1',
    )
    .toArray()[0];
  if (!row) return undefined;
  return { asOf: row.as_of, computedAt: row.computed_at, version: row.version, reports: JSON.parse(row.reports) };
}

/**
 * The due list as `member` may see it: every late report for owner and PMO, the projects they
 * manage for anyone else. The stored list answers while it is of today and no record changed since;
 * otherwise (a report submitted this morning, a new day before the alarm ran) it is computed again.
 */
export function readReportingDue(sql: SqlStorage, member: SyncMember, now: Date): RemindersResponse {
  const stored = readStoredDueList(sql);
  const current =
    stored && stored.asOf === utcDay(now) && stored.version === readMeta(sql).version
      ? stored
      : storeReportingDue(sql, now);
  const isWhole = isGoverningRole(member.role);
  return {
    asOf: current.asOf,
    computedAt: current.computedAt,
    scope: isWhole ? 'workspace' : 'mine',
    reports: isWhole ? current.reports : current.reports.filter((entry) => entry.managerId === member.id),
  };
}

/** Whether any project is active, i.e. whether the daily run still has anything to follow. */
export function hasActiveProjects(sql: SqlStorage): boolean {
  return (
    sql
      .exec(
        "SELECT 1 FROM entities WHERE entity = 'project' AND deleted = 0 AND json_extract(value, '$.state') = 'active' LIMIT 1",
      )
      .toArray().length > 0
  );
}
