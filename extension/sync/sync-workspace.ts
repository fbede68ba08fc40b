import { i18n } from '#i18n';
import { ok, type Result } from '../../shared/result';
import { type ApiError, isNetworkFailure } from '../adapters/worker-api/request-json';
import type { WorkerApi } from '../adapters/worker-api/worker-api';
import type { PmoDatabase } from '../db/database';
import { pullChanges } from './pull-changes';
import { pushPending } from './push-pending';

export interface SyncDeps {
  db: PmoDatabase;
  api: WorkerApi;
  /** Local clock as an ISO string, for stamps the user sees (lastSyncAt, receivedAt). */
  now: () => string;
}

export type SyncOutcome = Result<void, ApiError>;

/** One full sync of a workspace: push what is pending, pull what changed, record the state for the UI. */
export async function syncWorkspace(deps: SyncDeps, workspaceId: string): Promise<SyncOutcome> {
  let outcome: SyncOutcome;
  try {
    outcome = await pushThenPull(deps, workspaceId);
  } catch (error) {
    // A bug or a broken IndexedDB, not the network: show it instead of retrying silently forever.
    outcome = { ok: false, error: { code: 'internal', message: i18n.t('errors.internal', [String(error)]) } };
  }
  await recordSyncOutcome(deps.db, workspaceId, outcome, deps.now());
  return outcome;
}

async function pushThenPull(deps: SyncDeps, workspaceId: string): Promise<SyncOutcome> {
  const { db, api, now } = deps;
  const connection = await db.connections.get(workspaceId);
  if (!connection) return ok(undefined);
  let pushed = await pushPending(db, api, connection, now);
  if (!pushed.ok && pushed.error.status === 409) {
    // A gap: the server is behind what we think it acknowledged. Pull its truth, then retry once.
    const pulled = await pullChanges(db, api, connection, now);
    if (!pulled.ok) return pulled;
    pushed = await pushPending(db, api, connection, now);
  }
  if (!pushed.ok) return pushed;
  return pullChanges(db, api, connection, now);
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
      });
      return;
    }
    const { code, message, status } = outcome.error;
    await db.connections.update(workspaceId, {
      syncStatus: isNetworkFailure(outcome.error) ? 'offline' : 'error',
      pendingCount,
      lastError: status === undefined ? { code, message } : { code, message, status },
    });
  });
}
