import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionBrowser } from './support/extension-browser';
import { createInvite, type Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { collectPageErrors } from './support/page-errors';
import { takeScreenshot } from './support/screenshots';
import { pushToWorker, type WorkerWorkspace } from './support/workspace-records';

// The popup paints from the summary the background and the popup keep (extension/db/popup-summary.ts),
// without the service worker (issue 19): checked here with the worker stopped, then after another
// client's edit, which must reach the list and the next popup's first paint.

let worker: LocalWorker;
let browser: ExtensionBrowser;
let owner: Session;
const projectId = crypto.randomUUID();

const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });
const createRisk = (title: string, probability: number, impact: number) => ({
  name: 'risk.create',
  args: { id: crypto.randomUUID(), projectId, title, probability, impact },
});

/** Installed in every page: what the popup's list showed, and from where, when its first risk appeared. */
function watchFirstRisk() {
  if (!location.pathname.endsWith('/popup.html')) return;
  // Counts the texts asked of the browser itself (extension/pages/popup/first-paint-messages.ts wraps
  // this function in turn, so it only calls it for texts its copy lacks).
  const i18nApi = (globalThis as unknown as { chrome: { i18n: { getMessage: (...args: unknown[]) => string } } }).chrome
    .i18n;
  const getMessage = i18nApi.getMessage.bind(i18nApi);
  let browserMessageCalls = 0;
  i18nApi.getMessage = (...args) => {
    browserMessageCalls += 1;
    return getMessage(...args);
  };
  const observer = new MutationObserver(() => {
    const items = document.querySelectorAll('[data-testid="risk-item"]');
    if (items.length === 0) return;
    observer.disconnect();
    (globalThis as { __firstRisk?: unknown }).__firstRisk = {
      source: document.querySelector('.risks')?.getAttribute('data-source'),
      titles: [...items].map((item) => item.querySelector('.risk__title')?.textContent),
      // The page's own rules are written into it (extension/build/inline-page-styles.ts): styled already,
      // with no stylesheet link the first paint would wait for.
      riskDisplay: getComputedStyle(items[0]).display,
      waitedForLinks: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
        .filter((link) => link.media !== 'not all')
        .map((link) => link.href),
      browserMessageCalls,
    };
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Opens the popup at its size; answers it and what its list showed first. */
interface FirstRisk {
  source: string;
  titles: string[];
  riskDisplay: string;
  waitedForLinks: string[];
  browserMessageCalls: number;
}

async function openPopup(): Promise<{ popup: Page; first: FirstRisk }> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const first = await popup.waitForFunction(() => (globalThis as { __firstRisk?: unknown }).__firstRisk, undefined, {
    timeout: 15_000,
  });
  return { popup, first: (await first.jsonValue()) as FirstRisk };
}

const listTitles = (popup: Page) => popup.getByTestId('risk-list').locator('.risk__title').allTextContents();
const isLive = (popup: Page) => popup.locator('.risks').getAttribute('data-source');

/**
 * The page's stylesheets written into it (each keeps a disabled link), and those of them a lazy
 * chunk linked again, which would put their rules after the live half's.
 */
function readWrittenStylesheets(page: Page): Promise<{ written: number; addedAgain: string[] }> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    const written = new Set(links.filter((link) => link.disabled).map((link) => link.href));
    const addedAgain = links.filter((link) => !link.disabled && written.has(link.href)).map((link) => link.href);
    return { written: written.size, addedAgain };
  });
}

/** The summary kept for the next popup, read from its own IndexedDB database in an extension page. */
function readStoredSummaryTitles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('interim-pmo-popup-summary');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('summary').objectStore('summary').get('active');
          get.onsuccess = () => {
            request.result.close();
            resolve(((get.result?.risks ?? []) as { title: string }[]).map((risk) => risk.title));
          };
        };
      }),
  );
}

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Summary PMO', owner: { name: 'Olivia Owner', email: 'olivia@example.com' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  const seeded = await pushToWorker(ownerWorkspace(), [
    { name: 'project.create', args: { id: projectId, code: 'WHS', name: 'Warehouse move' } },
    createRisk('Forklift lease not signed', 5, 4),
    createRisk('Racking delivered late', 3, 4),
    createRisk('Budget cut', 2, 2),
  ]);
  expect(seeded.every((result) => result.status === 'applied')).toBe(true);
  browser = await ExtensionBrowser.launch();
  await browser.context.addInitScript(watchFirstRisk);
  // As joinInOptions does, without expect.poll (not allowed outside a test).
  const options = await browser.openPage('options.html');
  await options.getByTestId('server-url').fill(worker.url);
  await options.getByTestId('invite-code').fill(await createInvite(worker, owner, 'pm'));
  await options.getByTestId('join-name').fill('Paula');
  await options.getByTestId('join-email').fill('paula@example.com');
  await options.getByTestId('join-workspace').click();
  await options.getByTestId('join-workspace-success').waitFor({ timeout: 10_000 });
  await options.close();
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

