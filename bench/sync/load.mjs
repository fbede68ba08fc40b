// 50 simulated members (each its own token from an invite, its own client group and client) sync
// with one workspace for LOAD_SECONDS (60) on loopback, like the extension: every 1–2 s each may
// make 1–5 edits, pushes what is pending (kept until a pull acknowledges it, re-sent after a
// failure), then pulls from its cookie. At the end every client syncs once more and the bench
// proves nothing was lost: every mutation pushed is acknowledged, as applied or as permanently
// refused with its error; every applied create is in the server's state; every risk title is the
// last one its author set.
// Usage: node bench/sync/load.mjs   (env: LOAD_SECONDS=60 LOAD_CLIENTS=50 LOAD_SEED_RISKS=1000)
import { startBenchWorker } from './support/bench-worker.mjs';
import { riskArgs, seededRandom, seedRisks } from './support/risk-fixture.mjs';
import { formatLoad, ms, percentile, printTable, sleep } from './support/stats.mjs';
import { writeSummary } from './support/summary.mjs';
import { addMember, createSyncClient, createWorkspace, maxMutationsPerPush, pullAll } from './support/sync-api.mjs';

const durationMs = Number(process.env.LOAD_SECONDS ?? 60) * 1000;
const clientCount = Number(process.env.LOAD_CLIENTS ?? 50);
const seedRiskCount = Number(process.env.LOAD_SEED_RISKS ?? 1000);
/** As the extension (request-json.ts): a request that takes longer counts as a network failure. */
const requestTimeoutMs = 10_000;
const finalSyncAttempts = 10;
const maxPullPagesPerSync = 50;

/** Latencies and outcomes per request kind. */
function createRecorder() {
  const kinds = new Map();
  return {
    record(kind, result) {
      let entry = kinds.get(kind);
      if (!entry) {
        entry = {
          latencies: [],
          ok: 0,
          rateLimited: 0,
          clientErrors: 0,
          serverErrors: 0,
          network: 0,
          statuses: {},
          samples: new Map(),
        };
        kinds.set(kind, entry);
      }
      entry.latencies.push(result.ms);
      const { status } = result;
      if (status >= 200 && status < 300) entry.ok += 1;
      else {
        entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
        // The first answer of each status, to say what went wrong.
        if (!entry.samples.has(status)) entry.samples.set(status, result.text.slice(0, 300));
        if (status === 429) entry.rateLimited += 1;
        else if (status === 0) entry.network += 1;
        else if (status >= 500) entry.serverErrors += 1;
        else entry.clientErrors += 1;
      }
    },
    kinds,
  };
}

/**
 * One simulated extension. `sent` keeps every mutation it ever pushed, by id; `pending` those not
 * yet acknowledged by a pull (docs/sync.md "Client").
 */
function createLoadClient(worker, member, index, recorder, sharedRisks) {
  const random = seededRandom(1000 + index);
  const sync = createSyncClient(worker, member);
  const state = {
    index,
    cookie: null,
    isCaughtUp: false,
    acknowledgedUpTo: 0,
    pending: [],
    sent: new Map(),
    applied: new Set(),
    rejected: new Map(),
    ownRiskIds: [],
    titles: new Map(),
  };

  function makeEdits() {
    const calls = [];
    const count = 1 + Math.floor(random() * 5);
    for (let n = 0; n < count; n += 1) {
      const roll = random();
      const others = sharedRisks.list;
      if (state.ownRiskIds.length === 0 || roll < 0.45) {
        const args = riskArgs(random, sharedRisks.projectId, index * 100_000 + state.sent.size + n);
        state.ownRiskIds.push(args.id);
        calls.push({ name: 'risk.create', args });
      } else if (roll < 0.85 || others.length === 0) {
        const id = state.ownRiskIds[Math.floor(random() * state.ownRiskIds.length)];
        calls.push({
          name: 'risk.update',
          args: { id, patch: { title: `Client ${index} edit ${Math.floor(random() * 1e9)}` } },
        });
      } else {
        // Someone else's risk, with the status we last saw as precondition: races and roles make
        // some of these permanent refusals, which must come back as errors, not vanish.
        const seen = others[Math.floor(random() * others.length)];
        const status = seen.status === 'open' ? 'mitigating' : 'open';
        calls.push({
          name: 'risk.update',
          args: { id: seen.id, patch: { status }, expected: { status: seen.status } },
        });
      }
    }
    const mutations = sync.stamp(calls);
    for (const mutation of mutations) {
      state.sent.set(mutation.id, mutation);
      state.pending.push(mutation);
    }
  }

  async function push() {
    if (state.pending.length === 0) return true;
    const batch = state.pending.slice(0, maxMutationsPerPush);
    const result = await sync.push(batch, { timeoutMs: requestTimeoutMs });
    recorder.record('push', result);
    if (result.status !== 200) return false;
    for (const outcome of result.json.results) {
      if (outcome.status === 'applied') state.applied.add(outcome.id);
      if (outcome.status === 'rejected') state.rejected.set(outcome.id, outcome.error);
    }
    return true;
  }

  async function pull() {
    for (let page = 0; page < maxPullPagesPerSync; page += 1) {
      const result = await sync.pull(state.cookie, undefined, { timeoutMs: requestTimeoutMs });
      recorder.record(state.isCaughtUp ? 'pull' : 'initial pull page', result);
      if (result.status !== 200) return false;
      const body = result.json;
      const acknowledged = body.lastMutationIdChanges[sync.clientId];
      if (acknowledged !== undefined) state.acknowledgedUpTo = Math.max(state.acknowledgedUpTo, acknowledged);
      for (const refusal of body.mutationErrors) {
        if (refusal.clientId === sync.clientId) state.rejected.set(refusal.id, refusal.error);
      }
      for (const op of body.patch) {
        if (op.op === 'put' && op.entity === 'risk' && op.value.createdBy !== member.memberId)
          sharedRisks.see(op.value);
      }
      state.pending = state.pending.filter((mutation) => mutation.id > state.acknowledgedUpTo);
      state.cookie = body.cookie;
      if (!body.hasMore) {
        state.isCaughtUp = true;
        return true;
      }
    }
    return false;
  }

  return {
    state,
    clientId: sync.clientId,
    /** One tick: maybe edit, then push what is pending and pull. */
    async tick() {
      if (state.isCaughtUp && random() < 0.6) makeEdits();
      const pushed = await push();
      // A failed push is retried on the next tick; a pull still brings others' changes meanwhile.
      await pull();
      return pushed;
    },
    /** After the run: sync until nothing is pending (bounded). */
    async settle() {
      for (let attempt = 0; attempt < finalSyncAttempts; attempt += 1) {
        const pushed = await push();
        const pulled = await pull();
        if (pushed && pulled && state.pending.length === 0) return true;
        await sleep(1_000);
      }
      return false;
    },
    nextDelayMs: () => 1_000 + random() * 1_000,
  };
}

