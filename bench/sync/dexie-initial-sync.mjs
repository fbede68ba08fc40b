// Initial sync in real Chromium with the built extension, for 10,000 and then 50,000 risks: a fresh
// profile joins the workspace through the options page; timed from the "Join" click (and from the
// first pull) until the connection says "synced" with every record in the extension's Dexie, with
// the browser's memory peak. Then, in an extension page of the same Chromium (fresh profile): the raw
// IndexedDB baseline of docs/sync.md "Speed to beat" on the same records, the store layouts side by
// side (what the shipped `recordChunks` rows cost, what the `records` rows before schema 5 did, and
// what other layouts would), and the client's own pull code replayed on the same pages, to show
// where the time goes. The ratio sync ÷ raw put is the goal.
// Usage: node bench/sync/dexie-initial-sync.mjs
// (env: SIZES=10000,50000 SYNC_RUNS=3 BASELINE_RUNS=3 BENCH_SOURCE=worktree|head, BENCH_DEBUG=1 lists each request)
import { randomUUID } from 'node:crypto';
import { startBenchWorker } from './support/bench-worker.mjs';
import { bundleClientCode } from './support/client-bundle.mjs';
import { buildExtension, launchExtensionBrowser } from './support/extension-browser.mjs';
import {
  readExtensionState,
  timeClientPages,
  timeLayoutUse,
  timeRawPut,
  waitForSyncState,
} from './support/in-page.mjs';
import { sampleChromiumMemory } from './support/memory-sampler.mjs';
import { seedRisks } from './support/risk-fixture.mjs';
import { snapshotSources } from './support/source-snapshot.mjs';
import { formatLoad, kib, median, ms, printTable, withTimeout } from './support/stats.mjs';
import { writeSummary } from './support/summary.mjs';
import { addMember, callApi, createSyncClient, createWorkspace, expectStatus, pullAll } from './support/sync-api.mjs';
import { startTimingProxy } from './support/timing-proxy.mjs';

const sizes = (process.env.SIZES ?? '10000,50000').split(',').map(Number);
/** docs/sync.md "Speed to beat": the initial sync within 1.3× of a raw IndexedDB put of the same records. */
const goalRatio = 1.3;
const syncRuns = Number(process.env.SYNC_RUNS ?? 3);
const baselineRuns = Number(process.env.BASELINE_RUNS ?? 3);
const syncTimeoutMs = 300_000;
/** About the records in one of the client's 1 MiB pages (pull-changes.ts), for the paged layouts. */
const pageRecords = 1_000;
/** recordsPerChunk of extension/db/record-chunks.ts: how many records a shipped `recordChunks` row takes. */
const shippedChunkRecords = 200;
/** Bound on any one in-page measurement (a 10k-record write takes seconds, even on a busy machine). */
const evaluateTimeoutMs = 300_000;

/** In the options page: notes when the "Join" button gets its click, on the page's epoch clock. */
function noteJoinClick() {
  document.querySelector('[data-testid="join-workspace"]').addEventListener(
    'click',
    () => {
      globalThis.joinClickedAt = performance.timeOrigin + performance.now();
    },
    { capture: true, once: true },
  );
}