describe('popup first paint (issue 19)', () => {
  it('shows the risks from the summary with the service worker stopped, then the live rows', async () => {
    const { popup: first } = await openPopup();
    await expect.poll(() => listTitles(first), { timeout: 15_000 }).toHaveLength(3);
    await expect.poll(() => readStoredSummaryTitles(first), { timeout: 10_000 }).toHaveLength(3);
    await first.close();
    await browser.stopServiceWorker();

    const { popup, first: painted } = await openPopup();
    const errors = collectPageErrors(popup);

    expect(painted).toMatchObject({
      source: 'summary',
      titles: ['Forklift lease not signed', 'Racking delivered late', 'Budget cut'],
      riskDisplay: 'flex',
      waitedForLinks: [],
    });
    await expect.poll(() => isLive(popup), { timeout: 15_000 }).toBe('live');
    expect(await listTitles(popup)).toEqual(['Forklift lease not signed', 'Racking delivered late', 'Budget cut']);
    // The live half's stylesheets came in; the page's two (theme, popup) were not linked again after them.
    expect(await readWrittenStylesheets(popup)).toEqual({ written: 2, addedAgain: [] });
    expect(errors.list).toEqual([]);
    await popup.close();
  });

  it("paints its first screen's texts from the copy the last popup kept, without asking the browser", async () => {
    const { popup: last } = await openPopup();
    await expect.poll(() => isLive(last), { timeout: 15_000 }).toBe('live');
    await last.close();
    await browser.stopServiceWorker();

    const { popup, first: painted } = await openPopup();
    expect(painted).toMatchObject({ source: 'summary', browserMessageCalls: 0 });
    expect(await popup.getByTestId('sync-now').getAttribute('title')).toBe('Sync now');
    expect(await popup.getByTestId('risk-list').getAttribute('aria-label')).toBe('Risks by score');
    await expect.poll(() => isLive(popup), { timeout: 15_000 }).toBe('live');
    await popup.close();
  });

  it('shows the summary as it will look before the live rows, light and dark', async () => {
    const popup = await browser.context.newPage();
    // The local rows never answer in this page: what stays is what the summary painted.
    await popup.addInitScript(() => {
      const open = indexedDB.open.bind(indexedDB);
      indexedDB.open = (name: string, version?: number) =>
        name === 'interim-pmo' ? (new IDBOpenDBRequest() as never) : open(name, version);
    });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('.risks[data-source="summary"]').waitFor({ timeout: 10_000 });
    expect(await listTitles(popup)).toEqual(['Forklift lease not signed', 'Racking delivered late', 'Budget cut']);
    expect(await popup.getByTestId('open-add-risk').isDisabled()).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await takeScreenshot(popup, `popup-summary-400-${scheme}`);
    }
    await popup.close();
  });

  it("shows another client's risk after sync, and the summary the next popup paints has it too", async () => {
    const { popup } = await openPopup();
    await pushToWorker(ownerWorkspace(), [createRisk('Lift inspection fails', 5, 5)]);

    // The popup syncs every 2 s while open: the live list takes the risk, first by score.
    await expect
      .poll(() => listTitles(popup), { timeout: 15_000 })
      .toEqual(['Lift inspection fails', 'Forklift lease not signed', 'Racking delivered late', 'Budget cut']);
    await expect.poll(() => readStoredSummaryTitles(popup), { timeout: 10_000 }).toContain('Lift inspection fails');
    await popup.close();

    // Another edit while no popup is open: the background syncs it and refreshes the summary itself.
    await pushToWorker(ownerWorkspace(), [createRisk('Dock permit refused', 4, 5)]);
    const workspace = await browser.context.newPage();
    await workspace.goto(`chrome-extension://${browser.extensionId}/workspace.html`);
    await expect
      .poll(() => readStoredSummaryTitles(workspace), { timeout: 20_000 })
      .toEqual([
        'Lift inspection fails',
        'Dock permit refused',
        'Forklift lease not signed',
        'Racking delivered late',
        'Budget cut',
      ]);
    await workspace.close();
    await browser.stopServiceWorker();

    const { popup: next } = await openPopup();
    await expect.poll(() => isLive(next), { timeout: 15_000 }).toBe('live');
    expect(await listTitles(next)).toEqual([
      'Lift inspection fails',
      'Dock permit refused',
      'Forklift lease not signed',
      'Racking delivered late',
      'Budget cut',
    ]);
    await next.close();
  });
});
