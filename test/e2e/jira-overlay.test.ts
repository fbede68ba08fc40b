import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type JiraFixture, jiraFixtureChromiumArgs, startJiraFixture } from '../fixtures/jira/server';
import { ExtensionBrowser } from './support/extension-browser';
import { createInvite, createProjectInPopup, joinInOptions, type Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import { takeScreenshot } from './support/screenshots';
import {
  pullWorkerRecords,
  readLocalRecords,
  type SyncedRecord,
  type WorkerWorkspace,
  waitForWorkerRecords as waitForWorkerRecordsOf,
  workerRecordsOf,
} from './support/workspace-records';

// The PMO inside Jira Cloud, end to end: the built extension with its production match pattern in
// Chromium, against the fixture Jira (https://acme.atlassian.net:<port>) and a real `wrangler dev`.

const anchors = {
  summary: 'issue.views.issue-base.foundation.summary.heading',
  currentIssue: 'issue.views.issue-base.foundation.breadcrumbs.current-issue.item',
  board: 'platform-board-kit.ui.board.scroll.board-scroll',
  backlog: 'software-backlog.backlog-content.scrollable',
  card: 'platform-board-kit.ui.card.card',
  linkedItems: 'issue.views.issue-base.content.issue-links.issue-links-view',
};
const paths = {
  issue: '/browse/ACME-12',
  companyBoard: '/jira/software/c/projects/ACME/boards/1',
  teamBoard: '/jira/software/projects/TEAM/boards/7',
};
/** Issues whose due date moves between the two imports: one epic (milestone) and four stories (plan items). */
const movedDueDates: Record<string, string> = {
  'ACME-2': '2026-04-14',
  'ACME-20': '2026-05-04',
  'ACME-45': '2026-05-06',
  'ACME-77': '2026-05-08',
  'ACME-118': '2026-07-10',
};

let worker: LocalWorker;
let jira: JiraFixture;
let browser: ExtensionBrowser;
let owner: Session;
let projectId: string;
/** Pages opened by a test, with what they logged; checked and closed after it. */
const openedPages: { page: Page; errors: PageErrors; expectSilent: boolean }[] = [];

async function joinWorkspaceAndCreateProject(): Promise<void> {
  const code = await createInvite(worker, owner, 'pm');
  const options = await joinInOptions(browser, {
    serverUrl: worker.url,
    code,
    name: 'Alex Morgan',
    email: 'alex.morgan@acme.example',
  });
  await options.close();

  const popup = await browser.openPage('popup.html');
  projectId = await createProjectInPopup(popup, ownerWorkspace(), { code: 'ACM', name: 'Acme Platform rollout' });
  await popup.close();
}

/**
 * Opens a fixture page in a new tab and records its console. `expectSilent: false` for pages where
 * the fixture page itself is meant to fail a request (its own 404), which Chromium logs.
 */
async function openJira(path: string, { expectSilent = true } = {}): Promise<Page> {
  const page = await browser.context.newPage();
  openedPages.push({ page, errors: collectPageErrors(page), expectSilent });
  await page.goto(`${jira.origin}${path}`);
  return page;
}

const panelOf = (scope: Page | Locator) => scope.getByTestId('pmo-panel');
const bannerOf = (page: Page) => page.getByTestId('pmo-banner');

const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });
const workerRecords = (entity: string) => workerRecordsOf(ownerWorkspace(), entity);
const waitForWorkerRecords = (entity: string, isDone: (records: SyncedRecord[]) => boolean, timeout?: number) =>
  waitForWorkerRecordsOf(ownerWorkspace(), entity, isDone, timeout);

const byJiraKey = (records: SyncedRecord[]) =>
  new Map(
    records.filter((record) => typeof record.jiraKey === 'string').map((record) => [record.jiraKey as string, record]),
  );

