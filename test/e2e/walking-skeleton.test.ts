import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CuttableProxy } from './support/cuttable-proxy';
import { ExtensionBrowser } from './support/extension-browser';
import { openPopupForm } from './support/join-workspace';
import { bootstrapSecret, findFreePort, LocalWorker } from './support/local-worker';

interface Session {
  workspace: { id: string };
  token: string;
}

let worker: LocalWorker;
let proxyForA: CuttableProxy;
let browserA: ExtensionBrowser;
let browserB: ExtensionBrowser;
let owner: Session;

async function createInvite(role = 'pm'): Promise<string> {
  const invite = await worker.call<{ code: string }>(`/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body: { role },
  });
  expect(invite.status).toBe(201);
  return invite.json.code;
}

async function joinWithInvite(browser: ExtensionBrowser, serverUrl: string, name: string): Promise<void> {
  const options = await browser.openPage('options.html');
  await options.getByTestId('server-url').fill(serverUrl);
  await options.getByTestId('invite-code').fill(await createInvite());
  await options.getByTestId('join-name').fill(name);
  await options.getByTestId('join-email').fill(`${name.toLowerCase()}@example.com`);
  await options.getByTestId('join-workspace').click();
  await expect
    .poll(() => options.getByTestId('connected-workspace').textContent(), { timeout: 10_000 })
    .toContain('E2E PMO');
  await options.close();
}

async function addRisk(popup: Page, title: string): Promise<void> {
  await openPopupForm(popup, 'open-add-risk');
  await popup.getByTestId('risk-title').fill(title);
  await popup.getByTestId('risk-probability').selectOption('4');
  await popup.getByTestId('risk-impact').selectOption('3');
  await popup.getByTestId('add-risk').click();
  await expect.poll(() => popup.getByTestId('risk-list').textContent()).toContain(title);
}

const syncStateOf = (popup: Page) => popup.getByTestId('sync-state').getAttribute('data-state');

/** Milliseconds until `title` shows in the popup's risk list, or a failure after `timeoutMs`. */
async function timeUntilRiskShows(popup: Page, title: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  await popup.getByTestId('risk-list').getByText(title, { exact: true }).waitFor({ timeout: timeoutMs });
  return Date.now() - started;
}

beforeAll(async () => {
  worker = await LocalWorker.start();
  proxyForA = new CuttableProxy(await findFreePort(), worker.port);
  await proxyForA.restore();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'E2E PMO', owner: { name: 'Olivia Owner', email: 'olivia@example.com' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  [browserA, browserB] = await Promise.all([ExtensionBrowser.launch(), ExtensionBrowser.launch()]);
});

afterAll(async () => {
  await Promise.allSettled([browserA?.close(), browserB?.close()]);
  await proxyForA?.cut();
  await worker?.stop();
});

describe('walking skeleton: capture a risk in one browser, see it in another', () => {
  it('shows a clear message beside the field for a bad server URL or token', async () => {
    const options = await browserA.openPage('options.html');
    await options.getByTestId('server-url').fill('not a server');
    await options.getByTestId('test-connection').click();
    await expect.poll(() => options.getByTestId('server-url-error').textContent()).toMatch(/http/i);

    await options.getByTestId('server-url').fill(worker.url);
    await options.getByTestId('access-token').fill('ipmo_not-a-real-token');
    await options.getByTestId('connect-token').click();
    await expect.poll(() => options.getByTestId('access-token-error').textContent()).toMatch(/token/i);
    await options.close();
  });

  it('syncs a risk added offline in profile A to profile B within 5 s of reconnecting', async () => {
    await joinWithInvite(browserA, proxyForA.url, 'Alice');
    await joinWithInvite(browserB, worker.url, 'Bob');

    const popupA = await browserA.openPage('popup.html');
    await openPopupForm(popupA, 'open-new-project');
    await popupA.getByTestId('new-project-code').fill('E2E');
    await popupA.getByTestId('new-project-name').fill('Warehouse move');
    await popupA.getByTestId('create-project').click();
    await expect.poll(() => syncStateOf(popupA), { timeout: 10_000 }).toBe('synced');

    const popupB = await browserB.openPage('popup.html');
    await expect
      .poll(() => popupB.getByTestId('project-select').textContent(), { timeout: 10_000 })
      .toContain('Warehouse move');

    await proxyForA.cut();
    await addRisk(popupA, 'Forklift lease not signed');
    await expect.poll(() => syncStateOf(popupA), { timeout: 10_000 }).toBe('offline');
    expect(await popupA.getByTestId('sync-state').textContent()).toMatch(/1/);

    await proxyForA.restore();
    const delay = await timeUntilRiskShows(popupB, 'Forklift lease not signed', 5_000);
    console.log(`reconnect → visible in profile B: ${delay} ms`);
    await expect.poll(() => syncStateOf(popupA), { timeout: 10_000 }).toBe('synced');
  });

  it('delivers a risk added while the Worker is stopped once it restarts, nothing lost', async () => {
    const popupA = (await browserA.context.pages()).find((page) => page.url().endsWith('popup.html'))!;
    const popupB = (await browserB.context.pages()).find((page) => page.url().endsWith('popup.html'))!;

    await worker.stop();
    await addRisk(popupA, 'Customs paperwork delayed');
    await expect.poll(() => syncStateOf(popupA), { timeout: 10_000 }).toBe('offline');
    await expect.poll(() => syncStateOf(popupB), { timeout: 10_000 }).toBe('offline');

    await worker.resume();
    await timeUntilRiskShows(popupB, 'Customs paperwork delayed', 15_000);

    const pulled = await worker.call<{ patch: { op: string; entity?: string; value?: { title: string } }[] }>(
      `/v1/workspaces/${owner.workspace.id}/pull`,
      { token: owner.token, body: { clientGroupId: 'e2e-check', cookie: null } },
    );
    const titles = pulled.json.patch.filter((op) => op.entity === 'risk').map((op) => op.value?.title);
    expect(titles.sort()).toEqual(['Customs paperwork delayed', 'Forklift lease not signed']);
  });
});
