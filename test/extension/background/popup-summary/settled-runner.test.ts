import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettledRunner } from '../../../../extension/background/popup-summary/settled-runner';

/** Requests `soon()` every `everyMs` for `forMs` on the fake clock, letting each due run happen. */
async function streamRequests(soon: () => void, everyMs: number, forMs: number) {
  for (let at = 0; at < forMs; at += everyMs) {
    soon();
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('createSettledRunner', () => {
  let runs: number[];
  const task = async () => {
    runs.push(Date.now());
  };

  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    runs = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('with a fixed period, runs once a period under a stream of requests, never postponed', async () => {
    const runner = createSettledRunner(task, 2_000, 'test');
    await streamRequests(runner.soon, 100, 5_000);
    await vi.runAllTimersAsync();
    expect(runs).toEqual([2_000, 4_000, 6_000]);
  });

  it('with a quiet wait, runs once after a burst of requests pauses', async () => {
    const runner = createSettledRunner(task, { quietMs: 600, maxWaitMs: 20_000 }, 'test');
    await streamRequests(runner.soon, 100, 3_000);
    await vi.runAllTimersAsync();
    // The last request came at 2,900 ms: one run 600 ms later, none while the writes streamed in.
    expect(runs).toEqual([3_500]);
  });

  it('with a quiet wait, still runs when requests never pause, once the first has waited its maximum', async () => {
    const runner = createSettledRunner(task, { quietMs: 600, maxWaitMs: 2_000 }, 'test');
    await streamRequests(runner.soon, 100, 5_000);
    await vi.runAllTimersAsync();
    expect(runs).toEqual([2_000, 4_000, 5_500]);
  });

  it('runs one task at a time, in order, and now() does not wait for the period', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    const runner = createSettledRunner(
      async () => {
        calls += 1;
        const call = calls;
        order.push(`start ${call}`);
        if (call === 1) await slow;
        order.push(`end ${call}`);
      },
      { quietMs: 600, maxWaitMs: 2_000 },
      'test',
    );
    runner.now();
    runner.now();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start 1']);
    release();
    await vi.runAllTimersAsync();
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });
});
