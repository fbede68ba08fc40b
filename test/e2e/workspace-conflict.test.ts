import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CuttableProxy } from './support/cuttable-proxy';
import { ExtensionBrowser } from './support/extension-browser';
import { createInvite, joinInOptions, type Session } from './support/join-workspace';
import { bootstrapSecret, findFreePort, LocalWorker } from './support/local-worker';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import {
  pushToWorker,
  readLocalRecords,
  type SyncedRecord,
  type WorkerWorkspace,
  waitForWorkerRecords,
  workerRecordsOf,
} from './support/workspace-records';

// Issue 14, acceptance 3: two profiles edit the same risk field, one of them offline. Profile A
// reaches the Worker through a proxy the test cuts (test/e2e/support/cuttable-proxy.ts) while B stays
// online. When A's edit syncs, the Worker refuses it (the `expected` precondition,
// shared/mutations/preconditions.ts) and A's risk editor lists the stored refusal with both values
// (StoredConflicts in extension/pages/workspace/conflicts/ConflictNotice.tsx); whichever the user
// keeps is what both profiles and the Worker hold afterwards.

const projectId = crypto.randomUUID();
const risks = {
  crane: { id: crypto.randomUUID(), title: 'Crane hire not confirmed', probability: 3, owner: 'Ada Lovelace' },
  steel: { id: crypto.randomUUID(), title: 'Steel price rises', probability: 2, owner: 'Grace Hopper' },
};

let worker: LocalWorker;
let proxyForA: CuttableProxy;
let browserA: ExtensionBrowser;
let browserB: ExtensionBrowser;
let owner: Session;
/** Workspace pages opened by a test, with what they logged; checked and closed after it. */
const openedPages: { page: Page; errors: PageErrors }[] = [];

const workspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

async function workerRisk(riskId: string): Promise<SyncedRecord> {
  const found = (await workerRecordsOf(workspace(), 'risk')).find((risk) => risk.id === riskId);
  if (!found) throw new Error(`risk ${riskId} is not on the Worker`);
  return found;
}

async function localRisk(page: Page, riskId: string): Promise<SyncedRecord | undefined> {
  return (await readLocalRecords(page, owner.workspace.id, 'risk')).find((risk) => risk.id === riskId);
}

/** Opens the workspace app on one risk, as its deep link does: the editor shows that risk. */
async function openRiskEditor(browser: ExtensionBrowser, riskId: string): Promise<Page> {
  const page = await browser.context.newPage();
  openedPages.push({ page, errors: collectPageErrors(page) });
  await page.goto(`chrome-extension://${browser.extensionId}/workspace.html#/projects/${projectId}/risks/${riskId}`);
  await expect.poll(() => page.getByTestId('risk-editor-title').textContent()).toBeTruthy();
  return page;
}

const probabilityShown = (page: Page) => page.getByTestId('risk-probability').getAttribute('data-value');
const ownerShown = (page: Page) => page.getByTestId('risk-owner').inputValue();
const syncStateOf = (page: Page) => page.getByTestId('sync-state').getAttribute('data-state');

/** Saves the editor and waits until it says so ("Saved."): the edit is in the profile's own copy. */
async function save(page: Page): Promise<void> {
  await page.getByTestId('risk-save').click();
  await expect.poll(() => page.getByTestId('risk-editor-state').textContent()).toBe('Saved.');
}

/** Joins through the options page and waits until the seeded risks are in the profile's Dexie. */
async function join(browser: ExtensionBrowser, serverUrl: string, name: string): Promise<void> {
  const options = await joinInOptions(browser, {
    serverUrl,
    code: await createInvite(worker, owner, 'pmo'),
    name,
    email: `${name.toLowerCase()}@example.com`,
  });
  await expect
    .poll(async () => (await readLocalRecords(options, owner.workspace.id, 'risk')).length, { timeout: 20_000 })
    .toBe(2);
  await options.close();
}

beforeAll(async () => {
  worker = await LocalWorker.start();
  proxyForA = new CuttableProxy(await findFreePort(), worker.port);
  await proxyForA.restore();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Conflict PMO', owner: { name: 'Olivia Owner', email: 'olivia@example.com' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  const results = await pushToWorker(workspace(), [
    { name: 'project.create', args: { id: projectId, code: 'CNF', name: 'Depot extension', state: 'active' } },
    ...Object.values(risks).map((risk) => ({
      name: 'risk.create',
      args: {
        id: risk.id,
        projectId,
        title: risk.title,
        probability: risk.probability,
        impact: 4,
        owner: { name: risk.owner },
      },
    })),
  ]);
  expect(results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
  [browserA, browserB] = await Promise.all([ExtensionBrowser.launch(), ExtensionBrowser.launch()]);
});

afterEach(async () => {
  const pages = openedPages.splice(0);
  await Promise.allSettled(pages.map(({ page }) => page.close()));
  expect(pages.flatMap(({ errors }) => errors.list)).toEqual([]);
});

afterAll(async () => {
  await Promise.allSettled([browserA?.close(), browserB?.close()]);
  await proxyForA?.cut();
  await worker?.stop();
});

