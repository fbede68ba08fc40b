// @vitest-environment node
// Node's own fetch (undici) talks to the local Worker, not happy-dom's browser emulation of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPullPage } from '../../../extension/background/sync/apply-pull-page';
import { pullChanges } from '../../../extension/background/sync/pull-changes';
import { createWorkerApi } from '../../../extension/background/worker-api/worker-api';
import { listWorkspaceRecords } from '../../../extension/db/read-records';
import { rowsOfWorkspace } from '../../../extension/db/record-rows';
import { writeRecords } from '../../../extension/db/write-records';
import type { Role } from '../../../shared/schemas/common';
import type { PullResponse } from '../../../shared/sync/protocol';
import { checkConvergence } from './check-convergence';
import { type Fault, FaultyNetwork, type HeldRequest } from './faulty-network';
import type { PlannedEdit } from './random-edits';
import { runSeed } from './run-seed';
import { createSeededRandom } from './seeded-random';
import type { SimulatedBrowser } from './simulated-browser';
import { SyncWorld } from './sync-world';
import { startWorkerUnderTest, type WorkerUnderTest } from './worker-under-test';

/**
 * The fault cases of docs/sync.md "Tests that prove it", each scripted step by step with the harness of
 * the convergence fuzz: real engine, real Dexie (fake-indexeddb), real Worker.
 */

let worker: WorkerUnderTest;
beforeAll(async () => {
  worker = await startWorkerUnderTest();
}, 120_000);
afterAll(async () => {
  await worker?.stop();
});

const everything = (): Fault => 'none';
const onPush =
  (fault: Fault) =>
  (request: HeldRequest): Fault =>
    request.kind === 'push' ? fault : 'none';

/** Browsers that joined a fresh workspace and finished their first sync, on a network that answers everything. */
async function setUpBrowsers(roles: Role[] = ['owner', 'pmo'], onServer: (text: string) => void = () => {}) {
  const network = new FaultyNetwork(async (input, init) => {
    const response = await fetch(input, init);
    const text = await response.text();
    onServer(text);
    return new Response(text, { status: response.status, headers: response.headers });
  });
  const world = await SyncWorld.create(worker.url, network, createSeededRandom(42), roles);
  await world.heal();
  return { world, network, browsers: world.browsers };
}

const ids = createSeededRandom(7);
const edit = (name: PlannedEdit['name'], args: Record<string, unknown>): PlannedEdit => ({
  name,
  args,
  mustBeRefused: false,
});
const newProject = (code: string) => edit('project.create', { id: ids.uuid(), code, name: `${code} roll-out` });
const newRisk = (projectId: string, title: string) =>
  edit('risk.create', { id: ids.uuid(), projectId, title, probability: 3, impact: 4 });

/** Everything one browser stores for the workspace, to compare before and after. */
async function snapshot(browser: SimulatedBrowser) {
  const { db, workspaceId } = browser;
  return {
    records: await listWorkspaceRecords(db, workspaceId),
    serverRecords: await rowsOfWorkspace(db.serverRecords, workspaceId).toArray(),
    pending: await db.pending.where('workspaceId').equals(workspaceId).toArray(),
    mutationErrors: await db.mutationErrors.where('workspaceId').equals(workspaceId).toArray(),
    cookie: (await db.connections.get(workspaceId))?.cookie,
  };
}

async function expectConverged(world: SyncWorld) {
  await world.heal();
  expect(await checkConvergence(world)).toEqual([]);
}

