import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JiraFixture, jiraFixtureChromiumArgs, startJiraFixture } from '../fixtures/jira/server';
import { ExtensionBrowser } from './support/extension-browser';
import { createInvite, joinInOptions, openPopupForm, type Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { type PushedMutation, pushToWorker, workerRecordsOf } from './support/workspace-records';

// Two things a new user met in the first minutes, in the production build against a real `wrangler dev`
// and the fixture Jira: a milestone long past its forecast shown as "on time", and two projects
// accepted with the same code.

let worker: LocalWorker;
let jira: JiraFixture;
let browser: ExtensionBrowser;
let owner: Session;
const projectId = crypto.randomUUID();
const milestoneId = crypto.randomUUID();
/** About nine months before the day the test runs: forecast and baseline alike, never achieved. */
const longAgo = new Date(Date.now() - 270 * 86_400_000).toISOString().slice(0, 10);

const pushAsOwner = (mutations: PushedMutation[]) =>
  pushToWorker({ worker, workspaceId: owner.workspace.id, token: owner.token }, mutations);

beforeAll(async () => {
  [worker, jira] = await Promise.all([LocalWorker.start(), startJiraFixture()]);
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  owner = created.json;
  const results = await pushAsOwner([
    {
      name: 'project.create',
      args: { id: projectId, code: 'ACM', name: 'Acme Platform rollout', jiraProjectKeys: ['ACME'] },
    },
    {
      name: 'milestone.create',
      args: { id: milestoneId, projectId, title: 'Data migrated', baselineDate: longAgo, forecastDate: longAgo },
    },
  ]);
  expect(results.map((result) => result.status)).toEqual(['applied', 'applied']);
  browser = await ExtensionBrowser.launch({ extraArgs: jiraFixtureChromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await jira?.close();
  await worker?.stop();
});

async function openJira(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${jira.origin}${path}`);
  return page;
}

describe('a milestone past its forecast', () => {
  it('starts from a workspace joined in the options page', async () => {
    const code = await createInvite(worker, owner, 'pmo');
    const options = await joinInOptions(browser, {
      serverUrl: worker.url,
      code,
      name: 'Alex Morgan',
      email: 'alex.morgan@acme.example',
    });
    await options.close();
  });

  it('says overdue and by how much in the Jira panel and banner, turns the RAG amber, and the report agrees', async () => {
    const report = await worker.call<{
      projects: { milestones: { next?: { id: string; overdueDays: number | null; slipDays: number | null } } }[];
    }>(`/v1/workspaces/${owner.workspace.id}/reports/portfolio`, { token: owner.token });
    const next = report.json.projects[0]?.milestones.next;
    expect(next?.id).toBe(milestoneId);
    expect(next?.overdueDays).toBeGreaterThan(180);
    expect(next?.slipDays).toBe(next?.overdueDays);

    for (const path of ['/browse/ACME-12', '/jira/software/c/projects/ACME/boards/1']) {
      const page = await openJira(path);
      const shown = page.getByTestId('pmo-next-milestone');
      await shown.waitFor({ timeout: 15_000 });
      await expect.poll(() => shown.getAttribute('data-overdue-days')).toBe(String(next?.overdueDays));
      const text = await shown.textContent();
      expect(text).toContain(`overdue by ${next?.overdueDays} working days`);
      expect(text).not.toContain('on time');
      expect(await page.getByTestId('pmo-rag').first().getAttribute('data-rag')).toBe('amber');
      await page.close();
    }
  });
});

describe('project codes', () => {
  it('refuses a second project with the same code in the popup, saying which project holds it, and writes nothing', async () => {
    const popup = await browser.openPage('popup.html');
    await openPopupForm(popup, 'open-new-project');
    await popup.getByTestId('new-project-code').fill('acm');
    await popup.getByTestId('new-project-name').fill('Another Acme project');
    await popup.getByTestId('create-project').click();
    const error = popup.getByTestId('create-project-error');
    await expect
      .poll(() => error.textContent())
      .toBe('Code ACM is already used by project "Acme Platform rollout"; choose another code.');
    const projects = await workerRecordsOf({ worker, workspaceId: owner.workspace.id, token: owner.token }, 'project');
    expect(projects.map((project) => project.code)).toEqual(['ACM']);
    await popup.close();
  });

  it('refuses it through the API too, with its reason', async () => {
    const [result] = await pushAsOwner([
      { name: 'project.create', args: { id: crypto.randomUUID(), code: 'Acm', name: 'Acme again' } },
    ]);
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'code_taken' } });
  });
});
