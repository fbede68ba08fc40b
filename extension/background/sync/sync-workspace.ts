import { i18n } from '#i18n';
import { ok, type Result } from '../../../shared/result';
import type { ConnectionRow, PmoDatabase } from '../../db/database';
import { type ApiError, isNetworkFailure } from '../worker-api/request-json';
import type { WorkerApi } from '../worker-api/worker-api';
import { followMemberRole, isMemberCheckDue } from '../workspaces/follow-member-role';
import { forgetRevokedWorkspace, isAccessRevoked } from '../workspaces/revoked-access';
import { pullChanges } from './pull-changes';
import { pushPending } from './push-pending';

export interface SyncDeps {
  db: PmoDatabase;
  api: WorkerApi;
  /** Local clock as an ISO string, for stamps the user sees (lastSyncAt, receivedAt) and Retry-After waits. */
  now: () => string;
}

export type SyncOutcome = Result<void, ApiError>;

/**
 * One full sync of a workspace: push what is pending, pull what changed, record the state for the UI.
 * While the server's Retry-After runs it sends nothing and answers how long is left. A revoked
 * token wipes the workspace's local data (see revoked-access.ts).
 */
export async function syncWorkspace(deps: SyncDeps, workspaceId: string): Promise<SyncOutcome> {
  let outcome: SyncOutcome;
  let connection: ConnectionRow | undefined;
  try {
    connection = await deps.db.connections.get(workspaceId);
    if (!connection) return ok(undefined);
    const waitMs = msUntilRetry(connection, deps.now());
    if (waitMs > 0) return { ok: false, error: describePause(connection, waitMs) };
    outcome = await pushThenPull(deps, connection);
  } catch (error) {
    // A bug or a broken IndexedDB, not the network: show it instead of retrying silently forever.
    outcome = { ok: false, error: { code: 'internal', message: i18n.t('errors.internal', [String(error)]) } };
  }
  if (connection && !outcome.ok && isAccessRevoked(outcome.error)) {
    // Nothing to record either way: the workspace is gone, or was joined again with a token of its own.
    await forgetRevokedWorkspace(deps.db, workspaceId, connection.token, deps.now());
    return outcome;
  }
  await recordSyncOutcome(deps.db, workspaceId, outcome, deps.now());
  return outcome;
}

async function pushThenPull(deps: SyncDeps, connection: ConnectionRow): Promise<SyncOutcome> {
  const { db, api, now } = deps;
  let pushed = await pushPending(db, api, connection, now);
  if (!pushed.ok && pushed.error.status === 409) {
    // A gap: the server is behind what we think it acknowledged. Pull its truth, then retry once.
    const pulled = await pullChanges(db, api, connection, now);
    if (!pulled.ok) return pulled;
    pushed = await pushPending(db, api, connection, now);
  }
  const isRefusedForRole = !pushed.ok && pushed.error.status === 403 && pushed.error.code === 'forbidden';
  // A member whose role no longer allows writing (made a viewer) still reads: the pull goes on, and
  // the edits made before the change stay queued and shown as not sent (the push's error), never dropped.
  const pulled = pushed.ok || isRefusedForRole ? await pullChanges(db, api, connection, now) : pushed;
  const outcome = pulled.ok ? pushed : pulled;
  if ((outcome.ok || isRefusedForRole) && isMemberCheckDue(connection, now(), isRefusedForRole)) {
    // An owner may have changed this member's role: the pages follow the connection row.
    const followed = await followMemberRole(db, api, connection, now());
    if (!followed.ok && isAccessRevoked(followed.error)) return { ok: false, error: followed.error };
  }
  return outcome;
}

/** Milliseconds left before the server lets us sync again (0 when not waiting). */
function msUntilRetry(connection: ConnectionRow, now: string): number {
  if (!connection.retryAt) return 0;
  return Math.max(0, Date.parse(connection.retryAt) - Date.parse(now));
}

/** The failure a sync attempted during a Retry-After wait answers, without asking the server again. */
function describePause(connection: ConnectionRow, waitMs: number): ApiError {
  const { lastError } = connection;
  const error: ApiError = {
    code: lastError?.code ?? 'rate_limited',
    message: lastError?.message ?? '',
    retryAfterMs: waitMs,
  };
  if (lastError?.status !== undefined) error.status = lastError.status;
  return error;
}

/** Too many requests, or a busy server that said when to come back: wait, it is no error of ours. */
function isPause(error: ApiError): boolean {
  return error.status === 429 || (error.status === 503 && error.retryAfterMs !== undefined);
}

/** Persists the sync state in the connection row, where every extension page watches it. */
async function recordSyncOutcome(db: PmoDatabase, workspaceId: string, outcome: SyncOutcome, now: string) {
  await db.transaction('rw', [db.connections, db.pending], async () => {
    const connection = await db.connections.get(workspaceId);
    if (!connection) return;
    const pendingCount = await db.pending.where('workspaceId').equals(workspaceId).count();
    if (outcome.ok) {
      await db.connections.update(workspaceId, {
        syncStatus: pendingCount > 0 ? 'pending' : 'synced',
        pendingCount,
        lastSyncAt: now,
        lastError: null,
        retryAt: null,
      });
      return;
    }
    const { code, message, status, retryAfterMs } = outcome.error;
    await db.connections.update(workspaceId, {
      syncStatus: isPause(outcome.error) ? 'paused' : isNetworkFailure(outcome.error) ? 'offline' : 'error',
      pendingCount,
      lastError: status === undefined ? { code, message } : { code, message, status },
      retryAt: retryAfterMs === undefined ? null : new Date(Date.parse(now) + retryAfterMs).toISOString(),
    });
  });
}
