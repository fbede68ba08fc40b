import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import type { LocalWorker } from './support/local-worker';
import { type OwnerAndPmo, startOwnerAndPmo } from './support/owner-and-pmo';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import { takeScreenshots } from './support/screenshots';
import { joinAs, openWorkspace } from './support/workspace-app';
import { pushToWorker, type WorkerWorkspace, waitForWorkerRecords } from './support/workspace-records';

// Issue 18, "Lessons learned": a PMO records a tagged lesson in the administration page; a new risk
// raised in the workspace app with similar words brings the lesson up, with unrelated words it does
// not (shared/analytics/lessons/lesson-suggestions.ts). Against a real `wrangler dev`.

let worker: LocalWorker;
let owner: Session;
let pmo: ExtensionBrowser;
let projectId: string;
let lessonId: string;
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

let setup: OwnerAndPmo | undefined;

beforeAll(async () => {
  setup = await startOwnerAndPmo();
  ({ worker, owner, pmo } = setup);
});

afterAll(async () => {
  await setup?.close();
});

describe('lessons learned (issue 18)', () => {
  let errors: PageErrors;

  it('joins a PMO to a workspace with one project', async () => {
    await joinAs(worker, owner, pmo, { role: 'pmo', name: 'Paula PMO', email: 'paula@acme.example' });
    projectId = crypto.randomUUID();
    const [pushed] = await pushToWorker(ownerWorkspace(), [
      { name: 'project.create', args: { id: projectId, code: 'CRM', name: 'CRM rollout', start: '2026-09-01' } },
    ]);
    expect(pushed.status).toBe('applied');
  });

  it('records a tagged lesson in the administration page and stores it on the Worker', async () => {
    const admin = await pmo.context.newPage();
    errors = collectPageErrors(admin);
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.goto(`chrome-extension://${pmo.extensionId}/admin.html#/lessons`);
    await admin.getByTestId('lessons-empty').waitFor({ timeout: 20_000 });
    await takeScreenshots(admin, 'lessons-empty');
    await admin.getByTestId('lesson-new').click();
    await admin.getByTestId('lesson-title-input').fill('Supplier delivered the servers late');
    await admin.getByTestId('lesson-project').locator(`option[value="${projectId}"]`).waitFor({ state: 'attached' });
    await admin.getByTestId('lesson-project').selectOption(projectId);
    await admin.getByTestId('lesson-category-input').selectOption('schedule');
    await admin
      .getByTestId('lesson-what-happened-input')
      .fill('The hardware supplier shipped the servers three weeks after the agreed date; testing started late.');
    await admin
      .getByTestId('lesson-recommendation-input')
      .fill('Put delivery dates and penalties in the purchase order.');
    await admin.getByTestId('lesson-tags-input').fill('Supplier, procurement, delivery date');
    await takeScreenshots(admin, 'lessons-editor');
    await admin.getByTestId('lesson-save').click();
    await admin.getByTestId('lesson-edit').waitFor();
    lessonId = admin.url().split('/').at(-1) ?? '';
    const [stored] = await waitForWorkerRecords(ownerWorkspace(), 'lesson', (records) => records.length === 1);
    expect(stored).toMatchObject({
      id: lessonId,
      projectId,
      title: 'Supplier delivered the servers late',
      category: 'schedule',
      tags: ['supplier', 'procurement', 'delivery-date'],
    });
    await takeScreenshots(admin, 'lessons-reader');
    await admin.getByTestId('lesson-back').click();
    await admin.getByTestId('lesson-card').waitFor();
    await admin.getByTestId('lessons-tag-supplier').click();
    expect(await admin.getByTestId('lesson-card').count()).toBe(1);
    await takeScreenshots(admin, 'lessons-list');
    expect(errors.list).toEqual([]);
    await admin.close();
  });

  it('suggests the lesson for a new risk with similar words, and not for unrelated ones', async () => {
    const app = await openWorkspace(pmo, { projectId, tab: 'risks' });
    const appErrors = collectPageErrors(app);
    await app.setViewportSize({ width: 1280, height: 900 });
    await app.getByTestId('risks-new').click({ timeout: 20_000 });
    await app.getByTestId('risk-editor').waitFor();
    await app.getByTestId('risk-title').fill('Office move disrupts the team');
    await app.getByTestId('risk-effect').fill('Lower morale for a month');
    // Longer than the suggestions' pause after typing (LessonSuggestions.tsx), so none can be pending.
    await app.waitForTimeout(800);
    expect(await app.getByTestId('lesson-suggestion').count()).toBe(0);
    await app.getByTestId('risk-title').fill('Supplier may deliver the servers late');
    await app.getByTestId('risk-effect').fill('');
    await app.getByTestId('risk-cause').fill('Single hardware supplier');
    const suggestion = app.getByTestId('lesson-suggestion');
    await suggestion.waitFor();
    expect(await suggestion.getByTestId('lesson-suggestion-open').getAttribute('href')).toBe(
      `chrome-extension://${pmo.extensionId}/admin.html#/lessons/${lessonId}`,
    );
    expect(await suggestion.getByTestId('lesson-suggestion-shares').textContent()).toBe(
      'Shares: supplier, deliver, servers, late, hardware',
    );
    await takeScreenshots(app, 'lessons-risk-suggestion');
    await suggestion.getByTestId('lesson-suggestion-dismiss').focus();
    await app.keyboard.press('Enter');
    await suggestion.waitFor({ state: 'detached' });
    expect(appErrors.list).toEqual([]);
    await app.close();
  });
});