/** Each imported item's forecast: a milestone's forecastDate, a plan item's end. */
async function importedForecasts(): Promise<Map<string, string | undefined>> {
  const records = await pullWorkerRecords(worker, owner.workspace.id, owner.token);
  const forecasts = new Map<string, string | undefined>();
  for (const milestone of records.get('milestone') ?? []) {
    if (milestone.jiraKey) forecasts.set(milestone.jiraKey as string, milestone.forecastDate as string);
  }
  for (const item of records.get('planItem') ?? []) {
    if (item.jiraKey) forecasts.set(item.jiraKey as string, item.end as string | undefined);
  }
  return forecasts;
}

/** With E2E_SCREENSHOT_DIR set, keeps the panel as Jira's light and dark themes show it. */
async function screenshotPanelBothModes(page: Page, name: string): Promise<void> {
  const directory = process.env.E2E_SCREENSHOT_DIR;
  if (!directory) return;
  for (const mode of ['light', 'dark']) {
    await page.evaluate((colorMode) => {
      document.documentElement.dataset.colorMode = colorMode;
    }, mode);
    await panelOf(page).screenshot({ path: `${directory}/${name}-${mode}.png` });
  }
  await page.evaluate(() => {
    delete document.documentElement.dataset.colorMode;
  });
}

function searchCallsOfTheExtension() {
  return jira.requests.filter((request) => request.endpoint === 'search' && !request.fromPage);
}

beforeAll(async () => {
  [worker, jira] = await Promise.all([LocalWorker.start(), startJiraFixture()]);
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  browser = await ExtensionBrowser.launch({ extraArgs: jiraFixtureChromiumArgs });
});

afterEach(async () => {
  jira.faults.clear();
  const pages = openedPages.splice(0);
  for (const { page } of pages) await page.close();
  // Jira's page must stay silent whatever the overlay met: no console error, no uncaught exception.
  for (const { errors, expectSilent } of pages) {
    if (!expectSilent) continue;
    // Chromium logs each failed fetch of a content script here too ("Failed to load resource").
    expect(errors.list, 'errors in the Jira page console').toEqual([]);
  }
});

afterAll(async () => {
  await browser?.close();
  await jira?.close();
  await worker?.stop();
});

