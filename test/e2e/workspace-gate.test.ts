import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageGateTemplateName } from '../../shared/methodology/stage-gate-template';
import type { Template } from '../../shared/schemas/methodology';
import { ExtensionBrowser } from './support/extension-browser';
import { createProjectInPopup, openPopupForm, type Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { joinAs, openWorkspace } from './support/workspace-app';
import { type WorkerWorkspace, waitForWorkerRecords, workerRecordsOf } from './support/workspace-records';

// Issue 15, Acceptance 1, the gate's part: a PM creates a project from the built-in template in the
// popup, requests the gate into Plan with a must-meet criterion unmet and is refused with that
// criterion named; once it is met the request is recorded on the Worker, and a second profile with
// the role pmo sees it waiting after sync. Against a real `wrangler dev`.

let worker: LocalWorker;
let owner: Session;
let pm: ExtensionBrowser;
let pmo: ExtensionBrowser;
let template: Template;
let projectId: string;
let app: Page;
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

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

describe('the Gate tab (issue 15, Acceptance 1)', () => {
  it('finds the built-in stage-gate template on the Worker right after the workspace is created', async () => {
    const templates = await workerRecordsOf(ownerWorkspace(), 'template');
    expect(templates).toHaveLength(1);
    template = templates[0] as unknown as Template;
    expect(template.name).toBe(stageGateTemplateName);
    expect(template.phases.map((phase) => phase.name)).toEqual(['Initiate', 'Plan', 'Execute', 'Close']);
    expect(templates[0].version).toBeGreaterThan(0);
  });

  it('creates a project from the built-in template in the popup, in its first phase', async () => {
    await joinAs(worker, owner, pm, { role: 'pm', name: 'Alex Morgan', email: 'alex@acme.example' });
    const popup = await pm.openPage('popup.html');
    await openPopupForm(popup, 'open-new-project');
    const select = popup.getByTestId('new-project-template');
    await expect.poll(() => select.inputValue(), { timeout: 15_000 }).toBe(template.id);
    projectId = await createProjectInPopup(popup, ownerWorkspace(), { code: 'CRM', name: 'CRM rollout' });
    const [project] = (await workerRecordsOf(ownerWorkspace(), 'project')).filter((record) => record.id === projectId);
    expect(project).toMatchObject({ templateId: template.id, currentPhaseId: template.phases[0].id });
    await popup.close();
  });

  it('refuses the request while a must-meet criterion is unmet, naming it', async () => {
    app = await openWorkspace(pm, { projectId, tab: 'gate' });
    await app.getByTestId('gate-form').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => app.getByTestId('gate-current-phase').textContent())
      .toBe('The project is in the Initiate phase.');
    const gate = template.phases[1].gate;
    const criteria = gate?.mustMeet ?? [];
    expect(criteria.length).toBeGreaterThan(1);
    for (const [index] of criteria.entries()) if (index > 0) await app.getByTestId(`gate-met-${index}`).check();
    const unmet = criteria[0].text;
    await expect.poll(() => app.getByTestId('gate-unmet').textContent()).toContain(unmet);
    await app.getByTestId('gate-note-1').fill('Sponsor letter of 2 Dec');
    await app.getByTestId('gate-score-0-4').check();
    await app.getByTestId('gate-evidence-input').fill('javascript:alert(1)');
    await app.getByTestId('gate-evidence-add').click();
    await expect.poll(() => app.getByTestId('gate-evidence-error').isVisible()).toBe(true);
    await app.getByTestId('gate-evidence-input').fill('https://intranet.example/crm/business-case.pdf');
    await app.getByTestId('gate-evidence-add').click();
    await app.getByTestId('gate-request').click();
    const refusal = app.getByTestId('gate-request-error');
    await expect.poll(() => refusal.textContent(), { timeout: 10_000 }).toContain(unmet);
    for (const other of criteria.slice(1)) expect(await refusal.textContent()).not.toContain(other.text);
    expect(await workerRecordsOf(ownerWorkspace(), 'gateReview')).toEqual([]);
  });

  it('records the request on the Worker once every must-meet criterion is met', async () => {
    await app.getByTestId('gate-met-0').check();
    await expect.poll(() => app.getByTestId('gate-unmet').count()).toBe(0);
    await app.getByTestId('gate-request').click();
    await app.getByTestId('gate-current-review-waiting').waitFor({ timeout: 10_000 });
    const [review] = await waitForWorkerRecords(ownerWorkspace(), 'gateReview', (records) => records.length === 1);
    expect(review).toMatchObject({
      projectId,
      toPhaseId: template.phases[1].id,
      fromPhaseId: template.phases[0].id,
      status: 'requested',
      evidenceLinks: ['https://intranet.example/crm/business-case.pdf'],
    });
    expect((review.mustMeet as { met: boolean }[]).every((answer) => answer.met)).toBe(true);
    expect(await app.getByTestId('gate-current-review-requested').textContent()).toContain('Requested by Alex Morgan');
  });

  it('shows a pmo, in another profile, the request waiting after sync', async () => {
    await joinAs(worker, owner, pmo, { role: 'pmo', name: 'Paula Pmo', email: 'paula@acme.example' });
    const page = await openWorkspace(pmo, { projectId, tab: 'gate' });
    const review = page.getByTestId('gate-current-review');
    await review.waitFor({ timeout: 30_000 });
    expect(await review.getAttribute('data-state')).toBe('waiting');
    expect(await page.getByTestId('gate-current-review-requested').textContent()).toContain('Requested by Alex Morgan');
    await expect.poll(() => page.getByTestId('gate-history-row').count()).toBe(1);
    const link = page.locator(
      '[data-testid="gate-current-review"] a[href="https://intranet.example/crm/business-case.pdf"]',
    );
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
  });
});