/** Other clients' risks as last pulled, for the cross-client status edits. */
function createSharedRisks(projectId) {
  const byId = new Map();
  return {
    projectId,
    list: [],
    see(risk) {
      if (!byId.has(risk.id)) this.list.push(risk);
      else this.list[this.list.findIndex((known) => known.id === risk.id)] = risk;
      byId.set(risk.id, risk);
    },
  };
}

/** Checks every client's mutations against its acknowledgements and the server's final state. */
function findLostMutations(clients, finalRisks) {
  const problems = [];
  const counts = { sent: 0, applied: 0, rejected: 0, creates: 0, refusalCodes: {} };
  for (const client of clients) {
    const { state } = client;
    for (const [id, mutation] of state.sent) {
      counts.sent += 1;
      if (id > state.acknowledgedUpTo) {
        problems.push(`client ${state.index} mutation ${id} (${mutation.name}) was never acknowledged`);
        continue;
      }
      if (state.rejected.has(id)) {
        counts.rejected += 1;
        const code = state.rejected.get(id)?.code ?? 'unknown';
        counts.refusalCodes[code] = (counts.refusalCodes[code] ?? 0) + 1;
        if (state.applied.has(id)) problems.push(`client ${state.index} mutation ${id} both applied and refused`);
        continue;
      }
      counts.applied += 1;
      if (mutation.name === 'risk.create') {
        counts.creates += 1;
        if (!finalRisks.has(mutation.args.id)) {
          problems.push(`client ${state.index} risk ${mutation.args.id} was created but is not on the server`);
        }
      }
    }
    // The title of each of its risks is the last one it set and the server applied (only its author edits it).
    const lastTitles = new Map();
    for (const [id, mutation] of [...state.sent].sort(([a], [b]) => a - b)) {
      if (state.rejected.has(id)) continue;
      const title = mutation.name === 'risk.create' ? mutation.args.title : mutation.args.patch.title;
      if (title !== undefined) lastTitles.set(mutation.args.id, title);
    }
    for (const [riskId, title] of lastTitles) {
      const stored = finalRisks.get(riskId);
      if (stored && stored.title !== title) {
        problems.push(`client ${state.index} risk ${riskId} has title "${stored.title}", expected "${title}"`);
      }
    }
  }
  return { problems, counts };
}

