// Runs the three sync benches one after the other (each starts and stops its own Worker) and
// prints their headline figures together. Usage: node bench/sync/run-all.mjs
// (env: LOAD_SECONDS=60, BENCH_SOURCE=worktree|head, and each bench's own knobs)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLoad, ms, printTable } from './support/stats.mjs';

const benches = ['pull-push.mjs', 'dexie-initial-sync.mjs', 'load.mjs'];
const summaryDir = mkdtempSync(join(tmpdir(), 'ipmo-bench-summary-'));
const summaries = {};
const failures = [];
try {
  for (const bench of benches) {
    const summaryFile = join(summaryDir, `${bench}.json`);
    console.log(`\n=== ${bench} (${formatLoad()}) ===`);
    const run = spawnSync(process.execPath, [join(import.meta.dirname, bench)], {
      stdio: 'inherit',
      env: { ...process.env, LOAD_SECONDS: process.env.LOAD_SECONDS ?? '60', BENCH_SUMMARY_FILE: summaryFile },
      // Generous, but bounded: the slowest (load) takes LOAD_SECONDS plus about a minute.
      timeout: 20 * 60_000,
    });
    if (run.status !== 0) failures.push(`${bench} exited with ${run.status ?? run.signal}`);
    try {
      summaries[bench] = JSON.parse(readFileSync(summaryFile, 'utf8'));
    } catch {
      // The bench failed before writing its figures; its own output says why.
    }
  }
} finally {
  rmSync(summaryDir, { recursive: true, force: true });
}

const rows = [];
const pullPush = summaries['pull-push.mjs'];
if (pullPush) {
  for (const row of pullPush.initial) {
    rows.push([
      `initial pull ${row.size} (limit ${row.limit})`,
      ms(row.ms),
      `${row.requests} requests, ${row.gzipBytesPerRecord.toFixed(0)} B/record gzip`,
      row.load,
    ]);
  }
  for (const row of pullPush.delta)
    rows.push([`delta pull 10 changes, ${row.size} risks`, ms(row.ms), `${row.requests} request`, row.load]);
  rows.push(['delta pull ratio 20k / 1k', pullPush.deltaRatio.toFixed(2), 'goal ≤ 1.5', '']);
  for (const row of pullPush.push)
    rows.push([`push ${row.count} mutations`, ms(row.ms), `${row.perMutationMs.toFixed(2)} ms each`, row.load]);
}
const dexie = summaries['dexie-initial-sync.mjs'];
if (dexie) {
  for (const result of dexie.results) {
    const size = result.records.toLocaleString('en');
    rows.push([`raw IndexedDB put, ${size} risks`, ms(result.rawMs), 'the floor', result.inPage.results[0].load]);
    rows.push([
      `initial sync ${size} risks, first pull → synced`,
      ms(result.fromFirstPullMs),
      `÷ raw put ${result.ratioFromFirstPull.toFixed(2)} (goal ≤ ${dexie.goalRatio})`,
      result.syncs.at(-1).load,
    ]);
    rows.push([
      `initial sync ${size} risks, click "Join" → synced`,
      ms(result.syncMs),
      `÷ raw put ${result.ratio.toFixed(2)}; memory peak ${(result.peakBytes / 1024 / 1024).toFixed(0)} MiB`,
      '',
    ]);
  }
}
const load = summaries['load.mjs'];
if (load) {
  for (const [kind, entry] of Object.entries(load.byKind)) {
    rows.push([
      `load ${kind} p50/p95/p99`,
      `${ms(entry.p50)} / ${ms(entry.p95)} / ${ms(entry.p99)}`,
      `${entry.count} requests, ${entry.errors} errors, ${entry.rateLimited}×429`,
      load.load,
    ]);
  }
  rows.push([
    'load throughput',
    `${load.requestsPerSecond.toFixed(1)} req/s`,
    `${load.clients} clients, ${load.seconds.toFixed(0)} s`,
    '',
  ]);
  rows.push([
    'load lost mutations',
    String(load.lost),
    `${load.counts.sent} pushed, ${load.counts.rejected} refused`,
    '',
  ]);
}
console.log('\n=== Sync benchmarks ===');
printTable(['figure', 'value', 'detail', 'load'], rows);
if (failures.length > 0) {
  console.log(`\nFailed: ${failures.join('; ')}`);
  process.exitCode = 1;
}
