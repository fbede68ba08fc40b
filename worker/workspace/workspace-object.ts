import { DurableObject } from 'cloudflare:workers';
import {
  type AppError,
  buildPortfolioDashboard,
  type HistoryPage,
  type HistoryQuery,
  type PortfolioDashboard,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type Result,
} from '../../shared';
import type { Env } from '../env';
import type { HttpError } from '../http/errors';
import { readPull } from './pull';
import { applyPush } from './push';
import { readWorkspaceRecords } from './read-records';
import { readHistory } from './record-history';
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
    ctx.blockConcurrencyWhile(async () => createSchema(ctx.storage.sql));
  }

  /** Applies a validated push from `member`; see applyPush. The first write arms the pruning alarm. */
  async push(member: SyncMember, request: PushRequest): Promise<Result<PushResponse, HttpError>> {
    const pushed = applyPush(this.ctx.storage, member, request);
    if (pushed.ok && pushed.value.results.some((result) => result.status !== 'skipped')) await this.armPruning();
    return pushed;
  }

  /** Applies mutations the server makes itself as `member` (the built-in method of a new workspace); see applyServerMutations. */
  applyServerMutations(member: SyncMember, mutations: ServerMutation[]): Result<number[], AppError> {
    return applyServerMutations(this.ctx.storage, member, mutations);
  }

  /** Answers a validated pull for `member`; see readPull. */
  pull(member: SyncMember, request: PullRequest): Result<PullResponse, HttpError> {
    return readPull(this.ctx.storage.sql, member, request);
  }

  /** The portfolio roll-up of every live record as of `today` (server UTC date, YYYY-MM-DD). */
  readPortfolio(today: string): PortfolioDashboard {
    return buildPortfolioDashboard(readWorkspaceRecords(this.ctx.storage.sql), today);
  }

  /** A page of record history, newest first (docs/sync.md "Record history"); see readHistory. */
  readHistory(query: HistoryQuery): HistoryPage {
    return readHistory(this.ctx.storage.sql, query, new Date());
  }

  /** Prunes tombstones older than `retentionDays` (default: TOMBSTONE_RETENTION_DAYS); see pruneTombstones. */
  pruneTombstones(retentionDays = readRetentionDays(this.env.TOMBSTONE_RETENTION_DAYS)): PruneOutcome {
    return this.ctx.storage.transactionSync(() => pruneTombstones(this.ctx.storage.sql, new Date(), retentionDays));
  }

  /** The daily alarm: prune, then come back tomorrow while tombstones remain (a later write re-arms it). */
  async alarm(): Promise<void> {
    const outcome = this.pruneTombstones();
    if (outcome.pruned > 0)
      console.log(`pruned ${outcome.pruned} tombstones through version ${outcome.horizonVersion}`);
    if (hasTombstones(this.ctx.storage.sql)) await this.ctx.storage.setAlarm(Date.now() + pruneIntervalMs);
  }

  private async armPruning(): Promise<void> {
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + pruneIntervalMs);
  }
}

type RpcMethod = 'push' | 'pull' | 'readPortfolio' | 'pruneTombstones' | 'applyServerMutations' | 'readHistory';

/**
 * The object's RPC surface as the Worker calls it. workers-types maps any `unknown` field (error
 * details, record values) to "not serializable" and the whole result to never, although such
 * plain data clones fine; this names the real types once instead of casting at each call.
 */
export type WorkspaceRpc = {
  [K in RpcMethod]: (...args: Parameters<WorkspaceObject[K]>) => Promise<Awaited<ReturnType<WorkspaceObject[K]>>>;
};