describe('the PMO panel on a Jira issue', () => {
  it('starts from a joined workspace with one PMO project (set up like a user, in the options page and popup)', async () => {
    await joinWorkspaceAndCreateProject();
    expect(projectId).toBeTruthy();
  });

  it('mounts beside /browse/ACME-12 and maps the Jira project to a PMO project once', async () => {
    const page = await openJira(paths.issue);
    const panel = panelOf(page);
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.getAttribute('data-issue-key')).toBe('ACME-12');
    expect(await page.evaluate(() => document.documentElement.dataset.interimPmo)).toBe('ready');

    await panel.getByTestId('pmo-project-map-select').selectOption(projectId);
    await panel.getByTestId('pmo-project-map-save').click();
    await panel.getByTestId('pmo-rag').waitFor();
    await panel.getByTestId('pmo-next-milestone').waitFor();
    const [project] = await waitForWorkerRecords('project', (records) =>
      ((records[0]?.jiraProjectKeys as string[] | undefined) ?? []).includes('ACME'),
    );
    expect(project.jiraProjectKeys).toEqual(['ACME']);
    // The page is untouched: Jira's own heading still reads the issue's summary.
    expect(await page.getByTestId(anchors.summary).textContent()).toBe('Keep the basket when the session expires');
    await takeScreenshot(page, 'jira-panel-mapped');
  });

  it('raises a risk from the issue: in Dexie and on the Worker with the Jira key and URL as its source', async () => {
    const page = await openJira(paths.issue);
    const panel = panelOf(page);
    await panel.getByTestId('pmo-raise-risk').click();
    const title = panel.getByTestId('pmo-draft-title');
    await expect.poll(() => title.inputValue()).toContain('ACME-12');
    expect(await title.inputValue()).toContain('Keep the basket when the session expires');
    await takeScreenshot(page, 'jira-panel-raise-risk');
    await panel.getByTestId('pmo-draft-save').click();
    await expect.poll(() => panel.getByTestId('pmo-linked-risk').count(), { timeout: 10_000 }).toBe(1);

    const issueUrl = `${jira.origin}/browse/ACME-12`;
    const isFromAcme12 = (risk: SyncedRecord) =>
      (risk.source as { jiraKey?: string } | undefined)?.jiraKey === 'ACME-12';
    const extensionPage = await browser.openPage('options.html');
    const local = (await readLocalRecords(extensionPage, owner.workspace.id, 'risk')).filter(isFromAcme12);
    await extensionPage.close();
    expect(local).toHaveLength(1);
    expect(local[0]).toMatchObject({ projectId, source: { jiraKey: 'ACME-12', url: issueUrl } });

    const [onWorker] = (await waitForWorkerRecords('risk', (risks) => risks.some(isFromAcme12))).filter(isFromAcme12);
    expect(onWorker).toMatchObject({ id: local[0].id, projectId, source: { jiraKey: 'ACME-12', url: issueUrl } });
    expect(onWorker.title).toContain('ACME-12');
  });

  it("raises a risk with the capture card's fields: P × I with the live score, owner and review date reach the Worker", async () => {
    const page = await openJira('/browse/ACME-14');
    const panel = panelOf(page);
    await panel.getByTestId('pmo-raise-risk').click();
    const form = panel.locator('form.pmo-draft');
    await form.getByTestId('pmo-draft-title').waitFor();
    // The Jira assignee is offered as the owner; the score starts in the middle of the matrix.
    expect(await form.getByTestId('capture-score').textContent()).toBe('9');

    await form.getByTestId('capture-probability-4').click();
    await form.getByTestId('capture-impact-5').click();
    expect(await form.getByTestId('capture-score').textContent()).toBe('20');
    expect(await form.getByTestId('capture-score').getAttribute('data-band')).toBe('critical');
    await form.getByTestId('capture-owner').fill('Alex Morgan');
    await form.getByTestId('capture-review-date').fill('2026-06-30');
    await screenshotPanelBothModes(page, 'jira-panel-risk-form');
    await form.getByTestId('pmo-draft-save').click();
    await panel.getByTestId('pmo-draft-saved').waitFor();

    const isRaised = (risk: SyncedRecord) =>
      (risk.source as { jiraKey?: string } | undefined)?.jiraKey === 'ACME-14' && risk.probability === 4;
    const [onWorker] = (await waitForWorkerRecords('risk', (risks) => risks.some(isRaised))).filter(isRaised);
    expect(onWorker).toMatchObject({
      projectId,
      probability: 4,
      impact: 5,
      owner: { name: 'Alex Morgan' },
      reviewDate: '2026-06-30',
      raisedBy: 'Alex Morgan',
      source: { jiraKey: 'ACME-14', url: `${jira.origin}/browse/ACME-14` },
    });
  });

  it('imports 120 issues over 3 pages as 120 items; a re-import with 5 moved due dates updates exactly 5 forecasts', async () => {
    const page = await openJira(paths.issue);
    const panel = panelOf(page);
    await panel.getByTestId('pmo-import-open').click();
    expect(await panel.getByTestId('pmo-import-jql').inputValue()).toMatch(/project\s*=\s*"?ACME"?/);
    jira.requests.length = 0;
    await panel.getByTestId('pmo-import-start').click();
    const summary = panel.getByTestId('pmo-import-summary');
    await summary.waitFor({ timeout: 30_000 });
    const firstCounts = await summary.locator('li').allTextContents();
    expect(firstCounts.some((line) => /\b8\b/.test(line))).toBe(true);
    expect(firstCounts.some((line) => /\b112\b/.test(line))).toBe(true);
    await takeScreenshot(page, 'jira-import-first');

    const searches = searchCallsOfTheExtension();
    expect(searches).toHaveLength(3);
    expect(searches.map((request) => (request.body as { nextPageToken?: string }).nextPageToken === undefined)).toEqual(
      [true, false, false],
    );
    const milestones = await waitForWorkerRecords('milestone', (records) => byJiraKey(records).size === 8, 30_000);
    const planItems = await waitForWorkerRecords('planItem', (records) => byJiraKey(records).size === 112, 30_000);
    expect(milestones.length + planItems.length).toBe(120);
    expect(byJiraKey(milestones).get('ACME-2')).toMatchObject({
      baselineDate: '2026-03-31',
      forecastDate: '2026-03-31',
    });
    const epicOfAcme12 = byJiraKey(milestones).get('ACME-1')!;
    expect(byJiraKey(planItems).get('ACME-12')).toMatchObject({ end: '2026-02-27', milestoneId: epicOfAcme12.id });
    const before = await importedForecasts();

    for (const [key, duedate] of Object.entries(movedDueDates)) jira.dataset.setDueDate(key, duedate);
    jira.requests.length = 0;
    await panel.getByTestId('pmo-import-start').click();
    await expect.poll(() => panel.getByTestId('pmo-import-change').count(), { timeout: 30_000 }).toBe(5);
    const changes = await panel.getByTestId('pmo-import-change').allTextContents();
    for (const key of Object.keys(movedDueDates)) expect(changes.join('\n')).toContain(key);
    expect((await summary.locator('li').allTextContents()).some((line) => /\b112\b/.test(line))).toBe(false);
    await takeScreenshot(page, 'jira-import-second');
    expect(searchCallsOfTheExtension()).toHaveLength(3);

    let after = new Map<string, string | undefined>();
    await expect
      .poll(
        async () => {
          after = await importedForecasts();
          return Object.entries(movedDueDates).every(([key, duedate]) => after.get(key) === duedate);
        },
        { timeout: 20_000, interval: 250 },
      )
      .toBe(true);
    const changed = [...after.keys()].filter((key) => after.get(key) !== before.get(key));
    expect(changed.sort()).toEqual(Object.keys(movedDueDates).sort());
    expect(after.size).toBe(120);
    const movedEpic = byJiraKey(await workerRecords('milestone')).get('ACME-2');
    expect(movedEpic).toMatchObject({ baselineDate: '2026-03-31', forecastDate: '2026-04-14' });
  });

  it('follows SPA navigation: board → issue modal → issue page → linked issue, in one document', async () => {
    const page = await openJira(paths.companyBoard);
    await bannerOf(page).waitFor({ timeout: 10_000 });
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    await page.getByTestId(anchors.card).filter({ hasText: 'ACME-14' }).click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId(anchors.summary) });
    await expect.poll(() => panelOf(dialog).getAttribute('data-issue-key'), { timeout: 10_000 }).toBe('ACME-14');
    await takeScreenshot(page, 'jira-board-modal-panel');

    await dialog.getByTestId(anchors.currentIssue).getByRole('link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/browse/ACME-14');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => panelOf(page).getAttribute('data-issue-key'), { timeout: 10_000 }).toBe('ACME-14');

    const startedAt = Date.now();
    await page.getByTestId(anchors.linkedItems).getByRole('link', { name: 'ACME-15' }).click();
    await expect.poll(() => panelOf(page).getAttribute('data-issue-key'), { timeout: 10_000 }).toBe('ACME-15');
    console.log(`panel followed /browse/ACME-14 → /browse/ACME-15 in ${Date.now() - startedAt} ms`);
    expect(await panelOf(page).count()).toBe(1);
    expect(await bannerOf(page).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });
});

