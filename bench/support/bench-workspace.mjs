// A workspace on the bench Worker and a profile joined to it, as bench/workspace and bench/popup
// both need: create it, push the seed, join as a PMO in the options page and wait until synced.

import { sleep } from '../sync/support/stats.mjs';
import { readSyncedCount } from '../workspace/support/in-page.mjs';

const syncTimeoutMs = 180_000;

/** POSTs `body` to the Worker with a bearer token; answers the JSON or throws with the answer's start. */
export async function callWorker(worker, path, { token, body }) {
  const response = await fetch(`${worker.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 400)}`);
  return response.json();
}

/** Creates the bench workspace; answers its owner's session and `push(mutations)` as a fresh client group. */
export async function createBenchWorkspace(worker, randomUUID) {
  const owner = await callWorker(worker, '/v1/workspaces', {
    token: worker.secret,
    body: { name: 'Bench PMO', owner: { name: 'Olivia Owner', email: 'olivia@bench.example' } },
  });
  const push = async (mutations) =>
    (
      await callWorker(worker, `/v1/workspaces/${owner.workspace.id}/push`, {
        token: owner.token,
        body: { clientGroupId: randomUUID(), mutations },
      })
    ).results;
  return { owner, push };
}

/** Joins as a PMO in the options page and waits until every seeded record is in Dexie; answers the time it took. */
export async function joinAndSync(context, extensionId, worker, owner, expectedRecords) {
  const { code } = await callWorker(worker, `/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body: { role: 'pmo' },
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('server-url').fill(worker.url);
  await options.getByTestId('invite-code').fill(code);
  await options.getByTestId('join-name').fill('Paula Pmo');
  await options.getByTestId('join-email').fill('paula@bench.example');
  const started = performance.now();
  await options.getByTestId('join-workspace').click();
  let state;
  while (performance.now() - started < syncTimeoutMs) {
    state = await options.evaluate(readSyncedCount, owner.workspace.id);
    if (state.records >= expectedRecords && state.syncStatus === 'synced') break;
    await sleep(250);
  }
  if (state?.records < expectedRecords)
    throw new Error(`after ${syncTimeoutMs} ms the profile holds ${state?.records} of ${expectedRecords} records`);
  await options.close();
  return { ms: performance.now() - started, records: state.records };
}

/**
 * Opens `url` in a new tab `runs` times after one warm-up and answers what `readOpen` (evaluated in
 * the page, polled until it answers) noted each time; `beforeEach()` runs before every open.
 */
export async function timePageOpens(context, url, { runs, readOpen, beforeEach, viewport }) {
  const results = [];
  for (let run = 0; run <= runs; run += 1) {
    await beforeEach?.();
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(url);
    const handle = await page.waitForFunction(readOpen, undefined, { timeout: 30_000, polling: 50 });
    const marks = await handle.jsonValue();
    await page.close();
    if (run > 0) results.push(marks);
    await sleep(200);
  }
  return results;
}
