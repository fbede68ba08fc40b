import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../shared/schemas/methodology';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { takeScreenshot } from './support/screenshots';
import { joinAs, openWorkspace } from './support/workspace-app';
import { pushToWorker, type WorkerWorkspace, waitForWorkerRecords, workerRecordsOf } from './support/workspace-records';

// Issue 16, Acceptance 2: the PMO (profile 1, administration page) raises the schedule's amber
// slip threshold and the PM's (profile 2) suggested schedule light changes after sync; the PMO
// switches a health rule off and its findings disappear for the PM. Then the method: a must-meet
// criterion the PMO adds to the built-in gate shows in the PM's gate tab. Against `wrangler dev`.

let worker: LocalWorker;
let owner: Session;
let pm: ExtensionBrowser;
let pmo: ExtensionBrowser;
let template: Template;
let overview: Page;
let admin: Page;
const projectId = crypto.randomUUID();
const milestoneId = crypto.randomUUID();
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });
const shotDir = process.env.E2E_SCREENSHOT_DIR;

/**
 * Checks that nothing runs off the side at a phone's width (360 px, the narrowest the issue names),
 * then takes screenshots at a phone's and a desktop's width, light and dark, when asked for.
 */
async function shootAtWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} is wider than a 360 px screen`).toBeLessThanOrEqual(0);
  for (const scheme of ['light', 'dark'] as const) {
    if (!shotDir) break;
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [400, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      // Give the new width one frame to lay out and paint before the full-page capture.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await takeScreenshot(page, `${name}-${width}-${scheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  [pm, pmo] = await Promise.all([ExtensionBrowser.launch(), ExtensionBrowser.launch()]);
});

afterAll(async () => {
  await pm?.close();
  await pmo?.close();
  await worker?.stop();
});

describe('workspace settings and method from the administration page (issue 16, Acceptance 2)', () => {
  it('gives the PM a project whose mandatory milestone slipped 20 working days: schedule red', async () => {
    [template] = (await workerRecordsOf(ownerWorkspace(), 'template')) as unknown as Template[];
    const pmId = await joinAs(worker, owner, pm, { role: 'pm', name: 'Alex Morgan', email: 'alex@acme.example' });
    await joinAs(worker, owner, pmo, { role: 'pmo', name: 'Paula Pmo', email: 'paula@acme.example' });
    // A Monday two weeks ahead, and four weeks later: 20 working days of slip, not overdue.
    const monday = addDays(new Date(), 14 + ((8 - new Date().getDay()) % 7));
    const results = await pushToWorker(ownerWorkspace(), [
      {
        name: 'project.create',
        args: {
          id: projectId,
          code: 'CRM',
          name: 'CRM rollout',
          managerId: pmId,
          managerName: 'Alex Morgan',
          sponsor: { name: 'Sam Sponsor' },
          templateId: template.id,
          currentPhaseId: template.phases[0]?.id,
        },
      },
      {
        name: 'milestone.create',
        args: {
          id: milestoneId,
          projectId,
          title: 'Go-live',
          mandatory: true,
          baselineDate: format(monday, 'yyyy-MM-dd'),
          forecastDate: format(addDays(monday, 28), 'yyyy-MM-dd'),
        },
      },
    ]);
    expect(results.map((result) => result.status)).toEqual(['applied', 'applied']);
    overview = await openWorkspace(pm, { projectId, tab: 'overview' });
    const schedule = overview.getByTestId('rag-row-schedule');
    await expect.poll(() => schedule.getAttribute('data-suggested'), { timeout: 30_000 }).toBe('red');
    expect(await overview.getByTestId('rag-reason-schedule').textContent()).toBe(
      'A mandatory milestone has slipped 20 working days, beyond the amber tolerance of 15.',
    );
    await expect
      .poll(() => overview.locator('[data-testid="finding-rule"][data-rule="milestone-slipped"]').count())
      .toBe(1);
  });

  it('lets the PMO raise the amber slip threshold; the PM’s schedule turns amber after sync', async () => {
    admin = await pmo.context.newPage();
    await admin.goto(`chrome-extension://${pmo.extensionId}/admin.html#/settings`);
    const slip = admin.getByTestId('settings-ragThresholds-amberSlipDays');
    await expect.poll(() => slip.inputValue(), { timeout: 20_000 }).toBe('15');
    await shootAtWidths(admin, 'settings-defaults');
    await slip.fill('30');
    await admin.getByTestId('settings-save').click();
    await waitForWorkerRecords(
      ownerWorkspace(),
      'settings',
      (records) => (records[0]?.ragThresholds as { amberSlipDays?: number } | undefined)?.amberSlipDays === 30,
    );
    const schedule = overview.getByTestId('rag-row-schedule');
    await expect.poll(() => schedule.getAttribute('data-suggested'), { timeout: 30_000 }).toBe('amber');
    expect(await overview.getByTestId('rag-reason-schedule').textContent()).toBe(
      'A mandatory milestone has slipped 20 working days, beyond the green tolerance of 5.',
    );
  });

  it('lets the PMO switch a health rule off; its findings disappear for the PM', async () => {
    await admin.getByTestId('settings-rule-milestone-slipped-enabled').uncheck();
    await admin.getByTestId('settings-save').click();
    await expect.poll(() => admin.getByTestId('settings-status').textContent()).toContain('Saved');
    await waitForWorkerRecords(ownerWorkspace(), 'settings', (records) => {
      const rules = records[0]?.healthRules as Record<string, { enabled?: boolean }> | undefined;
      return rules?.['milestone-slipped']?.enabled === false;
    });
    await expect
      .poll(() => overview.locator('[data-testid="finding-rule"][data-rule="milestone-slipped"]').count(), {
        timeout: 30_000,
      })
      .toBe(0);
    await shootAtWidths(admin, 'settings-saved');
  });

  it('lets the PMO add a must-meet criterion to the built-in gate; the PM’s gate tab shows it after sync', async () => {
    await admin.getByTestId('admin-nav-method').click();
    await expect
      .poll(() => admin.getByTestId('method-row-projects').first().textContent(), { timeout: 20_000 })
      .toBe('1');
    await shootAtWidths(admin, 'method-list');
    await admin.getByTestId('method-open').first().click();
    await admin.getByTestId('method-editor').waitFor();
    expect(await admin.getByTestId('phase-0-in-use').textContent()).toContain('CRM');
    const criteria = template.phases[1]?.gate?.mustMeet.length ?? 0;
    await admin.getByTestId('phase-1-must-add').click();
    const input = admin.getByTestId(`phase-1-must-${criteria}`);
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await input.fill('Data protection impact assessed');
    await shootAtWidths(admin, 'method-editor');
    await admin.getByTestId('method-save').click();
    await expect.poll(() => admin.getByTestId('method-version').textContent()).toBe('Version 2');
    await waitForWorkerRecords(ownerWorkspace(), 'template', (records) => records[0]?.templateVersion === 2);

    const gate = await openWorkspace(pm, { projectId, tab: 'gate' });
    await expect
      .poll(() => gate.getByTestId('gate-next').textContent(), { timeout: 30_000 })
      .toContain('Data protection impact assessed');
    expect(await gate.getByTestId('gate-method').textContent()).toBe(
      'Method: Stage-gate (Interim PMO standard), version 2',
    );
  });
});