/** Joins the workspace through the options page, like a user; answers the timeline of the sync. */
async function timeJoinAndSync(extensionDir, worker, owner, proxy, expectedRecords, expectedEntries) {
  const browser = await launchExtensionBrowser(extensionDir);
  try {
    const options = await browser.openPage('options.html');
    const invite = await callApi(worker.url, `/v1/workspaces/${owner.workspaceId}/invites`, {
      token: owner.token,
      body: { role: 'pm' },
    });
    const { code } = expectStatus(invite, 201, 'create invite');
    await options.getByTestId('server-url').fill(proxy.url);
    await options.getByTestId('invite-code').fill(code);
    await options.getByTestId('join-name').fill('Pat Newcomer');
    await options.getByTestId('join-email').fill('pat@example.com');
    const logFrom = proxy.log.length;
    const memory = sampleChromiumMemory(browser.profileDir);
    // Timed from the click as the page gets it: Playwright's checks before it clicks are not the product's.
    await options.evaluate(noteJoinClick);
    const waiting = options.evaluate(waitForSyncState, { intervalMs: 20, timeoutMs: syncTimeoutMs });
    await options.getByTestId('join-workspace').click();
    const state = await withTimeout(waiting, syncTimeoutMs + 10_000, 'waiting for synced');
    const clickedAt = await options.evaluate(() => globalThis.joinClickedAt);
    const { peakBytes, startBytes } = memory.stop();
    if (state.syncStatus !== 'synced')
      throw new Error(`sync ended ${state.syncStatus}: ${JSON.stringify(state.lastError)}`);
    const stored = await withTimeout(
      options.evaluate(readExtensionState),
      evaluateTimeoutMs,
      'reading the extension state',
    );
    if (stored.records !== expectedRecords) {
      throw new Error(`the extension holds ${stored.records} records after sync, expected ${expectedRecords}`);
    }
    const requests = proxy.log
      .slice(logFrom)
      .map((entry) => ({
        ...entry,
        start: entry.start + performance.timeOrigin,
        end: entry.end + performance.timeOrigin,
      }))
      .filter((entry) => entry.start <= state.at);
    if (process.env.BENCH_DEBUG) {
      for (const entry of requests) {
        console.log(
          `${(entry.start - clickedAt).toFixed(0).padStart(6)} → ${(entry.end - clickedAt).toFixed(0).padStart(6)} ${entry.status} ${entry.method} ${entry.path} ${entry.bytes} B`,
        );
      }
      console.log(`synced at ${(state.at - clickedAt).toFixed(0)}`);
    }
    if (stored.projectIndex !== expectedEntries) {
      throw new Error(
        `the \`projects\` index files ${stored.projectIndex} records under their project, expected ${expectedEntries}`,
      );
    }
    return {
      ...describeTimeline(clickedAt, state.at, requests),
      peakBytes,
      startBytes,
      load: formatLoad(),
    };
  } finally {
    await browser.close();
  }
}

/**
 * Splits the click-to-synced time: joining, pages in flight, client alone, the last write. The
 * first sync's pulls run from the first pull to the first answer without more pages (a poll of
 * the options page may start another sync right after).
 */
function describeTimeline(clickedAt, syncedAt, requests) {
  const allPulls = requests.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/pull'));
  allPulls.sort((a, b) => a.start - b.start);
  const lastIndex = allPulls.findIndex((pull) => pull.hasMore === false);
  if (lastIndex < 0) throw new Error('no pull answered hasMore: false before "synced"');
  const pulls = allPulls.slice(0, lastIndex + 1);
  const firstPull = pulls[0];
  const lastPull = pulls.at(-1);
  // The client fetches the next page while writing the current one, so requests may overlap.
  let inFlight = 0;
  let cursor = firstPull.start;
  for (const pull of pulls) {
    const start = Math.max(pull.start, cursor);
    if (pull.end > start) inFlight += pull.end - start;
    cursor = Math.max(cursor, pull.end);
  }
  const span = lastPull.end - firstPull.start;
  return {
    totalMs: syncedAt - clickedAt,
    joinMs: firstPull.start - clickedAt,
    fromFirstPullMs: syncedAt - firstPull.start,
    pullsInFlightMs: inFlight,
    clientOnlyMs: span - inFlight,
    tailMs: syncedAt - lastPull.end,
    pullRequests: pulls.length,
    medianPullMs: median(pulls.map((pull) => pull.end - pull.start)),
    medianGapMs: median(pulls.slice(1).map((pull, index) => pull.start - pulls[index].end)),
    pullBytesOnWire: pulls.reduce((sum, pull) => sum + pull.bytes, 0),
  };
}

