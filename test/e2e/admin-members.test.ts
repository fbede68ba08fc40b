import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionBrowser } from './support/extension-browser';
import { createProjectInPopup, joinInOptions, type Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import { takeScreenshot } from './support/screenshots';
import { openWorkspace } from './support/workspace-app';
import { readLocalRecords, type WorkerWorkspace } from './support/workspace-records';

// Issue 16, Acceptance 1, against a real `wrangler dev`: the owner invites a PM from the members
// section; a second profile joins with the code in its options page; the owner makes that PM a
// viewer and the PM's workspace app turns read-only with a notice, while a write forced past the
// screen is refused by the Worker; the owner removes the PM and that profile's local data is wiped
// with a notice.

let worker: LocalWorker;
let owner: Session;
let ownerBrowser: ExtensionBrowser;
let pmBrowser: ExtensionBrowser;
let admin: Page;
let adminErrors: PageErrors;
let app: Page;
let code: string;
let projectId: string;
const pmEmail = 'paula@acme.example';
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  [ownerBrowser, pmBrowser] = await Promise.all([ExtensionBrowser.launch(), ExtensionBrowser.launch()]);
});

afterAll(async () => {
  await ownerBrowser?.close();
  await pmBrowser?.close();
  await worker?.stop();
});

/** The PM's row of the members table, once the list (read on opening) shows it. */
function pmRow() {
  return admin.locator(`[data-testid="member-row"][data-member-email="${pmEmail}"]`);
}

/** The member token the PM's browser holds, read from its own database (what a forced write would use). */
function readPmToken(page: Page, workspaceId: string): Promise<string | undefined> {
  return page.evaluate(
    (id) =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = indexedDB.open('interim-pmo');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('connections').objectStore('connections').get(id);
          read.onsuccess = () => {
            request.result.close();
            resolve(read.result?.token);
          };
        };
      }),
    workspaceId,
  );
}

async function shoot(page: Page, name: string) {
  for (const [width, scheme] of [
    [1280, 'light'],
    [400, 'dark'],
    [400, 'light'],
    [1280, 'dark'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await takeScreenshot(page, `${name}-${width}-${scheme}`);
    // From 360 px on, the members section scrolls its tables inside themselves, never the page.
    if (width === 400 && page === admin) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('members and roles from the browser (issue 16, Acceptance 1)', () => {
  it('lets the owner invite a PM from the members section and shows the one-time code', async () => {
    const options = await ownerBrowser.openPage('options.html');
    await options.getByTestId('server-url').fill(worker.url);
    await options.getByTestId('access-token').fill(owner.token);
    await options.getByTestId('connect-token').click();
    await expect.poll(() => options.getByTestId('connected-workspace').count(), { timeout: 10_000 }).toBe(1);
    await options.close();

    admin = await ownerBrowser.context.newPage();
    adminErrors = collectPageErrors(admin);
    await admin.goto(`chrome-extension://${ownerBrowser.extensionId}/admin.html#/members`);
    await admin.getByTestId('members-table').waitFor({ timeout: 15_000 });
    const roles = await admin
      .getByTestId('invite-role')
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(roles).toEqual(['pmo', 'pm', 'contributor', 'viewer']);
    await admin.getByTestId('invite-name').fill('Paula Martin');
    await admin.getByTestId('invite-email').fill(pmEmail);
    await admin.getByTestId('invite-role').selectOption('pm');
    await admin.getByTestId('invite-submit').click();
    code = ((await admin.getByTestId('invite-code').textContent({ timeout: 10_000 })) ?? '').trim();
    expect(code.length).toBeGreaterThan(6);
    expect(await admin.getByTestId('invite-server').textContent()).toBe(worker.url);
    await expect.poll(() => admin.getByTestId('pending-invite').count()).toBe(1);
    await shoot(admin, 'members-invite');
  });

  it('lets a second profile join with that code in its options page, as a PM', async () => {
    const options = await joinInOptions(pmBrowser, {
      serverUrl: worker.url,
      code,
      name: 'Paula Martin',
      email: pmEmail,
    });
    await options.close();
    const popup = await pmBrowser.openPage('popup.html');
    projectId = await createProjectInPopup(popup, ownerWorkspace(), { code: 'CRM', name: 'CRM rollout' });
    await popup.close();
    app = await openWorkspace(pmBrowser, { projectId, tab: 'risks' });
    await app.getByTestId('risks-new').waitFor({ timeout: 20_000 });

    await admin.reload();
    await pmRow().waitFor({ timeout: 15_000 });
    expect(await pmRow().getByTestId('member-projects').textContent()).toBe('1');
    await expect.poll(() => admin.getByTestId('pending-empty').isVisible()).toBe(true);
  });

  it("turns the PM's workspace read-only with a notice once the owner makes them a viewer", async () => {
    await pmRow().getByTestId('member-role').selectOption('viewer');
    const dialog = admin.getByTestId('member-change');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Make Paula Martin Viewer?');
    await shoot(admin, 'members-confirm-demotion');
    await admin.getByTestId('member-change-confirm').click();
    await expect.poll(() => admin.getByTestId('members-status').textContent()).toBe('Paula Martin is now Viewer.');
    await expect.poll(() => pmRow().getByTestId('member-role').inputValue()).toBe('viewer');

    const notice = app.locator('[data-testid="access-notice"] [data-notice="role-changed"]');
    await notice.waitFor({ timeout: 40_000 });
    expect(await notice.textContent()).toContain('Your role in “Acme PMO” is now Viewer (it was Project manager).');
    expect(await notice.textContent()).toContain('you can no longer change anything');
    await expect.poll(() => app.getByTestId('risks-new').count(), { timeout: 10_000 }).toBe(0);
    await shoot(app, 'members-pm-now-viewer');
  });

  it('refuses a write forced past the read-only screen, on the Worker', async () => {
    const token = await readPmToken(app, owner.workspace.id);
    expect(token).toMatch(/^ipmo_/);
    const forced = await worker.call<{ error: { code: string; message: string } }>(
      `/v1/workspaces/${owner.workspace.id}/push`,
      {
        token,
        body: {
          clientGroupId: crypto.randomUUID(),
          mutations: [
            {
              clientId: crypto.randomUUID(),
              id: 1,
              name: 'risk.create',
              args: { id: crypto.randomUUID(), projectId, title: 'Forced risk', probability: 3, impact: 3 },
              clientTime: new Date().toISOString(),
            },
          ],
        },
      },
    );
    expect(forced.status).toBe(403);
    expect(forced.json.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('viewer') });
  });

  it("wipes the PM's local data with a notice once the owner removes them", async () => {
    expect((await readLocalRecords(app, owner.workspace.id, 'project')).length).toBe(1);
    await pmRow().getByTestId('member-remove').click();
    await admin.getByTestId('member-change-confirm').click();
    await expect.poll(() => pmRow().count(), { timeout: 10_000 }).toBe(0);
    await admin.getByTestId('removed-members').click();
    expect(await admin.getByTestId('removed-members').textContent()).toContain('Paula Martin');

    const revoked = app.locator('[data-testid="access-notice"]', { hasText: 'was revoked' });
    await revoked.waitFor({ timeout: 40_000 });
    expect(await revoked.textContent()).toContain('Its data was removed from this browser');
    await expect.poll(() => readLocalRecords(app, owner.workspace.id, 'project')).toEqual([]);
    expect(await readPmToken(app, owner.workspace.id)).toBeUndefined();
    await shoot(app, 'members-pm-removed');
    await shoot(admin, 'members-after-removal');
    expect(adminErrors.list).toEqual([]);
  });
});
