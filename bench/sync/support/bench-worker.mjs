// A throw-away `wrangler dev --local` for one bench run: free loopback port, temp state, random
// bootstrap secret, sources copied; stopped (and its state removed) at the end, on Ctrl-C too.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyLocalMigrations, startLocalWorkerOnFreePort, stopProcessGroup } from '../../../scripts/local-worker.mjs';
import { onInterrupt } from './interrupts.mjs';
import { snapshotSources } from './source-snapshot.mjs';

/**
 * Starts the Worker from a copy of the sources (see source-snapshot.mjs), or from `sources` when
 * given (a copy the caller also builds the extension from); `stop()` stops its process group and
 * deletes its state (and the copy it made).
 */
export async function startBenchWorker({ sources } = {}) {
  const snapshot = sources ?? snapshotSources();
  const cwd = snapshot.dir;
  const persistTo = mkdtempSync(join(tmpdir(), 'ipmo-bench-sync-'));
  const secret = `bench-${randomBytes(12).toString('hex')}`;
  const startedAt = performance.now();
  let running;
  try {
    applyLocalMigrations({ persistTo, cwd });
    running = await startLocalWorkerOnFreePort({ persistTo, cwd, vars: { BOOTSTRAP_SECRET: secret } });
  } catch (error) {
    rmSync(persistTo, { recursive: true, force: true });
    if (!sources) snapshot.remove();
    throw error;
  }
  const readyMs = performance.now() - startedAt;
  let stopped;
  const stop = () => {
    stopped ??= stopProcessGroup(running.child).finally(() => {
      rmSync(persistTo, { recursive: true, force: true });
      if (!sources) snapshot.remove();
    });
    return stopped;
  };
  const unhook = onInterrupt(stop);
  return {
    url: running.url,
    secret,
    readyMs,
    sources: snapshot.description,
    /** What wrangler printed so far (reloads, uncaught errors). */
    output: () => running.output(),
    stop: async () => {
      unhook();
      await stop();
    },
  };
}
