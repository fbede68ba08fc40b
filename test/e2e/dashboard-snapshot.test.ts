import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CuttableProxy } from './support/cuttable-proxy';
import { ExtensionBrowser } from './support/extension-browser';
import { createInvite, joinInOptions, type Session } from './support/join-workspace';
import { bootstrapSecret, findFreePort, LocalWorker } from './support/local-worker';
import { collectPageErrors } from './support/page-errors';
import {
  dashboardUrl,
  openDashboard,
  readGridCodes,
  type SeededPortfolio,
  seedPortfolio,
  waitForDashboardReady,
} from './support/portfolio-seed';
import { takeScreenshot } from './support/screenshots';
import { pushToWorker } from './support/workspace-records';

// Issue 19, "the dashboard opens on the same principle as the popup": the second open of the PMO
// dashboard paints the Portfolio grid from the snapshot the first open stored
// (extension/pages/dashboard/snapshot/dashboard-snapshot.ts), marked as updating, then the live
// computation replaces it in place; a change synced meanwhile shows once the live data has it. The
// PMO's browser reaches the Worker through a proxy the test cuts (test/e2e/support/cuttable-proxy.ts):
// offline and with a slow database, the snapshot stays with its "as of" time.

let worker: LocalWorker;
let owner: Session;
let seeded: SeededPortfolio;
let pmo: ExtensionBrowser;
let proxy: CuttableProxy;

beforeAll(async () => {
  worker = await LocalWorker.start();
  proxy = new CuttableProxy(await findFreePort(), worker.port);
  await proxy.restore();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  seeded = await seedPortfolio(worker, owner);
  pmo = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await pmo?.close();
  await proxy?.cut();
  await worker?.stop();
});

/**
 * In an extension page: holds a read-write transaction on the records' store (`recordChunks`, every
 * read of a record goes through it) until `releaseRecords()`, so every read of the records waits
 * behind it (IndexedDB runs overlapping transactions in order): what a slow database looks like to
 * the dashboard. The connection and settings stay readable.
 */
function holdRecords(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('interim-pmo');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const transaction = request.result.transaction('recordChunks', 'readwrite');
      const store = transaction.objectStore('recordChunks');
      const state = globalThis as unknown as { releaseRecords?: () => void };
      let isHeld = true;
      state.releaseRecords = () => {
        isHeld = false;
      };
      // A transaction stays open while it has requests: one after another until released.
      const keepAlive = () => {
        if (isHeld) store.count().onsuccess = keepAlive;
      };
      keepAlive();
      resolve();
    };
  });
}

/**
 * In an extension page: each joined workspace's sync status, read straight from IndexedDB. Syncs of
 * a workspace run one at a time (extension/background/sync/sync-scheduler.ts), so once it says
 * offline no pull fetched before the cut is still to be written.
 */
function readSyncStatuses(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('interim-pmo');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const rows = request.result.transaction('connections', 'readonly').objectStore('connections').getAll();
      rows.onerror = () => reject(rows.error);
      rows.onsuccess = () => {
        request.result.close();
        resolve((rows.result as { syncStatus: string }[]).map((row) => row.syncStatus));
      };
    };
  });
}

