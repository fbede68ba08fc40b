import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script shared with `npm start`; typed here by use.
import { offlineEnv } from '../../scripts/local-worker.mjs';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { collectPageErrors } from './support/page-errors';
import { type SeededPortfolio, seedPortfolio } from './support/portfolio-seed';
import { takeScreenshot } from './support/screenshots';
import { pushToWorker } from './support/workspace-records';

// Issue 18, Acceptance 3: a sponsor opens the PMO's share link in a plain browser (no extension):
// the portfolio grid and each project's last status show; a project named like an XSS payload
// stays text; after revocation or expiry the link gives 404; the link opens no API route.

const hostileName = '<img src=x onerror=alert(1)>';

let worker: LocalWorker;
let owner: Session;
let pmo: Session;
let seeded: SeededPortfolio;
let browser: ExtensionBrowser;

async function createLink(expiresInDays = 7): Promise<{ id: string; url: string }> {
  const created = await worker.call<{ id: string; url: string }>(`/v1/workspaces/${owner.workspace.id}/share-links`, {
    token: pmo.token,
    body: { label: 'Steering committee', expiresInDays },
  });
  expect(created.status).toBe(201);
  return created.json;
}

/** Runs SQL on the local D1 of the running Worker, to move a link's expiry into the past. */
function runLocalSql(sql: string): void {
  // LocalWorker keeps its state folder private; the test reaches it to play the clock forward.
  const persistTo = (worker as unknown as { persistTo: string }).persistTo;
  const wrangler = new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url).pathname;
  const run = spawnSync(
    process.execPath,
    [wrangler, 'd1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--command', sql],
    { env: offlineEnv, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
}

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  seeded = await seedPortfolio(worker, owner);
  const invite = await worker.call<{ code: string }>(`/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body: { role: 'pmo' },
  });
  const joined = await worker.call<Session>('/v1/invites/accept', {
    body: { code: invite.json.code, name: 'Priya PMO', email: 'priya@acme.example' },
  });
  expect(joined.status).toBe(200);
  pmo = joined.json;
  const projectId = crypto.randomUUID();
  const reportId = crypto.randomUUID();
  const today = new Date().toISOString().slice(0, 10);
  const results = await pushToWorker({ worker, workspaceId: owner.workspace.id, token: owner.token }, [
    { name: 'project.create', args: { id: projectId, code: 'XSS', name: hostileName } },
    {
      name: 'statusReport.create',
      args: {
        id: reportId,
        projectId,
        periodStart: today,
        periodEnd: today,
        overall: { chosen: 'red', reason: 'Blocked' },
        summary: `"Quoted" & 'single' ${hostileName}`,
      },
    },
    { name: 'status.submit', args: { id: reportId } },
  ]);
  expect(results.map((result) => result.status)).not.toContain('rejected');
  browser = await ExtensionBrowser.launch({ extensionDir: null });
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

async function openPage(url: string, width = 1280, scheme: 'light' | 'dark' = 'light') {
  const page: Page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  const errors = collectPageErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(url);
  return { page, errors, dialogs, status: response?.status() };
}

describe('the sponsor page in a browser without the extension', () => {
  it('shows the grid, the top risks and the last status of each project, hostile names as text, without console errors', async () => {
    const link = await createLink();
    const { page, errors, dialogs, status } = await openPage(link.url);
    expect(status).toBe(200);
    await expect.poll(() => page.getByTestId('sponsor-row').count()).toBe(seeded.projects.length + 1);
    const first = seeded.projects[0];
    await expect.poll(() => page.getByTestId('sponsor-grid').textContent()).toContain(first.name);
    expect(await page.getByTestId('sponsor-risks').locator('tbody tr').count()).toBeGreaterThan(0);
    // The seeded reports' summaries show under each project.
    const reports = page.getByTestId('sponsor-report');
    expect(await reports.count()).toBe(seeded.projects.length + 1);
    expect(await page.locator('main').textContent()).toMatch(/On track\.|Slipping; the recovery plan/);
    // The hostile project: its name is text, nothing ran.
    const hostileRow = page.getByTestId('sponsor-row').filter({ hasText: 'XSS' });
    expect(await hostileRow.locator('th').textContent()).toContain(hostileName);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    const hostileReport = reports.filter({ hasText: 'XSS' });
    expect(await hostileReport.textContent()).toContain(`"Quoted" & 'single' ${hostileName}`);
    expect(await hostileReport.locator('[data-light="red"]').count()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(errors.list).toEqual([]);
    for (const width of [400, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await takeScreenshot(page, `sponsor-page-${width}-${scheme}`);
      }
    }
    // A keyboard reaches the grid's scrolling region and shows where it is.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    await page.close();
  });

  it('answers 404 after the PMO revokes the link, and after it expires', async () => {
    const revoked = await createLink();
    const revoke = await fetch(`${worker.url}/v1/workspaces/${owner.workspace.id}/share-links/${revoked.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${pmo.token}` },
    });
    expect(revoke.status).toBe(200);
    const afterRevoke = await openPage(revoked.url);
    expect(afterRevoke.status).toBe(404);
    expect(await afterRevoke.page.locator('h1').textContent()).toBe('This link opens nothing');
    await takeScreenshot(afterRevoke.page, 'sponsor-page-404');
    await afterRevoke.page.close();

    const expired = await createLink(1);
    expect((await fetch(expired.url)).status).toBe(200);
    runLocalSql(`UPDATE share_links SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id = '${expired.id}'`);
    const afterExpiry = await openPage(expired.url);
    expect(afterExpiry.status).toBe(404);
    expect(await afterExpiry.page.locator('h1').textContent()).toBe('This link opens nothing');
    await afterExpiry.page.close();
  });

  it('cannot push, pull or read this workspace or another with the link token', async () => {
    const link = await createLink();
    const token = link.url.split('/share/')[1];
    const other = await worker.call<Session>('/v1/workspaces', {
      token: bootstrapSecret,
      body: { name: 'Other PMO', owner: { name: 'Oscar', email: 'oscar@other.example' } },
    });
    for (const workspaceId of [owner.workspace.id, other.json.workspace.id]) {
      const ws = `/v1/workspaces/${workspaceId}`;
      const pull = await worker.call(`${ws}/pull`, { token, body: { clientGroupId: 'g', cookie: null } });
      const push = await worker.call(`${ws}/push`, { token, body: { clientGroupId: 'g', mutations: [] } });
      const read = await worker.call(`${ws}/reports/portfolio`, { token });
      expect([pull.status, push.status, read.status]).toEqual([401, 401, 401]);
    }
  });
});
