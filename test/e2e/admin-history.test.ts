import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryPage } from '../../shared/api/history';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import { takeScreenshot } from './support/screenshots';
import { joinAs, openWorkspace } from './support/workspace-app';
import { pushToWorker, type WorkerWorkspace, waitForWorkerRecords } from './support/workspace-records';

// Issue 16, Acceptance 3, against a real `wrangler dev`: a risk edited three times in the workspace
// app shows those three changes, with field diffs and authors, in its History view and through the
// API (GET /v1/workspaces/:ws/history); another workspace's history answers 404. The PMO's activity
// feed in the administration page lists the same changes, each linking to the record.

let worker: LocalWorker;
let owner: Session;
let pm: ExtensionBrowser;
let app: Page;
let appErrors: PageErrors;
const projectId = crypto.randomUUID();
const riskId = crypto.randomUUID();
const originalTitle = 'Payment provider may miss the certification date';
const editedTitle = 'Payment provider will miss the certification date';
const description = 'Their audit slipped twice; <b>not</b> markup, just text.';
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

const readHistory = (session: Session, workspaceId: string, query: string) =>
  worker.call<HistoryPage>(`/v1/workspaces/${workspaceId}/history${query}`, { token: session.token });

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  pm = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await pm?.close();
  await worker?.stop();
});

/** Saves the open risk editor and waits until the Worker holds the change. */
async function saveAndSync(isSynced: (risk: Record<string, unknown>) => boolean): Promise<void> {
  await app.getByTestId('risk-save').click();
  await expect.poll(() => app.getByTestId('risk-editor-state').textContent()).toBe('Saved.');
  await waitForWorkerRecords(ownerWorkspace(), 'risk', (risks) =>
    risks.some((risk) => risk.id === riskId && isSynced(risk)),
  );
}

async function shootAtSizes(page: Page, name: string): Promise<void> {
  for (const width of [400, 1280])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await takeScreenshot(page, `${name}-${width}-${scheme}`);
    }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('record history (issue 16, Acceptance 3)', () => {
  it('lets a PM edit a risk the owner raised three times in the workspace app', async () => {
    const pmId = await joinAs(worker, owner, pm, { role: 'pm', name: 'Alex Morgan', email: 'alex@acme.example' });
    const seeded = await pushToWorker(ownerWorkspace(), [
      { name: 'project.create', args: { id: projectId, code: 'PAY', name: 'Payments', managerId: pmId } },
      { name: 'risk.create', args: { id: riskId, projectId, title: originalTitle, probability: 2, impact: 4 } },
    ]);
    expect(seeded.map((result) => result.status)).toEqual(['applied', 'applied']);
    app = await openWorkspace(pm, { projectId, tab: 'risks', recordId: riskId });
    appErrors = collectPageErrors(app);
    await expect
      .poll(() => app.getByTestId('risk-editor-title').textContent(), { timeout: 30_000 })
      .toBe(originalTitle);

    await app.getByTestId('risk-title').fill(editedTitle);
    await saveAndSync((risk) => risk.title === editedTitle);
    await app.getByTestId('risk-probability-4').click();
    await saveAndSync((risk) => risk.probability === 4);
    await app.getByTestId('risk-description').fill(description);
    await saveAndSync((risk) => risk.description === description);
  });

  it('shows the three changes with their fields from → to and their author in the risk’s History', async () => {
    await app.getByTestId('record-history-toggle').click();
    const entries = app.getByTestId('record-history-entry');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(4);
    const texts = await entries.allTextContents();
    for (const text of texts.slice(0, 3)) {
      expect(text).toContain('Risk change');
      expect(text).toContain('by Alex Morgan');
    }
    expect(texts[3]).toContain('New risk');
    expect(texts[3]).toContain('by Olivia Owner');
    const rowOf = (entry: number, field: string) =>
      entries.nth(entry).locator(`tr[data-field="${field}"]`).locator('th, td').allTextContents();
    expect(await rowOf(0, 'description')).toEqual(['Description', '—', description]);
    expect(await rowOf(1, 'probability')).toEqual(['Probability', 'Unlikely', 'Likely']);
    expect(await rowOf(2, 'title')).toEqual(['Title', originalTitle, editedTitle]);
    expect(await entries.nth(0).locator('b').count()).toBe(0);
    await app.getByTestId('record-history').scrollIntoViewIfNeeded();
    await shootAtSizes(app, 'record-history');
  });

  it('serves the same three changes, with field diffs and authors, through the API', async () => {
    const answer = await readHistory(owner, owner.workspace.id, `?entity=risk&id=${riskId}`);
    expect(answer.status).toBe(200);
    const updates = answer.json.entries.filter((entry) => entry.mutation === 'risk.update');
    expect(updates.map((entry) => [entry.byName, entry.changes])).toEqual([
      ['Alex Morgan', { description: { from: null, to: description } }],
      ['Alex Morgan', { probability: { from: 2, to: 4 } }],
      ['Alex Morgan', { title: { from: originalTitle, to: editedTitle } }],
    ]);
    expect(answer.json.entries.at(-1)).toMatchObject({ mutation: 'risk.create', byName: 'Olivia Owner', projectId });
  });

  it('keeps another workspace’s history invisible: 404 both ways', async () => {
    const other = await worker.call<Session>('/v1/workspaces', {
      token: bootstrapSecret,
      body: { name: 'Globex PMO', owner: { name: 'Gina Globex', email: 'gina@globex.example' } },
    });
    expect(other.status).toBe(201);
    const fromOther = await readHistory(other.json, owner.workspace.id, `?id=${riskId}`);
    expect(fromOther.status).toBe(404);
    expect(JSON.stringify(fromOther.json)).not.toContain(originalTitle);
    expect((await readHistory(owner, other.json.workspace.id, '')).status).toBe(404);
  });

  it('lists the changes in the administration page’s activity, linking to the risk', async () => {
    const admin = await pm.context.newPage();
    const adminErrors = collectPageErrors(admin);
    await admin.goto(`chrome-extension://${pm.extensionId}/admin.html#/activity`);
    const entries = admin.getByTestId('activity-entry');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
    const first = entries.first();
    await expect.poll(() => first.textContent()).toContain(editedTitle);
    expect(await first.textContent()).toContain('by Alex Morgan');
    const href = await first.getByTestId('activity-entry-link').getAttribute('href');
    expect(href).toBe(`chrome-extension://${pm.extensionId}/workspace.html#/projects/${projectId}/risks/${riskId}`);
    await admin.getByTestId('activity-entity').selectOption('project');
    await expect.poll(() => entries.count()).toBe(1);
    await admin.getByTestId('activity-entity').selectOption('');
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(5);
    // Keyboard: the filter, then the entries' links and toggles, each with a visible focus.
    await admin.getByTestId('activity-entity').focus();
    let focused: { testId: string | null; outline: string } | undefined;
    for (let press = 0; press < 8 && focused?.testId !== 'activity-entry-link'; press++) {
      await admin.keyboard.press('Tab');
      focused = await admin.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return { testId: element.getAttribute('data-testid'), outline: getComputedStyle(element).outlineStyle };
      });
    }
    expect(focused).toEqual({ testId: 'activity-entry-link', outline: 'solid' });
    await shootAtSizes(admin, 'admin-activity');
    await admin.close();
    expect(adminErrors.list).toEqual([]);
    expect(appErrors.list).toEqual([]);
  });
});
