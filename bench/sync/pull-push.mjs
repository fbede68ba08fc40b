// Push and pull against a real `wrangler dev --local` on loopback: initial pull of 10k and 50k
// risks, delta pull of 10 changes on a 1k vs a 20k workspace (cost must follow the changes, not
// the size), push of 100 and 500 mutations. Workspaces are seeded through the real push API.
// Usage: node bench/sync/pull-push.mjs   (env: INITIAL_RUNS=3 DELTA_RUNS=15 PUSH_RUNS=7)

import { startBenchWorker } from './support/bench-worker.mjs';
import { riskArgs, seededRandom, seedRisks } from './support/risk-fixture.mjs';
import { formatLoad, kib, median, ms, printTable } from './support/stats.mjs';
import { writeSummary } from './support/summary.mjs';
import {
  addMember,
  createSyncClient,
  createWorkspace,
  expectStatus,
  maxPullLimit,
  pullAll,
} from './support/sync-api.mjs';

const initialRuns = Number(process.env.INITIAL_RUNS ?? 3);
const deltaRuns = Math.max(10, Number(process.env.DELTA_RUNS ?? 15));
const pushRuns = Number(process.env.PUSH_RUNS ?? 7);
const changesPerDelta = 10;

/** A workspace seeded with `size` risks, with its owner's pushing client. */
async function seedWorkspace(worker, size, seed) {
  const owner = await createWorkspace(worker, `Bench ${size}`);
  const writer = createSyncClient(worker, owner);
  const started = performance.now();
  const seeded = await seedRisks(writer, { count: size, seed });
  const seedMs = performance.now() - started;
  console.log(`seeded ${size} risks in ${ms(seedMs)} (${(seedMs / size).toFixed(2)} ms per mutation, ${formatLoad()})`);
  return { size, owner, writer, ...seeded };
}

/**
 * Initial pull (cookie null) by a fresh client group, `initialRuns` times; medians. Each run signs in
 * as a new member: one token's 600 requests a minute (worker/http/rate-limit.ts) do not cover
 * several 50,000-record pulls in a row once pages come fast.
 */
async function measureInitialPull(worker, workspace, limit) {
  const runs = [];
  for (let run = 0; run < initialRuns; run += 1) {
    const reader = createSyncClient(worker, await addMember(worker, workspace.owner, 'pm', `Reader ${run + 1}`));
    const result = await pullAll(reader, null, { limit });
    // The seeded risks, their project and the workspace's settings record.
    if (result.records !== workspace.size + 2) {
      throw new Error(`initial pull got ${result.records} records, expected ${workspace.size + 2}`);
    }
    runs.push({ ...result, load: formatLoad() });
  }
  const first = runs[0];
  return {
    size: workspace.size,
    limit: limit ?? 'default (1000)',
    ms: median(runs.map((run) => run.ms)),
    allMs: runs.map((run) => Math.round(run.ms)),
    requests: first.requests,
    bytes: first.bytes,
    gzipBytes: first.gzipBytes,
    bytesPerRecord: first.bytes / first.records,
    gzipBytesPerRecord: first.gzipBytes / first.records,
    medianPageMs: median(runs.flatMap((run) => run.pageMs)),
    load: runs.at(-1).load,
  };
}

/** Pushes `count` risk.update (a new title) on existing risks of the workspace. */
async function pushChanges(workspace, random, count) {
  const calls = Array.from({ length: count }, () => {
    const id = workspace.riskIds[Math.floor(random() * workspace.riskIds.length)];
    return { name: 'risk.update', args: { id, patch: { title: `Renamed ${Math.floor(random() * 1e9)}` } } };
  });
  expectStatus(await workspace.writer.push(workspace.writer.stamp(calls)), 200, 'delta push');
}

/**
 * Delta pulls: another member's client pushes 10 changes, then a reader that is up to date pulls
 * from its cookie. The sizes are interleaved run by run so a burst of machine load hits both.
 */
async function measureDeltaPulls(worker, workspaces) {
  const random = seededRandom(7);
  const readers = [];
  for (const workspace of workspaces) {
    const reader = createSyncClient(worker, workspace.owner);
    const caughtUp = await pullAll(reader, null, { limit: maxPullLimit });
    readers.push({ workspace, reader, cookie: caughtUp.cookie, delta: [], empty: [], requests: [], bytes: [] });
  }
  for (let run = 0; run < deltaRuns; run += 1) {
    const order = run % 2 === 0 ? readers : [...readers].reverse();
    for (const entry of order) {
      await pushChanges(entry.workspace, random, changesPerDelta);
      const delta = await pullAll(entry.reader, entry.cookie);
      if (delta.records !== changesPerDelta) {
        throw new Error(`delta pull got ${delta.records} records, expected ${changesPerDelta}`);
      }
      entry.cookie = delta.cookie;
      entry.delta.push(delta.ms);
      entry.requests.push(delta.requests);
      entry.bytes.push(delta.bytes);
      // Nothing changed since: what an open popup's 2 s poll costs.
      entry.empty.push((await pullAll(entry.reader, entry.cookie)).ms);
    }
  }
  return readers.map(({ workspace, delta, empty, requests, bytes }) => ({
    size: workspace.size,
    ms: median(delta),
    allMs: delta.map((value) => Math.round(value * 10) / 10),
    emptyMs: median(empty),
    requests: Math.max(...requests),
    bytes: median(bytes),
    load: formatLoad(),
  }));
}

