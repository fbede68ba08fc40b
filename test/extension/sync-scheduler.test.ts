import { describe, expect, it, vi } from 'vitest';
import { createSyncScheduler } from '../../extension/background/sync/sync-scheduler';
import type { SyncOutcome } from '../../extension/background/sync/sync-workspace';
import { createManualClock } from './sync-harness';

const succeeded: SyncOutcome = { ok: true, value: undefined };
const offline: SyncOutcome = { ok: false, error: { code: 'unreachable', message: 'Could not reach the server.' } };

/** A runSync whose runs finish only when the test resolves them. */
function createControlledRuns() {
  const finishers: ((outcome: SyncOutcome) => void)[] = [];
  const runSync = vi.fn((_workspaceId: string) => new Promise<SyncOutcome>((resolve) => finishers.push(resolve)));
  return {
    runSync,
    async finishNext(outcome: SyncOutcome = succeeded) {
      const finish = finishers.shift();
      if (!finish) throw new Error('no run in progress');
      finish(outcome);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('sync scheduler', () => {
  it('runs one sync at a time and coalesces every request made meanwhile into one more run', async () => {
    const runs = createControlledRuns();
    const timers = createManualClock();
    const scheduler = createSyncScheduler(runs.runSync, timers.clock);

    const first = scheduler.syncNow('ws');
    const second = scheduler.syncNow('ws');
    const third = scheduler.poll('ws');
    expect(runs.runSync).toHaveBeenCalledTimes(1);
    expect(second).toBe(third);

    await runs.finishNext();
    expect(runs.runSync).toHaveBeenCalledTimes(2);
    await runs.finishNext();
    await Promise.all([first, second, third]);
    expect(runs.runSync).toHaveBeenCalledTimes(2);
  });

  it('debounces local changes: a burst of edits gives one sync 300 ms after the last', async () => {
    const runs = createControlledRuns();
    const timers = createManualClock();
    const scheduler = createSyncScheduler(runs.runSync, timers.clock);

    scheduler.notifyLocalChange('ws');
    scheduler.notifyLocalChange('ws');
    scheduler.notifyLocalChange('ws');

    expect(timers.pendingDelays()).toEqual([300]);
    expect(runs.runSync).not.toHaveBeenCalled();
    timers.fireAll();
    expect(runs.runSync).toHaveBeenCalledTimes(1);
  });

  it('backs off exponentially with full jitter up to 60 s after failures', async () => {
    const runs = createControlledRuns();
    const timers = createManualClock(() => 0.999);
    const scheduler = createSyncScheduler(runs.runSync, timers.clock);
    const delays: number[] = [];

    void scheduler.syncNow('ws');
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await runs.finishNext(offline);
      delays.push(Math.round(timers.pendingDelays()[0]));
      timers.fireAll();
    }

    expect(delays).toEqual([999, 1998, 3996, 7992, 15984, 31968, 59940, 59940]);
  });

  it('draws the jittered delay anywhere from 0 to the ceiling', async () => {
    const runs = createControlledRuns();
    const timers = createManualClock(() => 0.25);
    const scheduler = createSyncScheduler(runs.runSync, timers.clock);

    void scheduler.syncNow('ws');
    await runs.finishNext(offline);
    await Promise.resolve();
    expect(timers.pendingDelays()).toEqual([250]);
  });

  it('skips polls while a backoff retry waits, and syncNow resets the backoff', async () => {
    const runs = createControlledRuns();
    const timers = createManualClock(() => 0.999);
    const scheduler = createSyncScheduler(runs.runSync, timers.clock);
    void scheduler.syncNow('ws');
    await runs.finishNext(offline);
    expect(scheduler.isBackingOff('ws')).toBe(true);

    expect(scheduler.poll('ws')).toBeUndefined();
    expect(runs.runSync).toHaveBeenCalledTimes(1);

    void scheduler.syncNow('ws');
    expect(scheduler.isBackingOff('ws')).toBe(false);
    expect(runs.runSync).toHaveBeenCalledTimes(2);
    await runs.finishNext(offline);
    // The failure count started again: the ceiling is back to 1 s.
    expect(timers.pendingDelays()).toEqual([999]);
  });

  it('resets the failure count after a success', async () => {
    const runs = createControlledRuns();
    const timers = createManualClock(() => 0.999);
    const scheduler = createSyncScheduler(runs.runSync, timers.clock);
    void scheduler.syncNow('ws');
    await runs.finishNext(offline);
    timers.fireAll();
    await runs.finishNext(succeeded);
    expect(scheduler.isBackingOff('ws')).toBe(false);

    void scheduler.poll('ws');
    await runs.finishNext(offline);
    expect(timers.pendingDelays()).toEqual([999]);
  });

  it("waits at least the server's Retry-After, plus up to 1 s of jitter, whatever the failure count", async () => {
    const runs = createControlledRuns();
    const timers = createManualClock(() => 0.999);
    const scheduler = createSyncScheduler(runs.runSync, timers.clock);
    const rateLimited = (retryAfterMs: number): SyncOutcome => ({
      ok: false,
      error: { code: 'rate_limited', message: 'Too many requests.', status: 429, retryAfterMs },
    });

    void scheduler.syncNow('ws');
    await runs.finishNext(rateLimited(45_000));
    expect(timers.pendingDelays()).toEqual([45_999]);
    expect(scheduler.poll('ws')).toBeUndefined();

    timers.fireAll();
    await runs.finishNext(rateLimited(2_000));
    // Exponential backoff would allow up to 2 s of jitter by now; the server's word is what counts.
    expect(timers.pendingDelays()).toEqual([2_999]);
  });
});
