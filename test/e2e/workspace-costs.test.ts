import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeProjectEarnedValue } from '../../shared/analytics/earned-value/project-earned-value';
import { createWorkingCalendar } from '../../shared/analytics/schedule/working-calendar';
import type { CostEntry } from '../../shared/schemas/costs';
import type { PlanItem } from '../../shared/schemas/plan';
import type { Project } from '../../shared/schemas/project';
import { type JiraFixture, jiraFixtureChromiumArgs, startJiraFixture } from '../fixtures/jira/server';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { dayFromToday, joinAs, openWorkspace } from './support/workspace-app';
import {
  pullWorkerRecords,
  pushToWorker,
  type SyncedRecord,
  type WorkerWorkspace,
  waitForWorkerRecords,
  workerRecordsOf,
} from './support/workspace-records';

// Issue 15, the Costs tab end to end in the production build against a real `wrangler dev` and the
// fixture Jira (https://acme.atlassian.net:<port>, test/fixtures/jira/): a PM enters the budget and an
// actual cost (Acceptance 1's costs part), then prices the fixture's March 2026 TEAM worklogs with the
// hourly rates the PMO set (Acceptance 3), and a 403 on the worklogs changes nothing.

let worker: LocalWorker;
let jira: JiraFixture;
let owner: Session;
let pm: ExtensionBrowser;
let pmId: string;
let app: Page;
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

const projectId = crypto.randomUUID();
const planItemId = crypto.randomUUID();
const aikoId = crypto.randomUUID();
const leaId = crypto.randomUUID();
const marcoId = crypto.randomUUID();
/** The browser's month, as the app reads today: the hand-entered actual cost goes there. */
const thisMonth = dayFromToday(0).slice(0, 7);

beforeAll(async () => {
  [worker, jira] = await Promise.all([LocalWorker.start(), startJiraFixture()]);
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  pm = await ExtensionBrowser.launch({ extraArgs: jiraFixtureChromiumArgs });
});

afterAll(async () => {
  await app?.close().catch(() => undefined);
  await pm?.close();
  await jira?.close();
  await worker?.stop();
});

/** Every record of the workspace on the Worker, entity by entity, ids sorted: a snapshot to compare. */
async function workerSnapshot(): Promise<Record<string, SyncedRecord[]>> {
  const records = await pullWorkerRecords(worker, owner.workspace.id, owner.token);
  return Object.fromEntries(
    [...records].map(([entity, list]) => [entity, [...list].sort((a, b) => a.id.localeCompare(b.id))]),
  );
}

const textOf = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

/** Reads March 2026 from the fixture Jira in the Costs tab; answers once the preview or an error shows. */
async function readMarch(page: Page): Promise<void> {
  await page.getByTestId('costs-jira-site').fill(jira.origin);
  await page.getByTestId('costs-jira-from').fill('2026-03');
  await page.getByTestId('costs-jira-to').fill('2026-03');
  await page.getByTestId('costs-jira-read').click();
  await page.locator('[data-testid="costs-jira-preview"], [data-testid="costs-jira-error"]').first().waitFor();
}

