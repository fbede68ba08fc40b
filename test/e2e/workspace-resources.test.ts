import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDayNumber, shiftWeek, toDayNumber } from '../../shared/analytics/resources/iso-day';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { dayFromToday, joinAs, openWorkspace } from './support/workspace-app';
import { pushToWorker, type WorkerWorkspace } from './support/workspace-records';

// Issue 15, Acceptance 2: a person allocated 60 % to each of two projects in the same week shows as
// over-allocated in both projects' Resources tabs, each naming the other project and its manager.
// Records are pushed to a real `wrangler dev` as the owner; a PMO opens the tabs in Chromium.

let worker: LocalWorker;
let owner: Session;
let pmo: ExtensionBrowser;
const pages: Page[] = [];
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

const crmId = crypto.randomUUID();
const erpId = crypto.randomUUID();
const aliceId = crypto.randomUUID();
// The browser's today, as the app reads it: allocations from this week's Monday to next week's Friday.
const thisMonday = shiftWeek(dayFromToday(0), 0);
const until = fromDayNumber(toDayNumber(shiftWeek(dayFromToday(0), 1)) + 4);

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  pmo = await ExtensionBrowser.launch();
});

afterAll(async () => {
  for (const page of pages) await page.close().catch(() => undefined);
  await pmo?.close();
  await worker?.stop();
});

/** Opens a project's Resources tab and waits for Alice's row to be drawn. */
async function openResources(projectId: string): Promise<Page> {
  const page = await openWorkspace(pmo, { projectId, tab: 'resources' });
  pages.push(page);
  await page.getByTestId(`resources-row-${aliceId}`).waitFor({ timeout: 30_000 });
  return page;
}

describe('the Resources tab (issue 15, Acceptance 2)', () => {
  it('seeds two projects with Alice at 60 % on each, and lets a PMO join', async () => {
    const results = await pushToWorker(ownerWorkspace(), [
      { name: 'project.create', args: { id: crmId, code: 'CRM', name: 'CRM rollout', managerName: 'Marc Lefèvre' } },
      { name: 'project.create', args: { id: erpId, code: 'ERP', name: 'ERP migration', managerName: 'Jane Doe' } },
      {
        name: 'person.create',
        args: { id: aliceId, name: 'Alice Martin', email: 'alice@acme.example', capacityHoursPerWeek: 40 },
      },
      ...[crmId, erpId].map((projectId) => ({
        name: 'allocation.create',
        args: { id: crypto.randomUUID(), personId: aliceId, projectId, from: thisMonday, to: until, percent: 60 },
      })),
    ]);
    expect(results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
    await joinAs(worker, owner, pmo, { role: 'pmo', name: 'Priya PMO', email: 'priya@acme.example' });
  });

  it.each([
    { projectId: crmId, other: erpId, otherName: 'ERP · ERP migration', manager: 'Jane Doe' },
    { projectId: erpId, other: crmId, otherName: 'CRM · CRM rollout', manager: 'Marc Lefèvre' },
  ])('shows 60 % + 60 % as over-allocated this week and names the other project ($otherName)', async (expected) => {
    const page = await openResources(expected.projectId);
    const cell = page.getByTestId(`resources-cell-${aliceId}-${thisMonday}`);
    expect(await cell.getAttribute('data-over')).toBe('true');
    expect(await cell.textContent()).toContain('48 / 40 h');
    const ask = page.getByTestId(`resources-ask-${aliceId}`);
    const other = ask.getByTestId(`resources-ask-project-${expected.other}`);
    expect(await other.textContent()).toContain(expected.otherName);
    expect(await other.textContent()).toContain(`manager: ${expected.manager}`);
    expect(await ask.getByTestId('resources-ask-email').getAttribute('href')).toBe('mailto:alice@acme.example');

    await cell.getByRole('button').click();
    const details = page.getByTestId('resources-cell-details');
    await details.waitFor();
    expect(await details.getByTestId(`resources-share-${expected.other}`).textContent()).toContain(expected.manager);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    // Focus is back on the cell that opened the details.
    expect(await cell.getByRole('button').evaluate((button) => button === document.activeElement)).toBe(true);
  });
});