describe('an edit that met another profile’s edit while offline', () => {
  it('starts with two PMO profiles of one workspace, A reaching the Worker through a proxy', async () => {
    await join(browserA, proxyForA.url, 'Alice');
    await join(browserB, worker.url, 'Bob');
  });

  it('"Use mine": A’s offline probability replaces B’s in both profiles and on the Worker', async () => {
    const { id } = risks.crane;
    const [pageA, pageB] = await Promise.all([openRiskEditor(browserA, id), openRiskEditor(browserB, id)]);
    expect(await probabilityShown(pageA)).toBe('3');
    expect(await probabilityShown(pageB)).toBe('3');

    await proxyForA.cut();
    await pageA.getByTestId('risk-probability-5').click();
    await save(pageA);
    await expect.poll(() => syncStateOf(pageA)).toBe('offline');
    expect((await localRisk(pageA, id))?.probability).toBe(5);

    await pageB.getByTestId('risk-probability-1').click();
    await save(pageB);
    await waitForWorkerRecords(workspace(), 'risk', (all) =>
      all.some((risk) => risk.id === id && risk.probability === 1),
    );

    await proxyForA.restore();
    const conflict = pageA.getByTestId('edit-conflict');
    await expect.poll(() => conflict.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await conflict.getAttribute('data-field')).toBe('probability');
    expect(await conflict.getByTestId('conflict-theirs').textContent()).toBe('1');
    expect(await conflict.getByTestId('conflict-yours').textContent()).toBe('5');
    // Until A chooses, its copy and its form hold what the Worker holds: theirs.
    await expect.poll(() => probabilityShown(pageA)).toBe('1');
    expect((await localRisk(pageA, id))?.probability).toBe(1);
    expect(await pageB.getByTestId('edit-conflict').count()).toBe(0);

    await conflict.getByTestId('conflict-use-mine').click();
    await expect.poll(() => pageA.getByTestId('edit-conflict').count()).toBe(0);
    await waitForWorkerRecords(workspace(), 'risk', (all) =>
      all.some((risk) => risk.id === id && risk.probability === 5),
    );
    await expect.poll(() => probabilityShown(pageA)).toBe('5');
    await expect.poll(() => probabilityShown(pageB)).toBe('5');
    await expect.poll(async () => (await localRisk(pageB, id))?.probability).toBe(5);
    await expect.poll(() => syncStateOf(pageA)).toBe('synced');
    expect((await localRisk(pageA, id))?.probability).toBe(5);
    expect((await workerRisk(id)).probability).toBe(5);
    // The choice was written once, over B's value: no second conflict, for either profile.
    expect(await pageA.getByTestId('edit-conflict').count()).toBe(0);
    expect(await pageB.getByTestId('edit-conflict').count()).toBe(0);
  });

  it('"Keep theirs": B’s owner stays everywhere, nothing more is written, and the notice goes', async () => {
    const { id } = risks.steel;
    const [pageA, pageB] = await Promise.all([openRiskEditor(browserA, id), openRiskEditor(browserB, id)]);
    expect(await ownerShown(pageA)).toBe('Grace Hopper');
    expect(await ownerShown(pageB)).toBe('Grace Hopper');

    await proxyForA.cut();
    await pageA.getByTestId('risk-owner').fill('Alan Turing');
    await save(pageA);
    await expect.poll(() => syncStateOf(pageA)).toBe('offline');
    expect((await localRisk(pageA, id))?.owner).toEqual({ name: 'Alan Turing' });

    await pageB.getByTestId('risk-owner').fill('Katherine Johnson');
    await save(pageB);
    const [theirs] = (
      await waitForWorkerRecords(workspace(), 'risk', (all) =>
        all.some((risk) => risk.id === id && (risk.owner as { name?: string })?.name === 'Katherine Johnson'),
      )
    ).filter((risk) => risk.id === id);

    await proxyForA.restore();
    await expect.poll(() => pageA.getByTestId('edit-conflict').isVisible(), { timeout: 20_000 }).toBe(true);
    // The refusal is stored with the edit's args: it is still offered after the page is reloaded.
    await pageA.reload();
    const conflict = pageA.getByTestId('edit-conflict');
    await expect.poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.getAttribute('data-field')).toBe('owner');
    expect(await conflict.getByTestId('conflict-theirs').textContent()).toBe('Katherine Johnson');
    expect(await conflict.getByTestId('conflict-yours').textContent()).toBe('Alan Turing');
    expect(await ownerShown(pageA)).toBe('Katherine Johnson');

    await conflict.getByTestId('conflict-keep-theirs').click();
    await expect.poll(() => pageA.getByTestId('edit-conflict').count()).toBe(0);
    await expect.poll(() => syncStateOf(pageA)).toBe('synced');
    // A later poll brings nothing new: the Worker's record is still B's write, not a newer version.
    await pageA.waitForTimeout(2_500);
    const kept = await workerRisk(id);
    expect(kept.owner).toEqual({ name: 'Katherine Johnson' });
    expect(kept.version).toBe(theirs.version);
    expect(await ownerShown(pageA)).toBe('Katherine Johnson');
    expect(await ownerShown(pageB)).toBe('Katherine Johnson');
    expect((await localRisk(pageA, id))?.owner).toEqual({ name: 'Katherine Johnson' });
    expect((await localRisk(pageB, id))?.owner).toEqual({ name: 'Katherine Johnson' });
    expect(await pageA.getByTestId('edit-conflict').count()).toBe(0);
    expect(await pageB.getByTestId('edit-conflict').count()).toBe(0);
    // Dismissed for good: a reload does not bring the notice back.
    await pageA.reload();
    await expect.poll(() => ownerShown(pageA)).toBe('Katherine Johnson');
    expect(await pageA.getByTestId('edit-conflict').count()).toBe(0);
  });
});
