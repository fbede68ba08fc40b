import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackgroundInstance, MessageOutputs, MessageType } from '../../extension/messaging/protocol';
import { ExtensionBrowser } from './support/extension-browser';
import { openPopupForm } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { pullWorkerRecords } from './support/workspace-records';

interface Session {
  workspace: { id: string };
  token: string;
}

let worker: LocalWorker;
let browser: ExtensionBrowser;
let owner: Session;

/** Sends one message of the extension's protocol from an extension page, as the messenger frames it. */
async function askBackground<K extends MessageType>(page: Page, type: K, data: unknown): Promise<MessageOutputs[K]> {
  const reply = await page.evaluate(
    ([messageType, messageData]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<{ res: unknown }> } };
      };
      return chrome.runtime.sendMessage({ id: 0, type: messageType, data: messageData, timestamp: Date.now() });
    },
    [type, data] as const,
  );
  const result = reply.res as { ok: boolean; value: MessageOutputs[K] };
  expect(result.ok).toBe(true);
  return result.value;
}

async function joinWithInvite(name: string): Promise<void> {
  const invite = await worker.call<{ code: string }>(`/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body: { role: 'pm' },
  });
  expect(invite.status).toBe(201);
  const options = await browser.openPage('options.html');
  await options.getByTestId('server-url').fill(worker.url);
  await options.getByTestId('invite-code').fill(invite.json.code);
  await options.getByTestId('join-name').fill(name);
  await options.getByTestId('join-email').fill(`${name.toLowerCase()}@example.com`);
  await options.getByTestId('join-workspace').click();
  await expect
    .poll(() => options.getByTestId('connected-workspace').textContent(), { timeout: 10_000 })
    .toContain('Restart PMO');
  await options.close();
}

const syncStateOf = (popup: Page) => popup.getByTestId('sync-state').getAttribute('data-state');

/** Risk titles the owner reads from the server (a fresh pull as another client group). */
async function riskTitlesOnServer(): Promise<string[]> {
  const pulled = await worker.call<{ patch: { op: string; entity?: string; value?: { title: string } }[] }>(
    `/v1/workspaces/${owner.workspace.id}/pull`,
    { token: owner.token, body: { clientGroupId: `e2e-check-${Date.now()}`, cookie: null } },
  );
  expect(pulled.status).toBe(200);
  return pulled.json.patch.filter((op) => op.entity === 'risk').map((op) => op.value?.title ?? '');
}

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Restart PMO', owner: { name: 'Olivia Owner', email: 'olivia@example.com' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  browser = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

describe('pending edits survive a service-worker restart', () => {
  it('delivers a risk added while the Worker was down once both the service worker and the Worker restart', async () => {
    await joinWithInvite('Rita');
    const popup = await browser.openPage('popup.html');
    await openPopupForm(popup, 'open-new-project');
    await popup.getByTestId('new-project-code').fill('CRN');
    await popup.getByTestId('new-project-name').fill('Crane hire');
    await popup.getByTestId('create-project').click();
    // The project shows in the same Dexie transaction that marks it pending: "synced" after that is its sync.
    await expect
      .poll(() => popup.getByTestId('project-select').textContent(), { timeout: 10_000 })
      .toContain('Crane hire');
    // The project must be on the Worker before it stops (the badge can still say "synced" from before the edit).
    await expect
      .poll(async () => (await pullWorkerRecords(worker, owner.workspace.id, owner.token)).get('project')?.length)
      .toBe(1);
    await expect.poll(() => syncStateOf(popup), { timeout: 10_000 }).toBe('synced');
    const before: BackgroundInstance = await askBackground(popup, 'background.status', {});

    await worker.stop();
    await openPopupForm(popup, 'open-add-risk');
    await popup.getByTestId('risk-title').fill('Crane permit expires');
    await popup.getByTestId('add-risk').click();
    await expect
      .poll(() => popup.getByTestId('risk-list').textContent(), { timeout: 10_000 })
      .toContain('Crane permit expires');
    await expect.poll(() => syncStateOf(popup), { timeout: 10_000 }).toBe('offline');
    expect(await popup.getByTestId('sync-state').textContent()).toContain('1 edit is kept');

    // No extension page stays open to wake the worker; then Chromium stops it, timers and memory gone.
    await popup.close();
    const stoppedAt = Date.now();
    await browser.stopServiceWorker();
    await worker.resume();

    const reopened = await browser.openPage('popup.html');
    const after: BackgroundInstance = await askBackground(reopened, 'background.status', {});
    expect(after.instanceId).not.toBe(before.instanceId);
    expect(Date.parse(after.startedAt)).toBeGreaterThanOrEqual(stoppedAt - 1_000);

    await expect.poll(() => syncStateOf(reopened), { timeout: 15_000 }).toBe('synced');
    expect(await reopened.getByTestId('risk-list').textContent()).toContain('Crane permit expires');
    expect(await riskTitlesOnServer()).toEqual(['Crane permit expires']);
  });
});
