/**
 * The jobs that share the Durable Object's one alarm slot: tombstone pruning and the reporting
 * reminders. Each job keeps its own next time in `alarm_jobs`; the alarm is set to the earliest, and
 * when it rings it runs every job whose time has come (docs/sync.md "Cookies, epochs and the tombstone horizon",
 * docs/domain.md "Reporting reminders").
 */
export const alarmJobs = ['prune', 'reminders'] as const;
export type AlarmJob = (typeof alarmJobs)[number];

/** Creates the table of next run times; idempotent, run on every start of the object. */
export function createAlarmJobsTable(sql: SqlStorage): void {
  sql.exec('CREATE TABLE IF NOT EXISTS alarm_jobs (job TEXT PRIMARY KEY, next_at INTEGER NOT NULL)');
}

/** Each scheduled job's next time (epoch ms); a job absent from the map is not scheduled. */
export function readJobTimes(sql: SqlStorage): Map<AlarmJob, number> {
  const rows = sql.exec<{ job: AlarmJob; next_at: number }>('SELECT job, next_at FROM alarm_jobs').toArray();
  return new Map(rows.map((row) => [row.job, row.next_at]));
}

/** Schedules `job` at `at`, or unschedules it with null. */
export function writeJobTime(sql: SqlStorage, job: AlarmJob, at: number | null): void {
  if (at === null) sql.exec('DELETE FROM alarm_jobs WHERE job = ?', job);
  else sql.exec('INSERT OR REPLACE INTO alarm_jobs (job, next_at) VALUES (?, ?)', job, at);
}

/**
 * The jobs to run when the alarm rings at `now`. An alarm set before this table existed was the
 * pruning alarm: with no job scheduled at all, pruning runs, as it did then.
 */
export function listDueJobs(times: ReadonlyMap<AlarmJob, number>, now: number): AlarmJob[] {
  if (times.size === 0) return ['prune'];
  return alarmJobs.filter((job) => {
    const at = times.get(job);
    return at !== undefined && at <= now;
  });
}

/** The earliest scheduled time, or null when nothing is scheduled (the alarm is then deleted). */
export function earliestJobTime(times: ReadonlyMap<AlarmJob, number>): number | null {
  let earliest: number | null = null;
  for (const at of times.values()) if (earliest === null || at < earliest) earliest = at;
  return earliest;
}

/** Points the one alarm slot at the earliest job, or clears it. */
export async function syncAlarmSlot(storage: DurableObjectStorage): Promise<void> {
  const earliest = earliestJobTime(readJobTimes(storage.sql));
  if (earliest === null) await storage.deleteAlarm();
  else if ((await storage.getAlarm()) !== earliest) await storage.setAlarm(earliest);
}
