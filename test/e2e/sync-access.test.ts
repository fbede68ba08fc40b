import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionBrowser } from './support/extension-browser';
import { openPopupForm } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';

interface Session {
  workspace: { id: string; name: string };
  member: { id: string };
  token: string;
}

let worker: LocalWorker;
let browser: ExtensionBrowser;
let acme: Session;
let beta: Session;
/** Beta's member token as this browser holds it (joined with an access token). */
let betaToken: string;

/** Set E2E_SCREENSHOT_DIR to keep pictures of the states a person sees. */
const screenshotDir = process.env.E2E_SCREENSHOT_DIR;

async function takeScreenshot(page: Page, name: string): Promise<void> {
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

async function createWorkspace(name: string, ownerName: string): Promise<Session> {
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name, owner: { name: ownerName, email: `${ownerName.split(' ')[0].toLowerCase()}@example.com` } },
  });
  expect(created.status).toBe(201);
  return created.json;
}

async function createInvite(owner: Session): Promise<string> {
  const invite = await worker.call<{ code: string }>(`/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body: { role: 'pm' },
  });
  expect(invite.status).toBe(201);
  return invite.json.code;
}

async function openPopup(): Promise<Page> {
  const popup = await browser.openPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 560 });
  return popup;
}

/** Installed before a popup's scripts: what its first screen with a workspace showed above the list. */
function noteFirstPopupScreen() {
  if (!location.pathname.endsWith('/popup.html')) return;
  const observer = new MutationObserver(() => {
    const title = document.querySelector('main.popup h1');
    if (!title) return;
    observer.disconnect();
    (globalThis as { firstScreen?: unknown }).firstScreen = {
      title: title.textContent,
      notices: document.querySelectorAll('[data-testid="access-notice"]').length,
    };
  });
  observer.observe(document, { childList: true, subtree: true });
}

const syncStateOf = (page: Page) => page.getByTestId('sync-state').first().getAttribute('data-state');
const titleOf = (popup: Page) => popup.locator('h1').textContent();

/** Counts a workspace's rows in the extension's IndexedDB, read from an extension page. */
function countLocalRows(page: Page, workspaceId: string) {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('interim-pmo');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tables = ['recordChunks', 'recordMaps', 'serverRecords', 'pending', 'mutationErrors'];
          const transaction = database.transaction(['connections', ...tables], 'readonly');
          const counts: Record<string, number> = {};
          const connection = transaction.objectStore('connections').count(id);
          connection.onsuccess = () => {
            counts.connections = connection.result;
          };
          for (const table of tables) {
            // recordChunks, recordMaps and serverRecords are keyed [workspaceId, entity, …] with no workspaceId index.
            const store = transaction.objectStore(table);
            const count = store.indexNames.contains('workspaceId')
              ? store.index('workspaceId').count(id)
              : store.count(IDBKeyRange.bound([id], [`${id}\u0000`], false, true));
            count.onsuccess = () => {
              counts[table] = count.result;
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(counts);
          };
        };
      }),
    workspaceId,
  );
}

beforeAll(async () => {
  worker = await LocalWorker.start();
  acme = await createWorkspace('Acme PMO', 'Olivia Owner');
  beta = await createWorkspace('Beta Corp', 'Bruno Owner');
  browser = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

describe('sync you can trust: several workspaces, rate limits, revoked access', () => {
  it('switches between two joined workspaces from the popup with the keyboard, and remembers the choice', async () => {
    const options = await browser.openPage('options.html');
    await options.getByTestId('server-url').fill(worker.url);
    await options.getByTestId('invite-code').fill(await createInvite(acme));
    await options.getByTestId('join-name').fill('Alice');
    await options.getByTestId('join-email').fill('alice@example.com');
    await options.getByTestId('join-workspace').click();
    await expect.poll(() => options.getByTestId('join-workspace-success').isVisible(), { timeout: 10_000 }).toBe(true);
    // Beta is joined with an access token, so the test holds the very token the browser uses.
    const accepted = await worker.call<Session>('/v1/invites/accept', {
      body: { code: await createInvite(beta), name: 'Alice', email: 'alice@example.com' },
    });
    expect(accepted.status).toBe(200);
    betaToken = accepted.json.token;
    await options.getByTestId('access-token').fill(betaToken);
    await options.getByTestId('connect-token').click();
    await expect.poll(() => options.getByTestId('connected-workspace').count(), { timeout: 10_000 }).toBe(2);
    await options.close();

    const popup = await openPopup();
    const select = popup.getByLabel('Workspace');
    await expect.poll(() => titleOf(popup)).toBe('Beta Corp');
    await openPopupForm(popup, 'open-new-project');
    await popup.getByTestId('new-project-code').fill('BET');
    await popup.getByTestId('new-project-name').fill('Beta launch');
    await popup.getByTestId('create-project').click();
    await expect.poll(() => popup.getByTestId('project-select').textContent()).toContain('Beta launch');

    await select.focus();
    await popup.keyboard.press('ArrowUp');
    await expect.poll(() => titleOf(popup)).toBe('Acme PMO');
    await openPopupForm(popup, 'open-new-project');
    await popup.getByTestId('new-project-code').fill('ACM');
    await popup.getByTestId('new-project-name').fill('Warehouse move');
    await popup.getByTestId('create-project').click();
    await expect.poll(() => popup.getByTestId('project-select').textContent()).toContain('Warehouse move');
    // The badge and the project list render from separate live queries: poll the badge's own words,
    // not its state attribute followed by a read, which can catch it between two renders.
    await expect.poll(() => popup.getByTestId('sync-state').textContent()).toMatch(/^Synced (just now|1 min ago)$/);
    await takeScreenshot(popup, 'popup-two-workspaces');
    await popup.close();

    const reopened = await openPopup();
    await expect.poll(() => titleOf(reopened)).toBe('Acme PMO');
    expect(await reopened.getByLabel('Workspace').inputValue()).toBe(acme.workspace.id);
    await reopened.close();
  });

  it("pauses on the Worker's own 429 and says when it retries, instead of showing an error", async () => {
    const popup = await openPopup();
    await popup.getByLabel('Workspace').selectOption(beta.workspace.id);
    await expect.poll(() => titleOf(popup)).toBe('Beta Corp');
    await expect.poll(() => syncStateOf(popup), { timeout: 10_000 }).toBe('synced');

    // Use up the token's per-minute budget (wrangler.toml [[ratelimits]]) the way a runaway client would.
    let status = 0;
    for (let round = 0; round < 60 && status !== 429; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          fetch(`${worker.url}/v1/me`, { headers: { authorization: `Bearer ${betaToken}` } }).then(
            (response) => response.status,
          ),
        ),
      );
      status = answers.includes(429) ? 429 : answers[0];
    }
    expect(status).toBe(429);

    await openPopupForm(popup, 'open-add-risk');
    await popup.getByTestId('risk-title').fill('Launch date slips');
    await popup.getByTestId('add-risk').click();
    await expect.poll(() => syncStateOf(popup), { timeout: 15_000 }).toBe('paused');
    // The popup's own poll may have hit the 429 before the edit: wait for the count to catch up.
    const syncText = () => popup.getByTestId('sync-state').textContent();
    await expect.poll(syncText, { timeout: 5_000 }).toContain('1 edit is kept');
    expect(await syncText()).toMatch(/Sync paused: too many requests, retrying in \d+ s/);
    await takeScreenshot(popup, 'popup-rate-limited');
    await popup.close();
  });

  it('wipes the workspace once an owner removes the member, and says what happened and what to do', async () => {
    const popup = await openPopup();
    await popup.getByLabel('Workspace').selectOption(acme.workspace.id);
    await expect.poll(() => titleOf(popup)).toBe('Acme PMO');
    expect((await countLocalRows(popup, acme.workspace.id)).recordChunks).toBeGreaterThan(0);
    const members = await worker.call<{ members: { id: string; email: string }[] }>(
      `/v1/workspaces/${acme.workspace.id}/members`,
      { token: acme.token },
    );
    const alice = members.json.members.find((member) => member.email === 'alice@example.com');
    expect(alice).toBeDefined();

    const removed = await fetch(`${worker.url}/v1/workspaces/${acme.workspace.id}/members/${alice?.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${acme.token}` },
    });
    expect(removed.status).toBe(200);

    const notice = popup.getByTestId('access-notice');
    await expect
      .poll(() => notice.textContent(), { timeout: 15_000 })
      .toContain('Your access to “Acme PMO” was revoked or expired. Ask an owner for a new invite.');
    expect(await countLocalRows(popup, acme.workspace.id)).toEqual({
      connections: 0,
      recordChunks: 0,
      recordMaps: 0,
      serverRecords: 0,
      pending: 0,
      mutationErrors: 0,
    });
    // The popup falls back to the workspace still joined; the switcher goes with the second workspace.
    await expect.poll(() => titleOf(popup)).toBe('Beta Corp');
    expect(await popup.getByLabel('Workspace').count()).toBe(0);
    await takeScreenshot(popup, 'popup-revoked');
    // The next popup paints the notice with its first screen (its summary keeps the notice, worded):
    // nothing moves down under the user's pointer a moment later.
    await browser.context.addInitScript(noteFirstPopupScreen);
    const reopened = await openPopup();
    await expect
      .poll(() => reopened.evaluate(() => (globalThis as { firstScreen?: unknown }).firstScreen))
      .toEqual({ title: 'Beta Corp', notices: 1 });
    await reopened.close();

    const options = await browser.openPage('options.html');
    await expect.poll(() => options.getByTestId('access-notice').count()).toBe(1);
    await takeScreenshot(options, 'options-revoked');
    await options.getByRole('button', { name: 'Dismiss the notice about “Acme PMO”' }).click();
    await expect.poll(() => options.getByTestId('access-notice').count()).toBe(0);
    await expect.poll(() => popup.getByTestId('access-notice').count()).toBe(0);
  });
});