/** The baselines of docs/sync.md "Speed to beat" and the client's page code, in an extension page of a fresh profile. */
async function timeInPage(extensionDir, clientScript, values, pageTexts, workspaceId) {
  const browser = await launchExtensionBrowser(extensionDir);
  try {
    const page = await browser.openPage('options.html');
    // Runtime.evaluate is not subject to the extension page's CSP, which forbids inline scripts.
    const cdp = await browser.context.newCDPSession(page);
    const loaded = await cdp.send('Runtime.evaluate', { expression: clientScript });
    if (loaded.exceptionDetails) throw new Error(`client bundle failed: ${loaded.exceptionDetails.text}`);
    // `recordChunks` as extension/db/database.ts lays it out since schema 5: compound key, the
    // multiEntry indexes that find a record's row and a project's rows. The `recordMaps` row each page
    // also rewrites is left out: one small row per transaction, next to the page's chunk rows.
    const recordChunks = {
      name: 'recordChunks',
      keyPath: ['workspaceId', 'entity', 'chunk'],
      indexes: [
        ['ids', 'ids', { multiEntry: true }],
        ['projects', 'projects', { multiEntry: true }],
      ],
      row: 'chunkIndexed',
      chunkRecords: shippedChunkRecords,
    };
    // `records` as extension/db/database.ts laid it out before schema 5: compound key, one index on
    // the projectId copy; still measured, to show what the move to chunks saved.
    const records = {
      name: 'records',
      keyPath: ['workspaceId', 'entity', 'id'],
      indexes: [['[workspaceId+entity+projectId]', ['workspaceId', 'entity', 'projectId']]],
    };
    const variants = [
      [
        'raw IndexedDB put, 1 store keyed by id (docs/sync.md "Speed to beat" baseline)',
        [{ name: 'risks', keyPath: 'id', indexes: [], row: 'value' }],
      ],
      [
        `\`recordChunks\` rows of ${shippedChunkRecords} (the shipped layout: ids and projects multiEntry indexes), a transaction per ${pageRecords.toLocaleString('en')} records`,
        [recordChunks],
        pageRecords,
      ],
      [
        '`records` rows with their projectId copy (the layout before schema 5, index entries written)',
        [{ ...records, row: 'record' }],
      ],
      // The cheapest layout of one row per record that can still list a project by index, not shipped.
      [
        `1 store keyed by id with a projectId index, a transaction per ${pageRecords} records`,
        [{ name: 'risks', keyPath: 'id', indexes: [['projectId', 'projectId']], row: 'value' }],
        pageRecords,
      ],
    ];
    const results = [];
    for (const [label, stores, pageSize] of variants) {
      const times = [];
      for (let run = 0; run < baselineRuns; run += 1) {
        times.push(
          await withTimeout(
            page.evaluate(timeRawPut, { name: `bench-${run}`, values, workspaceId, stores, pageSize }),
            evaluateTimeoutMs,
            label,
          ),
        );
      }
      results.push({ label, ms: median(times), allMs: times.map(Math.round), load: formatLoad() });
    }
    const uses = [];
    for (const [label, layout, pageSize] of [
      ['`records` rows and their index (the layout before schema 5)', 'records'],
      ['a store keyed by id, projectId index', 'byId'],
      [
        `\`recordChunks\` rows of ${shippedChunkRecords} (shipped), through their indexes`,
        'recordChunks',
        shippedChunkRecords,
      ],
    ]) {
      const use = await withTimeout(
        page.evaluate(timeLayoutUse, { name: `bench-use-${layout}`, values, workspaceId, layout, pageSize }),
        evaluateTimeoutMs,
        label,
      );
      uses.push({ label, ...use });
    }
    const connection = {
      workspaceId,
      workspaceName: 'Bench',
      serverUrl: 'http://127.0.0.1:1',
      token: 'unused',
      member: { id: 'bench-member', name: 'Bench', email: 'bench@example.com', role: 'pm' },
      clientGroupId: randomUUID(),
      clientId: randomUUID(),
      nextMutationId: 1,
      cookie: null,
      syncStatus: 'pending',
      pendingCount: 0,
      lastSyncAt: null,
      lastError: null,
      connectedAt: new Date().toISOString(),
    };
    const replays = [];
    for (let run = 0; run < baselineRuns; run += 1) {
      replays.push(
        await withTimeout(
          page.evaluate(timeClientPages, { name: `bench-client-${run}`, pageTexts, connection }),
          evaluateTimeoutMs,
          'client replay',
        ),
      );
    }
    for (const replay of replays) {
      if (replay.records !== values.length) throw new Error(`client replay stored ${replay.records} records`);
    }
    const sum = (replay, key) => replay.steps.reduce((total, step) => total + step[key], 0);
    const client = {
      parseMs: median(replays.map((replay) => sum(replay, 'parseMs'))),
      validateMs: median(replays.map((replay) => sum(replay, 'validateMs'))),
      applyMs: median(replays.map((replay) => sum(replay, 'applyMs'))),
      applyPerPageMs: median(replays.flatMap((replay) => replay.steps.map((step) => step.applyMs))),
      pages: pageTexts.length,
      load: formatLoad(),
    };
    return { results, uses, client };
  } finally {
    await browser.close();
  }
}