describe('the health banner on boards and backlogs', () => {
  it('shows above company- and team-managed boards and their backlogs', async () => {
    const cases = [
      { path: paths.companyBoard, anchor: anchors.board, projectKey: 'ACME' },
      { path: `${paths.companyBoard}/backlog`, anchor: anchors.backlog, projectKey: 'ACME' },
      { path: paths.teamBoard, anchor: anchors.board, projectKey: 'TEAM' },
      { path: `${paths.teamBoard}/backlog`, anchor: anchors.backlog, projectKey: 'TEAM' },
    ];
    for (const { path, anchor, projectKey } of cases) {
      const page = await openJira(path);
      const banner = bannerOf(page);
      await banner.waitFor({ timeout: 10_000 });
      expect(await banner.getAttribute('data-project-key')).toBe(projectKey);
      // Mounted right before Jira's board or backlog root.
      const isJustBefore = await page.evaluate((testId) => {
        const root = document.querySelector(`[data-testid="${testId}"]`);
        return Boolean(root?.previousElementSibling?.shadowRoot?.querySelector('[data-testid="pmo-banner"]'));
      }, anchor);
      expect(isJustBefore).toBe(true);
      if (projectKey === 'ACME') {
        await banner.getByTestId('pmo-rag').waitFor();
        expect(await banner.getByTestId('pmo-top-risk').count()).toBeGreaterThanOrEqual(1);
        expect(await banner.getByTestId('pmo-next-milestone').textContent()).toBeTruthy();
        expect(await banner.getByTestId('pmo-open-workspace').isVisible()).toBe(true);
      } else {
        // TEAM is not mapped to a PMO project yet: the banner offers the mapping.
        await banner.getByTestId('pmo-project-map-select').waitFor();
      }
      await takeScreenshot(
        page,
        `jira-banner-${projectKey.toLowerCase()}-${path.endsWith('backlog') ? 'backlog' : 'board'}`,
      );
    }
  });
});

