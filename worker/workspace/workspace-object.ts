import { DurableObject } from 'cloudflare:workers';
import {
  type AppError,
  buildPortfolioDashboard,
  type HistoryPage,
  type HistoryQuery,
  type PortfolioDashboard,
  type PullRequest,
  type PushRequest,
  type PushResponse,
  type Result,
} from '../../shared';
import type { RemindersResponse } from '../../shared/api/routes/reminder-routes';
import type { CheckedBackup, RestoreResponse } from '../../shared/backup/backup-format';
import type { Env } from '../env';
import type { HttpError } from '../http/errors';
import { buildSponsorView, type SponsorView } from '../share/sponsor-view';
import {
  type AlarmJob,
  createAlarmJobsTable,
  listDueJobs,
  readJobTimes,
  syncAlarmSlot,
  writeJobTime,
} from './alarm-jobs';
import { readBackupRecords, restoreBackup } from './backup-records';
import { readPull } from './pull';
import { applyPush } from './push';
import { readWorkspaceRecords } from './read-records';
import { readHistory } from './record-history';
import {
  createRemindersTable,
  hasActiveProjects,
  nextReminderRun,
  readReportingDue,
  storeReportingDue,
} from './reporting-reminders';
import { createSchema } from './schema';
import { applyServerMutations, type ServerMutation } from './server-mutations';
import type { SyncMember } from './sync-member';
import { hasTombstones, type PruneOutcome, pruneIntervalMs, pruneTombstones, readRetentionDays } from './tombstones';

/**
 * One SQLite-backed Durable Object per workspace: the single point where mutations get their
 * order (docs/sync.md "Topology"). The Worker authenticates and validates; this object only decides
 * sync rules. Expected failures come back as values with a status, never as throws.
 */
