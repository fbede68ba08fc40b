// @vitest-environment node
// Node's own fetch (undici) talks to the local Worker, not happy-dom's browser emulation of it.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { describeFailure, type FaultName, replayCommand, runSeed, type SeedRun } from './run-seed';
import { startWorkerUnderTest, type WorkerUnderTest } from './worker-under-test';

/**
 * docs/sync.md "Tests that prove it": a seeded convergence fuzz of the real background sync engine
 * (Dexie on fake-indexeddb, one database per browser) against the real Worker (`wrangler dev`)
 * through a network that drops, duplicates, reorders and delays pushes and pulls.
 * FUZZ_SEEDS=n runs seeds 1…n (default 200), FUZZ_SEED=n replays one seed, FUZZ_FIRST_SEED moves
 * the window (a soak can cover new seeds each night), FUZZ_CONCURRENCY seeds run at once (each in
 * a workspace of its own, so they never see each other).
 */
function readSeeds(env: NodeJS.ProcessEnv): number[] {
  if (env.FUZZ_SEED) return [Number(env.FUZZ_SEED)];
  const count = Number(env.FUZZ_SEEDS ?? 200);
  const first = Number(env.FUZZ_FIRST_SEED ?? 1);
  return Array.from({ length: count }, (_, index) => first + index);
}

const seeds = readSeeds(process.env);
const concurrency = Number(process.env.FUZZ_CONCURRENCY ?? 8);
const runs = new Map<number, Promise<SeedRun>>();
let worker: WorkerUnderTest;
let startedAt = 0;

/**
 * Runs the seeds in order, `concurrency` at a time; each test below awaits its own seed. A pool of
 * our own, because vitest's maxConcurrency is one setting for the whole project.
 */
function startSeeds(serverUrl: string): void {
  const starters = new Map<number, () => void>();
  for (const seed of seeds) {
    runs.set(
      seed,
      new Promise<void>((resolve) => starters.set(seed, resolve)).then(() => runSeed(serverUrl, seed)),
    );
  }
  let next = 0;
  const startNext = () => {
    const seed = seeds[next++];
    if (seed === undefined) return;
    starters.get(seed)?.();
    runs.get(seed)?.then(startNext, startNext);
  };
  for (let slot = 0; slot < concurrency; slot += 1) startNext();
}

function sumCounts(counts: Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const count of counts) for (const [key, value] of Object.entries(count)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

beforeAll(async () => {
  worker = await startWorkerUnderTest();
  startedAt = performance.now();
  startSeeds(worker.url);
}, 120_000);

afterAll(async () => {
  const seconds = (performance.now() - startedAt) / 1000;
  const finished = (await Promise.allSettled(runs.values())).flatMap((run) =>
    run.status === 'fulfilled' ? [run.value] : [],
  );
  await worker?.stop();
  const total = (pick: (run: SeedRun) => number) => finished.reduce((sum, run) => sum + pick(run), 0);
  console.info(
    `convergence fuzz: ${finished.length} seeds in ${seconds.toFixed(1)} s (${(finished.length / seconds).toFixed(2)} seeds/s, ` +
      `${concurrency} at a time), ${total((run) => run.requests)} requests to the Worker, ` +
      `${total((run) => run.processed)} mutations processed (${total((run) => run.refused)} refused for good); faults: ` +
      Object.keys(finished[0]?.faults ?? {})
        .map((name) => `${total((run) => run.faults[name as FaultName])} ${name}`)
        .join(', ') +
      `; refusals: ${JSON.stringify(sumCounts(finished.map((run) => run.refusals)))}`,
  );
}, 600_000);

describe('seeded convergence fuzz', () => {
  it.for(seeds)(
    'seed %i: every browser, the server and the reference model agree',
    { timeout: 600_000 },
    async (seed) => {
      let run: SeedRun;
      try {
        run = await (runs.get(seed) as Promise<SeedRun>);
      } catch (error) {
        throw new Error(`Seed ${seed} could not run: ${String(error)}\nReplay it: ${replayCommand(seed)}`);
      }
      if (run.violations.length > 0) throw new Error(describeFailure(run));
    },
  );
});