/** Pushes of `count` new risks, `pushRuns` times each; medians. */
async function measurePushes(worker, counts) {
  const owner = await createWorkspace(worker, 'Bench push');
  const writer = createSyncClient(worker, owner);
  const random = seededRandom(99);
  const { projectId } = await seedRisks(writer, { count: 1, seed: 98 });
  const results = [];
  let n = 0;
  for (const count of counts) {
    const times = [];
    for (let run = 0; run < pushRuns; run += 1) {
      const calls = Array.from({ length: count }, () => ({
        name: 'risk.create',
        args: riskArgs(random, projectId, n++),
      }));
      const pushed = await writer.push(writer.stamp(calls), { timeoutMs: 120_000 });
      const body = expectStatus(pushed, 200, 'push');
      if (body.results.some((outcome) => outcome.status !== 'applied'))
        throw new Error('a pushed mutation was not applied');
      times.push(pushed.ms);
    }
    results.push({
      count,
      ms: median(times),
      allMs: times.map(Math.round),
      perMutationMs: median(times) / count,
      load: formatLoad(),
    });
  }
  return results;
}

async function main() {
  console.log(`pull-push bench on ${formatLoad()}`);
  const worker = await startBenchWorker();
  console.log(`wrangler dev ready in ${ms(worker.readyMs)} at ${worker.url}, sources: ${worker.sources}`);
  try {
    const ws10k = await seedWorkspace(worker, 10_000, 1);
    const ws50k = await seedWorkspace(worker, 50_000, 2);
    const ws1k = await seedWorkspace(worker, 1_000, 3);
    const ws20k = await seedWorkspace(worker, 20_000, 4);
    // Wakes every object and warms the code paths before anything is timed.
    for (const workspace of [ws10k, ws50k, ws1k, ws20k])
      expectStatus(await workspace.writer.pull(null, 10), 200, 'warm-up');

    const initial = [];
    for (const workspace of [ws10k, ws50k]) {
      initial.push(await measureInitialPull(worker, workspace, undefined));
      initial.push(await measureInitialPull(worker, workspace, maxPullLimit));
    }
    console.log(`\nInitial pull (cookie null, loop while hasMore), median of ${initialRuns}:`);
    printTable(
      ['records', 'page limit', 'time', 'runs', 'requests', 'bytes', 'B/record', 'gzip B/record', 'page p50', 'load'],
      initial.map((row) => [
        row.size,
        row.limit,
        ms(row.ms),
        row.allMs.join(' '),
        row.requests,
        kib(row.bytes),
        row.bytesPerRecord.toFixed(0),
        row.gzipBytesPerRecord.toFixed(0),
        ms(row.medianPageMs),
        row.load,
      ]),
    );

    const delta = await measureDeltaPulls(worker, [ws1k, ws20k]);
    const ratio = delta[1].ms / delta[0].ms;
    console.log(`\nDelta pull of ${changesPerDelta} changes, median of ${deltaRuns} (interleaved):`);
    printTable(
      ['workspace', 'time', 'requests', 'bytes', 'runs', 'no-change pull', 'load'],
      delta.map((row) => [
        `${row.size} risks`,
        ms(row.ms),
        row.requests,
        row.bytes,
        row.allMs.join(' '),
        ms(row.emptyMs),
        row.load,
      ]),
    );
    console.log(`ratio 20k / 1k: ${ratio.toFixed(2)} (goal ≤ 1.5) ${ratio <= 1.5 ? 'OK' : 'OVER GOAL'}`);

    const push = await measurePushes(worker, [1, 100, 500]);
    console.log(`\nPush of new risks, median of ${pushRuns}:`);
    printTable(
      ['mutations', 'time', 'per mutation', 'runs', 'load'],
      push.map((row) => [row.count, ms(row.ms), `${row.perMutationMs.toFixed(2)} ms`, row.allMs.join(' '), row.load]),
    );
    writeSummary({ bench: 'pull-push', initial, delta, deltaRatio: ratio, push });
  } finally {
    await worker.stop();
  }
}

await main();