export class WorkspaceObject extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // No request may see the object before its tables exist.
    ctx.blockConcurrencyWhile(async () => {
      createSchema(ctx.storage.sql);
      createAlarmJobsTable(ctx.storage.sql);
      createRemindersTable(ctx.storage.sql);
    });
  }

  /** Applies a validated push from `member`; see applyPush. A write arms the pruning and reminder jobs. */
  async push(member: SyncMember, request: PushRequest): Promise<Result<PushResponse, HttpError>> {
    const pushed = applyPush(this.ctx.storage, member, request);
    if (pushed.ok && pushed.value.results.some((result) => result.status !== 'skipped')) await this.armJobs(new Date());
    return pushed;
  }

  /** Applies mutations the server makes itself as `member` (the built-in method of a new workspace); see applyServerMutations. */
  applyServerMutations(member: SyncMember, mutations: ServerMutation[]): Result<number[], AppError> {
    return applyServerMutations(this.ctx.storage, member, mutations);
  }

  /** Answers a validated pull for `member` as the JSON text of a PullResponse; see readPull. */
  pull(member: SyncMember, request: PullRequest): Result<string, HttpError> {
    return readPull(this.ctx.storage.sql, member, request);
  }

  /** The portfolio roll-up of every live record as of `today` (server UTC date, YYYY-MM-DD). */
  readPortfolio(today: string): PortfolioDashboard {
    return buildPortfolioDashboard(readWorkspaceRecords(this.ctx.storage.sql), today);
  }

  /** The status reports due or late as of `now`, as `member` may see them; see readReportingDue. */
  readReminders(member: SyncMember, now: Date = new Date()): RemindersResponse {
    return readReportingDue(this.ctx.storage.sql, member, now);
  }

  /** The sponsor page's content as of `today` (server UTC date); see buildSponsorView (worker/share/sponsor-view.ts). */
  readSponsorView(today: string): SponsorView {
    return buildSponsorView(readWorkspaceRecords(this.ctx.storage.sql), today);
  }

  /** A page of record history, newest first (docs/sync.md "Record history"); see readHistory. */
  readHistory(query: HistoryQuery): HistoryPage {
    return readHistory(this.ctx.storage.sql, query, new Date());
  }

  /** Every live record with its entity, for a backup (docs/sync.md "Backup format"); see readBackupRecords. */
  readBackupRecords(): ReturnType<typeof readBackupRecords> {
    return readBackupRecords(this.ctx.storage.sql);
  }

  /** Restores a checked backup as `member` into this workspace if no member wrote here yet; see restoreBackup. */
  async restoreBackup(member: SyncMember, backup: CheckedBackup): Promise<Result<RestoreResponse, HttpError>> {
    const restored = restoreBackup(this.ctx.storage, member, backup, new Date().toISOString());
    // The seeds it replaced are tombstones now: the daily pruning alarm must run for them.
    if (restored.ok && restored.value.replaced > 0) await this.armPruning();
    return restored;
  }

  /** Prunes tombstones older than `retentionDays` (default: TOMBSTONE_RETENTION_DAYS); see pruneTombstones. */
  pruneTombstones(retentionDays = readRetentionDays(this.env.TOMBSTONE_RETENTION_DAYS)): PruneOutcome {
    return this.ctx.storage.transactionSync(() => pruneTombstones(this.ctx.storage.sql, new Date(), retentionDays));
  }

  /** The one alarm slot, shared by the daily jobs (alarm-jobs.ts): runs whichever are due now. */
  async alarm(): Promise<void> {
    await this.runAlarmJobs(new Date());
  }

  /**
   * Runs the jobs due at `now`: pruning (then daily while tombstones remain) and the reporting
   * reminders (then each UTC day while a project is active); a later write re-arms either. The
   * alarm is then set to the earliest job left. Takes the clock so tests can choose the day.
   */
  async runAlarmJobs(now: Date): Promise<AlarmJob[]> {
    const sql = this.ctx.storage.sql;
    const due = listDueJobs(readJobTimes(sql), now.getTime());
    if (due.includes('prune')) {
      const outcome = this.pruneTombstones();
      if (outcome.pruned > 0)
        console.log(`pruned ${outcome.pruned} tombstones through version ${outcome.horizonVersion}`);
      writeJobTime(sql, 'prune', hasTombstones(sql) ? now.getTime() + pruneIntervalMs : null);
    }
    if (due.includes('reminders')) {
      storeReportingDue(sql, now);
      writeJobTime(sql, 'reminders', hasActiveProjects(sql) ? nextReminderRun(now) : null);
    }
    await syncAlarmSlot(this.ctx.storage);
    return due;
  }

  /** Schedules each job not scheduled yet (a waiting one keeps its time), then points the alarm at the earliest. */
  private async armJobs(now: Date): Promise<void> {
    const sql = this.ctx.storage.sql;
    const times = readJobTimes(sql);
    if (!times.has('prune')) writeJobTime(sql, 'prune', now.getTime() + pruneIntervalMs);
    if (!times.has('reminders') && hasActiveProjects(sql)) writeJobTime(sql, 'reminders', nextReminderRun(now));
    await syncAlarmSlot(this.ctx.storage);
  }

  /** The pruning alarm as restoreBackup arms it; every job a write needs is armed the same way. */
  private async armPruning(): Promise<void> {
    await this.armJobs(new Date());
  }
}

type RpcMethod =
  | 'readSponsorView'
  | 'push'
  | 'pull'
  | 'readPortfolio'
  | 'pruneTombstones'
  | 'applyServerMutations'
  | 'readHistory'
  | 'readBackupRecords'
  | 'restoreBackup'
  | 'readReminders';

/**
 * The object's RPC surface as the Worker calls it. workers-types maps any `unknown` field (error
 * details, record values) to "not serializable" and the whole result to never, although such
 * plain data clones fine; this names the real types once instead of casting at each call.
 */
export type WorkspaceRpc = {
  [K in RpcMethod]: (...args: Parameters<WorkspaceObject[K]>) => Promise<Awaited<ReturnType<WorkspaceObject[K]>>>;
};