async function main() {
  console.log(
    `load bench: ${clientCount} clients for ${durationMs / 1000} s, workspace of ${seedRiskCount} risks, ${formatLoad()}`,
  );
  const worker = await startBenchWorker();
  console.log(`wrangler dev ready in ${ms(worker.readyMs)} at ${worker.url}, sources: ${worker.sources}`);
  try {
    const owner = await createWorkspace(worker, 'Bench load');
    const ownerSync = createSyncClient(worker, owner);
    const { projectId } = await seedRisks(ownerSync, { count: seedRiskCount, seed: 21 });
    const members = [];
    const joinStarted = performance.now();
    for (let index = 0; index < clientCount; index += 1) {
      members.push(await addMember(worker, owner, 'contributor', `Load Client ${index}`));
    }
    console.log(`${clientCount} invites created and accepted in ${ms(performance.now() - joinStarted)}`);
    const recorder = createRecorder();
    const sharedRisks = createSharedRisks(projectId);
    const clients = members.map((member, index) => createLoadClient(worker, member, index, recorder, sharedRisks));

    console.log(`running for ${durationMs / 1000} s…`);
    const startedAt = performance.now();
    const deadline = startedAt + durationMs;
    await Promise.all(
      clients.map(async (client, index) => {
        // Staggered start: not every browser opens in the same millisecond.
        await sleep((index / clientCount) * 2_000);
        while (performance.now() < deadline) {
          await client.tick();
          await sleep(Math.min(client.nextDelayMs(), Math.max(0, deadline - performance.now())));
        }
      }),
    );
    const elapsedS = (performance.now() - startedAt) / 1000;
    const loadDuringRun = formatLoad();

    const settleStarted = performance.now();
    const settled = await Promise.all(clients.map((client) => client.settle()));
    const settleMs = performance.now() - settleStarted;
    const full = await pullAll(createSyncClient(worker, owner), null, { keepPatch: true, limit: 5000 });
    const finalRisks = new Map(
      full.patch.filter((op) => op.op === 'put' && op.entity === 'risk').map((op) => [op.id, op.value]),
    );
    const { problems, counts } = findLostMutations(clients, finalRisks);
    const unsettled = settled.filter((ok) => !ok).length;

    console.log(`\nLoad: ${clientCount} clients, ${elapsedS.toFixed(0)} s, ${loadDuringRun} at the end of the run`);
    const rows = [...recorder.kinds].map(([kind, entry]) => {
      const total = entry.latencies.length;
      return [
        kind,
        total,
        (total / elapsedS).toFixed(1),
        ms(percentile(entry.latencies, 50)),
        ms(percentile(entry.latencies, 95)),
        ms(percentile(entry.latencies, 99)),
        ms(Math.max(...entry.latencies)),
        entry.serverErrors + entry.network + entry.clientErrors,
        entry.rateLimited,
        Object.entries(entry.statuses)
          .map(([status, n]) => `${status === '0' ? 'network' : status}×${n}`)
          .join(' ') || '-',
      ];
    });
    printTable(['request', 'count', 'per s', 'p50', 'p95', 'p99', 'max', 'errors', '429', 'non-2xx'], rows);
    for (const [kind, entry] of recorder.kinds) {
      for (const [status, text] of entry.samples) console.log(`  ${kind} ${status || 'network'}: ${text}`);
    }
    const hasServerErrors = [...recorder.kinds.values()].some((entry) => entry.serverErrors > 0);
    if (hasServerErrors) {
      // Request log lines aside, what wrangler said: a reload or an uncaught error explains a 5xx.
      const notes = worker
        .output()
        .split('\n')
        .filter((line) => line.trim() && !/\[wrangler:info\] (GET|POST|OPTIONS) /.test(line));
      console.log(`  wrangler output (${notes.length} lines besides requests), last 15:`);
      for (const line of notes.slice(-15)) console.log(`    ${line}`);
    }
    const requests = [...recorder.kinds.values()].reduce((sum, entry) => sum + entry.latencies.length, 0);
    console.log(
      `throughput: ${(requests / elapsedS).toFixed(1)} requests/s, ${(counts.applied / elapsedS).toFixed(1)} applied mutations/s`,
    );
    console.log(
      `mutations: ${counts.sent} pushed, ${counts.applied} applied (${counts.creates} creates), ${counts.rejected} refused with an error; final sync took ${ms(settleMs)}${unsettled ? `, ${unsettled} clients did not settle` : ''}`,
    );
    const codes = Object.entries(counts.refusalCodes).map(([code, n]) => `${code}×${n}`);
    console.log(`refusals by code: ${codes.join(', ') || 'none'}`);
    console.log(`server state: ${finalRisks.size} risks (${seedRiskCount} seeded)`);
    console.log(`lost mutations: ${problems.length}${problems.length ? ' ← BUG' : ''}`);
    for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
    const byKind = Object.fromEntries(
      [...recorder.kinds].map(([kind, entry]) => [
        kind,
        {
          count: entry.latencies.length,
          p50: percentile(entry.latencies, 50),
          p95: percentile(entry.latencies, 95),
          p99: percentile(entry.latencies, 99),
          errors: entry.serverErrors + entry.network + entry.clientErrors,
          rateLimited: entry.rateLimited,
          statuses: entry.statuses,
        },
      ]),
    );
    writeSummary({
      bench: 'load',
      clients: clientCount,
      seconds: elapsedS,
      load: loadDuringRun,
      byKind,
      requestsPerSecond: requests / elapsedS,
      counts,
      lost: problems.length,
      problems: problems.slice(0, 100),
      unsettled,
    });
    if (problems.length > 0 || unsettled > 0) process.exitCode = 1;
  } finally {
    await worker.stop();
  }
}

await main();