describe('the Costs tab (issue 15)', () => {
  it('seeds a project the PM manages, mapped to Jira TEAM, with one plan item and three people', async () => {
    pmId = await joinAs(worker, owner, pm, { role: 'pm', name: 'Alex Morgan', email: 'alex.morgan@acme.example' });
    const results = await pushToWorker(ownerWorkspace(), [
      {
        name: 'project.create',
        args: {
          id: projectId,
          code: 'PPL',
          name: 'People platform',
          managerId: pmId,
          managerName: 'Alex Morgan',
          jiraProjectKeys: ['TEAM'],
        },
      },
      // 10,000 of planned value over 20 working days that ended weeks ago (PV 10,000), half done (EV 5,000).
      {
        name: 'planItem.create',
        args: {
          id: planItemId,
          projectId,
          title: 'Onboarding flow',
          start: dayFromToday(-70),
          durationDays: 20,
          plannedValue: 10_000,
          percentComplete: 50,
        },
      },
      // The PMO's rates (a PM may not write people): Aiko by email, Léa by name only (Jira's display
      // name matches, accents and case ignored), Marco with no rate yet. Sam O'Brien is nobody here.
      {
        name: 'person.create',
        args: { id: aikoId, name: 'Aiko Tanaka', email: 'aiko@acme.example', hourlyRate: 90 },
      },
      { name: 'person.create', args: { id: leaId, name: 'LEA DUBOIS', hourlyRate: 100 } },
      { name: 'person.create', args: { id: marcoId, name: 'Marco Rossi', email: 'marco@acme.example' } },
    ]);
    expect(results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
  });

  it('Acceptance 1: the budget and an actual cost entered in the tab give the SPI and CPI of the shared computation', async () => {
    app = await openWorkspace(pm, { projectId, tab: 'costs' });
    await app.getByTestId('costs-tab').waitFor({ timeout: 30_000 });
    await expect.poll(() => textOf(app, 'indicator-pv-value'), { timeout: 30_000 }).not.toBe('—');

    await app.getByTestId('costs-edit-bac').click();
    await app.getByTestId('costs-bac-input').fill('12000');
    await app.getByTestId('costs-save-bac').click();
    await expect.poll(() => textOf(app, 'costs-bac')).toMatch(/12,000/);

    await app.getByTestId('cost-period').fill(thisMonth);
    await app.getByTestId('cost-amount-input').fill('4000');
    await app.getByTestId('cost-note-input').fill('Contractor invoice');
    await app.getByTestId('cost-add').click();
    await app.getByTestId('cost-entry').first().waitFor();

    const entries = (await waitForWorkerRecords(ownerWorkspace(), 'costEntry', (all) =>
      all.some((entry) => entry.amount === 4000),
    )) as unknown as CostEntry[];
    const [project] = (await waitForWorkerRecords(ownerWorkspace(), 'project', (all) =>
      all.some((record) => record.bac === 12_000),
    )) as unknown as Project[];
    const planItems = (await workerRecordsOf(ownerWorkspace(), 'planItem')) as unknown as PlanItem[];
    // A fresh workspace has no settings record: the app's default calendar (Monday to Friday).
    const shared = analyzeProjectEarnedValue({
      asOf: dayFromToday(0),
      calendar: createWorkingCalendar(),
      planItems,
      project,
      costEntries: entries,
    }).indicators;
    // By hand: EV = 50 % × 10,000 = 5,000; PV = 10,000 (all elapsed); AC = 4,000.
    expect(shared.spi).toBe(0.5);
    expect(shared.cpi).toBe(1.25);
    await expect.poll(() => textOf(app, 'indicator-cpi-value')).toBe((shared.cpi as number).toFixed(2));
    expect(await textOf(app, 'indicator-spi-value')).toBe((shared.spi as number).toFixed(2));
    expect(await textOf(app, 'costs-ac-basis')).toMatch(/cost entries/);
  });

  it('Acceptance 3: March worklogs (paginated, several authors) become hours × rate per person, and re-importing changes nothing', async () => {
    // Jira's session cookie, as when the PM has Jira open in this browser.
    const jiraPage = await pm.context.newPage();
    await jiraPage.goto(`${jira.origin}/jira/your-work`);
    await jiraPage.close();
    jira.requests.length = 0;

    await readMarch(app);
    // By hand, from test/fixtures/jira/dataset.ts: Aiko 24 × 1 h × 90 = 2,160; Léa 3 × 2.5 h × 100 = 750.
    expect(await app.getByTestId('costs-jira-line').allTextContents()).toEqual([
      expect.stringContaining('Aiko Tanaka'),
      expect.stringContaining('LEA DUBOIS'),
    ]);
    expect(await app.getByTestId('costs-jira-amount').allTextContents()).toEqual(['€2,160.00', '€750.00']);
    expect(await textOf(app, 'costs-jira-total')).toBe('€2,910.00');
    expect(await textOf(app, 'costs-jira-unmatched')).toContain("Sam O'Brien (2 h)");
    // Marco's 12 h have no rate, and a PM cannot set one: the tab says who can.
    const marco = app.getByTestId('costs-jira-unrated-person');
    expect(await marco.textContent()).toContain('Marco Rossi (12 h)');
    expect(await marco.getByTestId('costs-jira-rate-ask').textContent()).toMatch(/owner or a PMO/);
    expect(await marco.getByTestId('costs-jira-rate-input').count()).toBe(0);
    // TEAM-2's 27 worklogs came in three pages of at most 10.
    const team2Pages = jira.requests.filter((request) => request.path === '/rest/api/3/issue/TEAM-2/worklog');
    expect(team2Pages.map((request) => new URLSearchParams(request.search).get('startAt'))).toEqual(['0', '10', '20']);
    // Read by the extension with the PM's Jira session, not by the fixture page.
    expect(team2Pages.every((request) => request.hasSession && !request.fromPage)).toBe(true);

    await app.getByTestId('costs-jira-write').click();
    await app.getByTestId('costs-jira-done').waitFor();
    const isJira = (entry: SyncedRecord) => entry.source === 'jira';
    const summary = (records: SyncedRecord[]) =>
      records
        .filter(isJira)
        .map((entry) => ({
          personId: entry.personId,
          period: entry.period,
          hours: entry.hours,
          amount: entry.amount,
          issueKeys: entry.issueKeys,
        }))
        .sort((a, b) => Number(b.amount) - Number(a.amount));
    const expected = [
      { personId: aikoId, period: '2026-03-01', hours: 24, amount: 2160, issueKeys: ['TEAM-2'] },
      { personId: leaId, period: '2026-03-01', hours: 7.5, amount: 750, issueKeys: ['TEAM-2'] },
    ];
    const first = await waitForWorkerRecords(ownerWorkspace(), 'costEntry', (all) => all.filter(isJira).length === 2);
    expect(summary(first)).toEqual(expected);

    // Again: the month's Jira entries are replaced by the same amounts, the hand-entered one stays.
    await readMarch(app);
    expect(await textOf(app, 'costs-jira-total')).toBe('€2,910.00');
    await app.getByTestId('costs-jira-write').click();
    await app.getByTestId('costs-jira-done').waitFor();
    const firstIds = new Set(first.filter(isJira).map((entry) => entry.id));
    const second = await waitForWorkerRecords(
      ownerWorkspace(),
      'costEntry',
      (all) => all.filter(isJira).length === 2 && all.filter(isJira).every((entry) => !firstIds.has(entry.id)),
    );
    expect(summary(second)).toEqual(expected);
    expect(second.filter((entry) => entry.source === 'manual').map((entry) => entry.amount)).toEqual([4000]);
  });

  it('a 403 on the worklogs says so in the reader’s language and leaves the Worker unchanged', async () => {
    const before = await workerSnapshot();
    jira.faults.set('worklog', { status: 403 });
    jira.requests.length = 0;
    try {
      await readMarch(app);
      const error = app.getByTestId('costs-jira-error');
      expect(await error.textContent()).toBe(
        `Jira refused access to the worklogs on ${jira.origin} (401/403). Sign in to Jira in this browser with an account allowed to see them; nothing was changed.`,
      );
      expect(await app.getByTestId('costs-jira-preview').count()).toBe(0);
      expect(await app.getByTestId('costs-jira-write').count()).toBe(0);
      expect(jira.requests.some((request) => request.endpoint === 'worklog' && request.status === 403)).toBe(true);
    } finally {
      jira.faults.clear('worklog');
    }
    // Long enough for anything the tab might have sent to reach the Worker.
    await app.waitForTimeout(2_000);
    expect(await workerSnapshot()).toEqual(before);
  });
});
