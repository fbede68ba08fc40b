import { DurableObject } from 'cloudflare:workers';
import type { PullRequest, PullResponse, PushRequest, PushResponse, Result } from '../../shared';
import type { Env } from '../env';
import type { HttpError } from '../http/errors';
import { readPull } from './pull';
import { applyPush } from './push';
import { createSchema } from './schema';
import type { SyncMember } from './sync-member';

/**
 * One SQLite-backed Durable Object per workspace: the single point where mutations get their
 * order (SYNC.md "Topology"). The Worker authenticates and validates; this object only decides
 * sync rules. Expected failures come back as values with a status, never as throws.
 */
export class WorkspaceObject extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // No request may see the object before its tables exist.
    ctx.blockConcurrencyWhile(async () => createSchema(ctx.storage.sql));
  }

  /** Applies a validated push from `member`; see applyPush. */
  push(member: SyncMember, request: PushRequest): Result<PushResponse, HttpError> {
    return applyPush(this.ctx.storage, member, request);
  }

  /** Answers a validated pull for `member`; see readPull. */
  pull(member: SyncMember, request: PullRequest): Result<PullResponse, HttpError> {
    return readPull(this.ctx.storage.sql, member, request);
  }
}

/**
 * The object's RPC surface as the Worker calls it. workers-types maps any `unknown` field (error
 * details, record values) to "not serializable" and the whole result to never, although such
 * plain data clones fine; this names the real types once instead of casting at each call.
 */
export type WorkspaceRpc = {
  [K in 'push' | 'pull']: (...args: Parameters<WorkspaceObject[K]>) => Promise<ReturnType<WorkspaceObject[K]>>;
};
