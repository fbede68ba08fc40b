import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: plain ESM script shared with `npm start` and the e2e tests; typed here by use.
import { applyLocalMigrations, startLocalWorkerOnFreePort, stopProcessGroup } from '../../../scripts/local-worker.mjs';

export const fuzzBootstrapSecret = 'fuzz-bootstrap-secret';

export interface WorkerUnderTest {
  url: string;
  stop(): Promise<void>;
}

/** A real `wrangler dev` (Worker, D1 and Durable Objects, offline) on a free port with throwaway state. */
export async function startWorkerUnderTest(): Promise<WorkerUnderTest> {
  const persistTo = mkdtempSync(join(tmpdir(), 'ipmo-fuzz-state-'));
  applyLocalMigrations({ persistTo });
  const running = await startLocalWorkerOnFreePort({
    persistTo,
    vars: { BOOTSTRAP_SECRET: fuzzBootstrapSecret },
  });
  return {
    url: running.url as string,
    async stop() {
      await stopProcessGroup(running.child);
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}