/** Seeds a workspace of `recordCount` risks and measures its first sync and the baselines. */
async function benchSize(recordCount, { built, clientScript, worker, proxy }) {
  console.log(`\n## ${recordCount.toLocaleString('en')} risks (${formatLoad()})`);
  const owner = await createWorkspace(worker, `Bench initial sync ${recordCount}`);
  const writer = createSyncClient(worker, owner);
  await seedRisks(writer, { count: recordCount, seed: 11 });
  // The pages a client gets (the Worker's defaults), as text, for the in-page replay; and their records.
  const reader = createSyncClient(worker, await addMember(worker, owner, 'pm', 'Page Reader'));
  const pageTexts = [];
  let cookie = null;
  for (let page = 0; page < 10_000; page += 1) {
    const answer = await reader.pull(cookie);
    if (answer.status !== 200) throw new Error(`pull ${answer.status}: ${answer.text.slice(0, 300)}`);
    pageTexts.push(answer.text);
    cookie = answer.json.cookie;
    if (!answer.json.hasMore) break;
  }
  const values = pageTexts.flatMap((text) =>
    JSON.parse(text)
      .patch.filter((op) => op.op === 'put')
      .map((op) => op.value),
  );
  const serverOnly = await pullAll(createSyncClient(worker, owner), null);
  console.log(
    `seeded; a Node client pulls the ${values.length} records in ${ms(serverOnly.ms)}, ${serverOnly.requests} requests`,
  );

  const syncs = [];
  for (let run = 0; run < syncRuns; run += 1) {
    const inProjects = values.filter((value) => typeof value.projectId === 'string').length;
    const timeline = await timeJoinAndSync(built.dir, worker, owner, proxy, values.length, inProjects);
    console.log(`run ${run + 1}: ${ms(timeline.totalMs)} click → synced (${timeline.load})`);
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify(timeline, null, 1));
    syncs.push(timeline);
  }
  const inPage = await timeInPage(built.dir, clientScript, values, pageTexts, owner.workspaceId);

  const pick = (key) => median(syncs.map((sync) => sync[key]));
  const syncMs = pick('totalMs');
  const fromFirstPullMs = pick('fromFirstPullMs');
  const rawMs = inPage.results[0].ms;
  console.log(`\nInitial sync of ${recordCount} risks into the extension's Dexie, median of ${syncRuns}:`);
  printTable(
    ['phase', 'median', 'runs'],
    [
      ['click "Join" → synced, all records in Dexie', ms(syncMs), syncs.map((s) => Math.round(s.totalMs)).join(' ')],
      ['  click → first pull request (accept invite, save)', ms(pick('joinMs')), ''],
      ['  first pull → synced', ms(fromFirstPullMs), syncs.map((s) => Math.round(s.fromFirstPullMs)).join(' ')],
      ['    a pull in flight (server + transfer)', ms(pick('pullsInFlightMs')), ''],
      ['    no pull in flight (client busy, network idle)', ms(pick('clientOnlyMs')), ''],
      ['    last page answered → synced (its write)', ms(pick('tailMs')), ''],
      [
        '  pulls; median pull; median gap between pulls',
        `${syncs[0].pullRequests}; ${ms(pick('medianPullMs'))}; ${ms(pick('medianGapMs'))}`,
        '',
      ],
      ['  pull bytes on the wire (gzip)', kib(pick('pullBytesOnWire')), ''],
      [
        'Chromium memory (all processes): before join → peak',
        `${mib(pick('startBytes'))} → ${mib(pick('peakBytes'))}`,
        syncs.map((s) => mib(s.peakBytes)).join(' '),
      ],
      ['Node client, same pulls, nothing written', ms(serverOnly.ms), ''],
    ],
  );
  console.log(`\nIn an extension page of the same Chromium, ${values.length} records, median of ${baselineRuns}:`);
  printTable(
    ['write', 'median', 'runs', 'load'],
    inPage.results.map((row) => [row.label, ms(row.ms), row.allMs.join(' '), row.load]),
  );
  console.log(`\nUsing each layout once written (${values.length} records, one project), in the same page:`);
  printTable(
    ['layout', "a project's records", 'one record by id', 'one record edited'],
    inPage.uses.map((use) => [use.label, ms(use.readProjectMs), ms(use.readOneMs), ms(use.editOneMs)]),
  );
  const { client } = inPage;
  console.log(
    `\nThe client's own code on the ${client.pages} pages, no network, median of ${baselineRuns} (${client.load}):`,
  );
  printTable(
    ['step', 'total', 'per page'],
    [
      ['JSON.parse', ms(client.parseMs), ms(client.parseMs / client.pages)],
      ['PullResponseSchema.safeParse (zod)', ms(client.validateMs), ms(client.validateMs / client.pages)],
      ['applyPullPage (one Dexie transaction)', ms(client.applyMs), ms(client.applyPerPageMs)],
      ['sum', ms(client.parseMs + client.validateMs + client.applyMs), ''],
    ],
  );
  return {
    records: recordCount,
    rawMs,
    syncMs,
    fromFirstPullMs,
    ratio: syncMs / rawMs,
    ratioFromFirstPull: fromFirstPullMs / rawMs,
    peakBytes: pick('peakBytes'),
    syncs,
    inPage,
  };
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main() {
  console.log(`dexie-initial-sync bench: ${sizes.join(' and ')} risks, ${formatLoad()}`);
  const sources = snapshotSources();
  let worker;
  let proxy;
  try {
    const built = buildExtension(sources.dir);
    console.log(`wxt build of ${sources.description} in ${ms(built.ms)}`);
    const clientScript = await bundleClientCode(sources.dir);
    worker = await startBenchWorker({ sources });
    proxy = await startTimingProxy(worker.url);
    const results = [];
    for (const size of sizes) results.push(await benchSize(size, { built, clientScript, worker, proxy }));

    console.log(`\nInitial sync ÷ raw IndexedDB put of the same records, measured in this run (goal ≤ ${goalRatio}):`);
    printTable(
      ['records', 'raw put', 'first pull → synced', 'ratio', 'click "Join" → synced', 'ratio', 'memory peak'],
      results.map((result) => [
        result.records.toLocaleString('en'),
        ms(result.rawMs),
        ms(result.fromFirstPullMs),
        `${result.ratioFromFirstPull.toFixed(2)} ${result.ratioFromFirstPull <= goalRatio ? 'OK' : 'OVER GOAL'}`,
        ms(result.syncMs),
        `${result.ratio.toFixed(2)} ${result.ratio <= goalRatio ? 'OK' : 'OVER GOAL'}`,
        mib(result.peakBytes),
      ]),
    );
    writeSummary({ bench: 'dexie-initial-sync', goalRatio, results });
  } finally {
    await proxy?.close();
    await worker?.stop();
    sources.remove();
  }
}

await main();