/** Installed before the page's scripts: what the Portfolio section showed when it first drew rows. */
function noteFirstGrid() {
  const state = globalThis as unknown as { firstGrid?: { source: string; rows: number } };
  const observer = new MutationObserver(() => {
    const section = document.querySelector<HTMLElement>('.dashboard__section[data-source]');
    const rows = section?.querySelectorAll('[data-testid^="portfolio-row-"]').length ?? 0;
    if (!section || rows === 0) return;
    state.firstGrid = { source: section.dataset.source ?? '', rows };
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

const sectionSource = (page: Page) =>
  page
    .locator('.dashboard__section')
    .getAttribute('data-source', { timeout: 1_000 })
    .catch(() => null);

describe('the PMO dashboard opens from its snapshot (issue 19)', () => {
  it('paints the second open from the snapshot, then the live figures replace it with a change synced meanwhile', async () => {
    const options = await joinInOptions(pmo, {
      serverUrl: proxy.url,
      code: await createInvite(worker, owner, 'pmo'),
      name: 'Paula Pmo',
      email: 'paula@acme.example',
    });
    await options.close();
    const first = await openDashboard(pmo);
    await expect.poll(() => readGridCodes(first), { timeout: 20_000 }).toHaveLength(12);
    const liveCodes = await readGridCodes(first);
    // The first open computed live and stored the snapshot after the grid was painted.
    await expect
      .poll(() =>
        first.evaluate(() =>
          Object.keys(localStorage)
            .filter((key) => key.startsWith('interim-pmo.dashboard-snapshot.'))
            .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { projects?: unknown[] }).projects?.length),
        ),
      )
      .toEqual([12]);
    await first.close();

    // Offline; meanwhile a PM renames a project on the Worker.
    await proxy.cut();
    const renamed = seeded.projects[0];
    const pm = seeded.pms[renamed.managerIndex];
    const results = await pushToWorker({ worker, workspaceId: owner.workspace.id, token: pm.token }, [
      { name: 'project.update', args: { id: renamed.projectId, patch: { name: `${renamed.name} (renamed)` } } },
    ]);
    expect(results[0]?.status).toBe('applied');

    // The database is slow: the records wait behind another page's transaction. First the sync
    // must have seen the cut (the options page asks for one): a pull fetched just before it would
    // otherwise write behind the held records, and the connection row with them.
    const blocker = await pmo.context.newPage();
    await blocker.goto(`chrome-extension://${pmo.extensionId}/options.html`);
    await expect.poll(() => blocker.evaluate(readSyncStatuses), { timeout: 20_000 }).toEqual(['offline']);
    await blocker.evaluate(holdRecords);

    const page = await pmo.context.newPage();
    const errors = collectPageErrors(page);
    await page.addInitScript(noteFirstGrid);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(dashboardUrl(pmo));
    await page.waitForFunction(() => document.body.dataset.dashboardSnapshot === 'shown', undefined, {
      timeout: 15_000,
    });
    expect(await page.evaluate(() => (globalThis as unknown as { firstGrid?: unknown }).firstGrid)).toEqual({
      source: 'snapshot',
      rows: expect.any(Number),
    });
    await expect.poll(() => readGridCodes(page)).toEqual(liveCodes);
    expect(await sectionSource(page)).toBe('snapshot');
    const status = page.getByTestId('dashboard-as-of');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toMatch(/^Updating… figures as of /);
    expect(await page.getByTestId(`portfolio-row-${renamed.code}`).textContent()).not.toContain('(renamed)');
    for (const control of ['portfolio-sort-name', `what-if-open-${renamed.code}`, 'dashboard-filter-manager'])
      expect(await page.getByTestId(control).isDisabled(), control).toBe(true);
    expect(await page.getByTestId('dashboard-waiting-reason').isVisible()).toBe(true);
    // The keyboard still reaches the project links while the figures update.
    expect(await page.getByTestId(`open-project-${renamed.code}`).isEnabled()).toBe(true);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [400, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await takeScreenshot(page, `dashboard-snapshot-${width}-${scheme}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
    const firstRow = await page.getByTestId(`portfolio-row-${renamed.code}`).elementHandle();

    expect(await status.textContent()).toMatch(/^Updating… /);
    await proxy.restore();
    await blocker.evaluate(() => (globalThis as unknown as { releaseRecords: () => void }).releaseRecords());
    await waitForDashboardReady(page);
    expect(await sectionSource(page)).toBe('live');
    // Replaced in place: the same row element now carries the live figures.
    expect(await firstRow?.evaluate((row) => row.isConnected)).toBe(true);
    expect(await status.textContent()).toMatch(/^As of /);
    await expect
      .poll(() => page.getByTestId(`portfolio-row-${renamed.code}`).textContent(), { timeout: 15_000 })
      .toContain('(renamed)');
    expect(await page.getByTestId('portfolio-sort-name').isDisabled()).toBe(false);
    expect(await page.getByTestId('dashboard-waiting-reason').count()).toBe(0);
    await takeScreenshot(page, 'dashboard-snapshot-replaced-1280-light');
    await page.setViewportSize({ width: 400, height: 900 });
    await takeScreenshot(page, 'dashboard-snapshot-replaced-400-light');
    expect(errors.list).toEqual([]);
    await blocker.close();
    await page.close();
  });
});