describe('sync under network faults (real engine, real Worker)', { timeout: 120_000 }, () => {
  it('applies a push exactly once when its response was lost and the engine retries', async () => {
    const { world, network, browsers } = await setUpBrowsers();
    const [a] = browsers;
    await world.edit(a, newProject('ERP'));

    const lost = await world.syncNow(a, onPush('drop-response'));

    expect(await lost.outcome).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(network.outcomes.get(`${a.clientId}#1`)?.status).toBe('applied');
    expect(await a.countPending()).toBe(1);
    expect((await a.db.connections.get(a.workspaceId))?.syncStatus).toBe('offline');

    const retried = await world.syncNow(a, everything);

    expect(await retried.outcome).toEqual({ ok: true, value: undefined });
    expect(network.trace).toContainEqual(expect.stringMatching(/c0 push → 200 \[1s\]$/));
    expect(network.processed.filter((mutation) => mutation.clientId === a.clientId)).toHaveLength(1);
    expect(await a.countPending()).toBe(0);
    expect(await a.db.mutationErrors.count()).toBe(0);
    const projects = [...(await world.readServerState())].filter(([key]) => key.startsWith('project:'));
    expect(projects.map(([, project]) => project)).toMatchObject([{ code: 'ERP' }]);
    await expectConverged(world);
  });

  it('leaves the same state when a pull is replayed: twice at the server, twice into Dexie, or from a stale copy', async () => {
    const answers: string[] = [];
    const { world, network, browsers } = await setUpBrowsers(['owner', 'pmo'], (text) => answers.push(text));
    const [a, b] = browsers;
    const project = newProject('CRM');
    await world.edit(a, project);
    await (await world.syncNow(a, everything)).outcome;
    await (await world.syncNow(b, everything)).outcome;
    await world.edit(a, edit('project.update', { id: project.args.id, patch: { code: 'CRM2' } }));
    await world.edit(a, newRisk(String(project.args.id), 'Vendor late'));
    await (await world.syncNow(a, everything)).outcome;
    // B renames the project locally: the page must rebase this pending edit, not overwrite it.
    await world.edit(b, edit('project.update', { id: project.args.id, patch: { name: 'CRM for sales' } }));
    const api = createWorkerApi(network.fetchFor(b.index));
    const connection = await b.db.connections.get(b.workspaceId);
    if (!connection) throw new Error('B is not connected');

    // The network delivers B's pull twice: pull is read-only, so both answers are the same page.
    b.track(pullChanges(b.db, api, connection, b.clock.now));
    await world.runTraffic(b, () => 'duplicate-now');
    const [first, second] = answers.slice(-2);
    expect(second).toBe(first);
    const afterPull = await snapshot(b);
    expect(afterPull.records.map((row) => row.value)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'CRM2', name: 'CRM for sales' }),
        expect.objectContaining({ title: 'Vendor late' }),
      ]),
    );
    expect(afterPull.pending).toHaveLength(1);

    const page = JSON.parse(first) as PullResponse;
    await applyPullPage(b.db, b.workspaceId, page, b.clock.now());
    expect(await snapshot(b)).toEqual(afterPull);

    // Same cookie again: the network answers with the stale copy of the first page.
    await b.db.connections.update(b.workspaceId, { cookie: connection.cookie });
    b.track(pullChanges(b.db, api, connection, b.clock.now));
    await world.runTraffic(b, () => 'replay-stale');
    expect(network.trace.at(-1)).toContain('stale copy');
    expect(await snapshot(b)).toEqual(afterPull);
    await expectConverged(world);
  });

  it.each([
    ['the delete arrives first: the update is refused and reported', 'delete-first'],
    ['the update arrives first: the delete still wins', 'update-first'],
  ])('resolves a delete/update race across two browsers when %s', async (_, order) => {
    const { world, network, browsers } = await setUpBrowsers();
    const [a, b] = browsers;
    const project = newProject('PAY');
    const risk = newRisk(String(project.args.id), 'Budget cut');
    await world.edit(a, project);
    await world.edit(a, risk);
    await (await world.syncNow(a, everything)).outcome;
    await (await world.syncNow(b, everything)).outcome;
    await world.edit(a, edit('risk.delete', { id: risk.args.id }));
    await world.edit(b, edit('risk.update', { id: risk.args.id, patch: { title: 'Budget cut by 20%' } }));

    const [first, second] = order === 'delete-first' ? [a, b] : [b, a];
    await (await world.syncNow(first, everything)).outcome;
    await (await world.syncNow(second, everything)).outcome;
    await world.heal();

    const update = network.outcomes.get(`${b.clientId}#1`);
    const errors = await b.db.mutationErrors.toArray();
    if (order === 'delete-first') {
      expect(update).toMatchObject({ status: 'rejected', error: { code: 'not_found' } });
      expect(errors).toMatchObject([{ id: 1, name: 'risk.update', error: { code: 'not_found' } }]);
    } else {
      expect(update?.status).toBe('applied');
      expect(errors).toEqual([]);
    }
    for (const browser of browsers) {
      expect([...(await browser.readRecords()).keys()].filter((key) => key.startsWith('risk:'))).toEqual([]);
    }
    expect(await checkConvergence(world)).toEqual([]);
  });

  it('keeps pending mutations across a service-worker restart and pushes them with the next engine', async () => {
    const { world, network, browsers } = await setUpBrowsers();
    const [a] = browsers;
    network.offline.add(a.index);
    const project = newProject('HR');
    await world.edit(a, project);
    await world.edit(a, newRisk(String(project.args.id), 'Key user leaves'));
    await world.edit(a, edit('project.update', { id: project.args.id, patch: { state: 'on_hold' } }));
    expect(await (await world.syncNow(a, everything)).outcome).toMatchObject({ ok: false });

    world.restart(a);
    network.offline.delete(a.index);

    expect(await a.countPending()).toBe(3);
    expect(await (await world.syncNow(a, everything)).outcome).toEqual({ ok: true, value: undefined });
    expect(network.processed.map((mutation) => [mutation.id, mutation.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
      [3, 'applied'],
    ]);
    await world.edit(a, newProject('HR2'));
    expect(a.queued.map((mutation) => mutation.id)).toEqual([1, 2, 3, 4]);
    await expectConverged(world);
  });

  it('recovers a push that was in flight when the service worker died: applied once, acknowledged by the next engine', async () => {
    const { world, network, browsers } = await setUpBrowsers();
    const [a] = browsers;
    await world.edit(a, newProject('WEB'));
    await world.syncNow(a, () => 'hold');
    expect(network.waitingOf(a.index).map((request) => request.kind)).toEqual(['push']);

    world.restart(a);
    // The dead worker's push still reaches the server; nobody reads its answer.
    await network.deliverGhost(network.ghosts[0]);
    expect(await (await world.syncNow(a, everything)).outcome).toEqual({ ok: true, value: undefined });

    expect(network.processed).toMatchObject([{ id: 1, status: 'applied' }]);
    expect(network.trace).toContainEqual(expect.stringMatching(/c0 push → 200 \[1s\]$/));
    expect(await a.countPending()).toBe(0);
    await expectConverged(world);
  });

  it('reports a browser that disagrees with the server, so a broken engine cannot pass', async () => {
    const { world, browsers } = await setUpBrowsers();
    const [a, b] = browsers;
    await world.edit(a, newProject('OPS'));
    await world.heal();
    const [row] = await listWorkspaceRecords(b.db, b.workspaceId);
    await writeRecords(b.db, b.workspaceId, [
      { entity: row.entity, id: row.value.id, value: { ...row.value, name: 'Changed behind the engine' } },
    ]);

    const violations = await checkConvergence(world);

    // With nothing pending the view is the base, so both are reported.
    expect(violations).toHaveLength(2);
    expect(violations[0]).toMatch(
      /^\(a\) project:.* differs:\n.*browser 1 \(pmo\) records: .*Changed behind the engine/,
    );
    expect(violations[1]).toMatch(/^\(a\) project:.* differs:\n.*browser 1 \(pmo\) base: .*Changed behind the engine/);
  });

  it('replays a fuzz seed exactly: the same seed gives the same events', async () => {
    const first = await runSeed(worker.url, 7);
    const second = await runSeed(worker.url, 7);
    expect(first.violations).toEqual([]);
    expect(second.trace).toEqual(first.trace);
  });
});
