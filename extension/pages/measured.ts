/**
 * Runs `work` and leaves its duration as a `performance.measure` ("ipmo: <name>"), which DevTools'
 * Performance panel, bench/workspace/run.mjs and bench/dashboard/run.mjs show: where opening a big
 * project or the portfolio spends its time.
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const done = () => performance.measure(`ipmo: ${name}`, { start });
  const result = work();
  // Dexie answers its own promise type inside a live query: any thenable is waited for.
  const pending = result as { then?: unknown };
  if (typeof pending?.then !== 'function') {
    done();
    return result;
  }
  return (result as PromiseLike<unknown>).then((value) => {
    done();
    return value;
  }) as T;
}
