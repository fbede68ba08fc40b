import type { AppError, Result } from '../../../shared/result';
import type { PmoDatabase } from '../../db/database';
import type { WorkerApi } from '../worker-api/worker-api';
import { isAccessRevoked } from '../workspaces/revoked-access';
import { applyLocalMutation, type LocalMutation } from './apply-local-mutation';
import { createSyncScheduler, type SchedulerClock, type SchedulerTiming } from './sync-scheduler';
import { type SyncOutcome, syncWorkspace } from './sync-workspace';

export interface SyncServiceDeps {
  db: PmoDatabase;
  api: WorkerApi;
  clock: SchedulerClock & { now(): string };
  timing?: SchedulerTiming;
}

/** The background's sync engine: local edits, and when and how each workspace syncs. */
export function createSyncService({ db, api, clock, timing }: SyncServiceDeps) {
  const scheduler = createSyncScheduler(runSync, clock, timing);

  async function runSync(workspaceId: string): Promise<SyncOutcome> {
    const outcome = await syncWorkspace({ db, api, now: clock.now }, workspaceId);
    // Access revoked and the workspace wiped: no retry may follow (a re-join starts a schedule anew).
    if (!outcome.ok && isAccessRevoked(outcome.error) && !(await db.connections.get(workspaceId))) {
      scheduler.forget(workspaceId);
    }
    return outcome;
  }

  async function listWorkspaceIds(): Promise<string[]> {
    return db.connections.toCollection().primaryKeys();
  }

  return {
    /** Applies an edit locally (works offline) and schedules a sync. */
    async mutate(mutation: LocalMutation): Promise<Result<{ mutationId: number }, AppError>> {
      const result = await applyLocalMutation(db, mutation, clock.now());
      if (result.ok) scheduler.notifyLocalChange(mutation.workspaceId);
      return result;
    },

    syncNow: (workspaceId: string): Promise<SyncOutcome> => scheduler.syncNow(workspaceId),
    poll: (workspaceId: string): Promise<SyncOutcome> | undefined => scheduler.poll(workspaceId),
    forget: (workspaceId: string): void => scheduler.forget(workspaceId),

    /** Periodic or start-up sync of every workspace; respects a waiting backoff. */
    async pollAll(): Promise<void> {
      await Promise.all((await listWorkspaceIds()).map((workspaceId) => scheduler.poll(workspaceId)));
    },

    /** The network came back: retry every workspace now. */
    async syncAllNow(): Promise<void> {
      await Promise.all((await listWorkspaceIds()).map((workspaceId) => scheduler.syncNow(workspaceId)));
    },

    isBackingOff: (workspaceId: string): boolean => scheduler.isBackingOff(workspaceId),
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