describe('when anchors are missing', () => {
  it('shows nothing on a page without an issue or a board', async () => {
    const page = await openJira('/jira/your-work');
    await page.locator('main h1').waitFor();
    await page.waitForTimeout(3_000);
    for (const testId of ['pmo-panel', 'pmo-banner', 'pmo-launcher'])
      expect(await page.getByTestId(testId).count()).toBe(0);
  });

  it('offers the floating launcher for an issue whose view has no anchors, and the panel explains a missing issue', async () => {
    // The page's own request for the missing issue fails too, and Chromium logs it: not ours to silence.
    const page = await openJira('/browse/ACME-999', { expectSilent: false });
    const launcher = page.getByTestId('pmo-launcher');
    await launcher.waitFor({ timeout: 10_000 });
    await launcher.click();
    const panel = panelOf(page);
    await expect.poll(() => panel.getAttribute('data-issue-key')).toBe('ACME-999');
    await expect.poll(() => panel.getByTestId('pmo-error').textContent(), { timeout: 10_000 }).toContain('ACME-999');
    await takeScreenshot(page, 'jira-launcher-missing-issue');
  });
});

describe('when Jira answers with an error', () => {
  const cases = [
    { status: 401, message: /sign(ed)? in/i },
    { status: 403, message: /403|access/i },
    { status: 429, message: /30 seconds/ },
    { status: 500, message: /500/ },
    { status: 404, message: /ACME-12/ },
  ] as const;

  for (const { status, message } of cases) {
    it(`explains a ${status} in the panel, leaves the page whole and its console clean`, async () => {
      jira.faults.set('issue', { status, retryAfterSeconds: 30 });
      const page = await openJira(paths.issue);
      const error = panelOf(page).getByTestId('pmo-error');
      await error.waitFor({ timeout: 10_000 });
      expect(await error.textContent()).toMatch(message);
      expect(await page.getByTestId(anchors.summary).textContent()).toBe('Keep the basket when the session expires');
      expect(await page.getByTestId(anchors.currentIssue).textContent()).toBe('ACME-12');
      await takeScreenshot(page, `jira-error-${status}`);
    });
  }

  it('explains an import that Jira rate-limits, and cancels one that hangs', async () => {
    const page = await openJira(paths.issue);
    const panel = panelOf(page);
    await panel.getByTestId('pmo-import-open').click();

    jira.faults.set('search', { status: 429, retryAfterSeconds: 30, times: 1 });
    await panel.getByTestId('pmo-import-start').click();
    const importError = panel.locator('[data-testid="pmo-import-error"], [data-testid="pmo-error"]');
    await expect.poll(() => importError.textContent(), { timeout: 10_000 }).toMatch(/30 seconds/);

    jira.faults.set('search', { hang: true });
    await panel.getByTestId('pmo-import-start').click();
    await panel.getByTestId('pmo-import-progress').waitFor();
    await panel.getByTestId('pmo-import-cancel').click();
    await expect.poll(() => panel.getByTestId('pmo-import-progress').getAttribute('data-step')).toBe('cancelled');
    expect(await page.getByTestId(anchors.summary).isVisible()).toBe(true);
  });
});
