import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemindersResponse } from '../../shared/api/routes/reminder-routes';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { dashboardUrl } from './support/portfolio-seed';
import { takeScreenshot } from './support/screenshots';
import { joinAs } from './support/workspace-app';
import { pushToWorker } from './support/workspace-records';

// Issue 18, Acceptance 4: a project whose report is due shows in the PM's badge and in the PMO's late
// list. The clock is the real one; the records are dated from it (a start 30 days ago, a report 3 days ago).

const dayMs = 86_400_000;
const daysAgo = (days: number) => {
  const date = new Date(Date.now() - days * dayMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

let worker: LocalWorker;
let owner: Session;
let pm: ExtensionBrowser;
let pmo: ExtensionBrowser;
let pmId: string;

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  owner = created.json;
  [pm, pmo] = await Promise.all([ExtensionBrowser.launch(), ExtensionBrowser.launch()]);
});

afterAll(async () => {
  await pm?.close();
  await pmo?.close();
  await worker?.stop();
});

/** The toolbar badge as the PM's browser shows it, read in the extension's service worker. */
async function readBadge(browser: ExtensionBrowser): Promise<string> {
  const [background] = browser.context.serviceWorkers();
  return background.evaluate(() => {
    const scope = globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
    return scope.chrome.action.getBadgeText({});
  });
}

describe('reporting reminders in Chromium', () => {
  it('shows the PM the count of their due reports on the toolbar icon once synced', async () => {
    // expect.poll (inside joinAs) runs only inside a test: the members join and the records land here.
    pmId = await joinAs(worker, owner, pm, { role: 'pm', name: 'Marc Petit', email: 'marc@acme.example' });
    await joinAs(worker, owner, pmo, { role: 'pmo', name: 'Paula PMO', email: 'paula@acme.example' });
    const [late, fresh, others] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const reportId = crypto.randomUUID();
    const results = await pushToWorker({ worker, workspaceId: owner.workspace.id, token: owner.token }, [
      {
        name: 'project.create',
        args: {
          id: late,
          code: 'CRM',
          name: 'CRM <rollout>',
          start: daysAgo(30),
          managerId: pmId,
          managerName: 'Marc Petit',
        },
      },
      {
        name: 'project.create',
        args: {
          id: fresh,
          code: 'OPS',
          name: 'Ops automation',
          start: daysAgo(30),
          managerId: pmId,
          managerName: 'Marc Petit',
        },
      },
      {
        name: 'statusReport.create',
        args: {
          id: reportId,
          projectId: fresh,
          periodStart: daysAgo(30),
          periodEnd: daysAgo(3),
          overall: { chosen: 'green', reason: 'On plan' },
        },
      },
      { name: 'status.submit', args: { id: reportId } },
      { name: 'project.create', args: { id: others, code: 'HR', name: 'HR portal', start: daysAgo(20) } },
    ]);
    expect(results.filter((result) => result.status !== 'applied')).toEqual([]);
    // An open extension page syncs at once (the background's own tick is a minute); the background
    // refreshes the badge a moment after the rows settle (start-reminders.ts).
    const page = await pm.context.newPage();
    await page.goto(dashboardUrl(pm, 'reporting'));
    await page.getByTestId('reporting-late-CRM').waitFor({ timeout: 30_000 });
    await expect.poll(() => readBadge(pm), { timeout: 20_000 }).toBe('1');
    // The options page's switch takes the count off the toolbar icon, and puts it back.
    const options = await pm.openPage('options.html');
    const badgeSwitch = options.getByTestId('reminder-badge');
    await expect.poll(() => badgeSwitch.isEnabled(), { timeout: 10_000 }).toBe(true);
    await badgeSwitch.uncheck();
    await expect.poll(() => readBadge(pm), { timeout: 20_000 }).toBe('');
    await badgeSwitch.check();
    await expect.poll(() => readBadge(pm), { timeout: 20_000 }).toBe('1');
    await options.close();
  });

  it('lists who is late in the PMO dashboard, linking to the project’s Status tab', async () => {
    const page: Page = await pmo.context.newPage();
    await page.goto(dashboardUrl(pmo, 'reporting'));
    const table = page.getByTestId('reporting-late');
    await table.waitFor({ timeout: 30_000 });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => page.getByTestId('reporting-days-late-CRM').textContent()).toBe('16');
    expect(await page.getByTestId('reporting-late-CRM').textContent()).toContain('CRM <rollout>');
    expect(await page.getByTestId('reporting-late-CRM').getByRole('link').getAttribute('href')).toMatch(/\/status$/);
    for (const width of [400, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await takeScreenshot(page, `reporting-${width}-${scheme}`);
      }
    }
    const options = await pm.openPage('options.html');
    await options.getByTestId('reminder-settings').waitFor();
    for (const width of [400, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        await options.setViewportSize({ width, height: 900 });
        await options.emulateMedia({ colorScheme: scheme });
        await options.getByTestId('reminder-settings').scrollIntoViewIfNeeded();
        await takeScreenshot(options, `options-reminders-${width}-${scheme}`);
      }
    }
  });

  it('answers the same late list from the Worker: all for the PMO, their own for the PM', async () => {
    const all = await worker.call<RemindersResponse>(`/v1/workspaces/${owner.workspace.id}/reminders`, {
      token: owner.token,
    });
    expect(all.json.reports.map((entry) => entry.projectCode)).toEqual(['CRM', 'HR']);
  });
});
