import type { SyncOutcome } from './sync-workspace';

/** Timers and randomness, injected so tests can drive them. */
export interface SchedulerClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** A number in [0, 1), for backoff jitter. */
  random(): number;
}

export interface SchedulerTiming {
  /** Wait after a local edit so a burst of edits goes out in one push. */
  debounceMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export const defaultSchedulerTiming: SchedulerTiming = { debounceMs: 300, backoffBaseMs: 1_000, backoffMaxMs: 60_000 };

interface WorkspaceSchedule {
  running?: Promise<SyncOutcome>;
  /** The one extra run requested while another was running: every such request shares it. */
  queued?: Promise<SyncOutcome>;
  debounceTimer?: unknown;
  retryTimer?: unknown;
  failures: number;
}

/**
 * Decides when each workspace syncs: at most one run at a time (requests during a run share
 * one follow-up run), debounced after local edits, and after a failure a retry with
 * exponential backoff and full jitter (1 s doubling up to 60 s) that `syncNow` cuts short, or
 * after the server's Retry-After (a run during that wait answers at once without the network:
 * see syncWorkspace).
 */
export function createSyncScheduler(
  runSync: (workspaceId: string) => Promise<SyncOutcome>,
  clock: SchedulerClock,
  timing: SchedulerTiming = defaultSchedulerTiming,
) {
  const schedules = new Map<string, WorkspaceSchedule>();

  function scheduleOf(workspaceId: string): WorkspaceSchedule {
    let schedule = schedules.get(workspaceId);
    if (!schedule) {
      schedule = { failures: 0 };
      schedules.set(workspaceId, schedule);
    }
    return schedule;
  }

  function run(workspaceId: string): Promise<SyncOutcome> {
    const schedule = scheduleOf(workspaceId);
    if (schedule.queued) return schedule.queued;
    if (schedule.running) {
      schedule.queued = schedule.running.then(() => start(workspaceId));
      return schedule.queued;
    }
    return start(workspaceId);
  }

  function start(workspaceId: string): Promise<SyncOutcome> {
    const schedule = scheduleOf(workspaceId);
    schedule.queued = undefined;
    const running = runSync(workspaceId)
      .catch((error: unknown): SyncOutcome => ({ ok: false, error: { code: 'internal', message: String(error) } }))
      .then((outcome) => {
        settle(workspaceId, outcome);
        return outcome;
      });
    const tracked = running.finally(() => {
      if (schedule.running === tracked) schedule.running = undefined;
    });
    schedule.running = tracked;
    return running;
  }

  function settle(workspaceId: string, outcome: SyncOutcome): void {
    const schedule = schedules.get(workspaceId);
    // The workspace was forgotten (left) during the run.
    if (!schedule) return;
    cancelRetry(schedule);
    if (outcome.ok) {
      schedule.failures = 0;
      return;
    }
    schedule.failures += 1;
    schedule.retryTimer = clock.setTimeout(
      () => {
        schedule.retryTimer = undefined;
        void run(workspaceId);
      },
      retryDelay(schedule.failures, outcome.error.retryAfterMs),
    );
  }

  /**
   * Full jitter under an exponential ceiling; when the server said how long to wait (Retry-After),
   * that wait plus up to one base delay of jitter, so clients told the same wait do not return together.
   */
  function retryDelay(failures: number, retryAfterMs: number | undefined): number {
    if (retryAfterMs !== undefined) return retryAfterMs + clock.random() * timing.backoffBaseMs;
    const ceiling = Math.min(timing.backoffMaxMs, timing.backoffBaseMs * 2 ** (failures - 1));
    return clock.random() * ceiling;
  }

  function cancelRetry(schedule: WorkspaceSchedule): void {
    if (schedule.retryTimer === undefined) return;
    clock.clearTimeout(schedule.retryTimer);
    schedule.retryTimer = undefined;
  }

  return {
    /** A local edit happened: sync once the burst of edits is over. */
    notifyLocalChange(workspaceId: string): void {
      const schedule = scheduleOf(workspaceId);
      if (schedule.debounceTimer !== undefined) clock.clearTimeout(schedule.debounceTimer);
      schedule.debounceTimer = clock.setTimeout(() => {
        schedule.debounceTimer = undefined;
        void run(workspaceId);
      }, timing.debounceMs);
    },

    /** Someone asked (a UI, the network coming back): forget the backoff and sync right away. */
    syncNow(workspaceId: string): Promise<SyncOutcome> {
      const schedule = scheduleOf(workspaceId);
      schedule.failures = 0;
      cancelRetry(schedule);
      return run(workspaceId);
    },

    /** A periodic check (open UI, alarm): sync unless a backoff retry is already waiting. */
    poll(workspaceId: string): Promise<SyncOutcome> | undefined {
      const schedule = scheduleOf(workspaceId);
      if (schedule.retryTimer !== undefined) return undefined;
      return run(workspaceId);
    },

    /** Drops a left workspace's timers. */
    forget(workspaceId: string): void {
      const schedule = schedules.get(workspaceId);
      if (!schedule) return;
      cancelRetry(schedule);
      if (schedule.debounceTimer !== undefined) clock.clearTimeout(schedule.debounceTimer);
      schedules.delete(workspaceId);
    },

    /** Whether a backoff retry is waiting (for tests and diagnostics). */
    isBackingOff(workspaceId: string): boolean {
      return schedules.get(workspaceId)?.retryTimer !== undefined;
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
