import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type JiraFixture, jiraFixtureChromiumArgs, startJiraFixture } from '../fixtures/jira/server';
import { ExtensionBrowser } from './support/extension-browser';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import { takeScreenshot } from './support/screenshots';

// The fixture Jira on its own, in Chromium without the extension: the overlay's e2e tests are only as
// good as this stand-in, so it proves its pages, SPA navigation, REST shapes, pagination and faults.

const anchors = {
  summary: 'issue.views.issue-base.foundation.summary.heading',
  currentIssue: 'issue.views.issue-base.foundation.breadcrumbs.current-issue.item',
  status: 'issue-field-status.ui.status-view.status-button.status-button',
  board: 'platform-board-kit.ui.board.scroll.board-scroll',
  card: 'platform-board-kit.ui.card.card',
  cardKey: 'platform-card.common.ui.key.key',
  backlog: 'software-backlog.backlog-content.scrollable',
};

interface RestResult {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

let fixture: JiraFixture;
let browser: ExtensionBrowser;
let page: Page;
let errors: PageErrors;

/** Calls the fixture's REST API from the page, with the page's cookies, as a content script would. */
function callRest(path: string, init: { method?: string; body?: unknown; credentials?: RequestCredentials } = {}) {
  return page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(path, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        credentials: init.credentials ?? 'same-origin',
        headers: {
          accept: 'application/json',
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: Object.fromEntries(response.headers), text, json };
    },
    { path, init },
  ) as Promise<RestResult>;
}

async function openFixturePage(path: string): Promise<void> {
  await page.goto(`${fixture.origin}${path}`);
}

beforeAll(async () => {
  fixture = await startJiraFixture();
  browser = await ExtensionBrowser.launch({ extensionDir: null, extraArgs: jiraFixtureChromiumArgs });
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
});

beforeEach(() => {
  fixture.faults.clear();
});

describe('the fixture Jira serves pages shaped like Jira Cloud', () => {
  it('shows the issue view of ACME-12 at https://acme.atlassian.net with its anchors', async () => {
    await openFixturePage('/browse/ACME-12');
    expect(new URL(page.url()).hostname).toBe('acme.atlassian.net');
    await expect
      .poll(() => page.getByTestId(anchors.summary).textContent())
      .toBe('Keep the basket when the session expires');
    expect(await page.getByTestId(anchors.currentIssue).textContent()).toBe('ACME-12');
    expect(await page.getByTestId(anchors.status).textContent()).toBe('In Progress');
    expect(await page.title()).toBe('[ACME-12] Keep the basket when the session expires - Jira');
    expect(await page.evaluate(() => performance.getEntriesByName('anchor').length)).toBe(1);
    await takeScreenshot(page, 'jira-fixture-issue');
  });

  it('renders markup in a summary as text', async () => {
    await openFixturePage('/browse/ACME-13');
    await expect
      .poll(() => page.getByTestId(anchors.summary).textContent())
      .toBe('Show <b>bold</b> & "quoted" product names as typed');
    expect(await page.getByTestId(anchors.summary).locator('b').count()).toBe(0);
  });

  it('shows Jira’s not-found view, without issue anchors, for a missing issue', async () => {
    await openFixturePage('/browse/ACME-999');
    await expect.poll(() => page.locator('main').textContent()).toContain("We can't find that work item");
    expect(await page.getByTestId(anchors.summary).count()).toBe(0);
  });

  it('shows a company-managed board and a team-managed board with cards', async () => {
    await openFixturePage('/jira/software/c/projects/ACME/boards/1');
    await page.getByTestId(anchors.board).waitFor();
    expect(await page.getByTestId(anchors.card).count()).toBe(24);
    expect(await page.getByTestId(anchors.cardKey).first().textContent()).toBe('ACME-9');
    await takeScreenshot(page, 'jira-fixture-company-board');

    await openFixturePage('/jira/software/projects/TEAM/boards/7');
    await page.getByTestId(anchors.board).waitFor();
    expect(await page.getByTestId(anchors.cardKey).allTextContents()).toEqual(
      expect.arrayContaining(['TEAM-2', 'TEAM-3', 'TEAM-4', 'TEAM-5', 'TEAM-6']),
    );
  });

  it('shows the backlog of both board kinds', async () => {
    for (const path of [
      '/jira/software/c/projects/ACME/boards/1/backlog',
      '/jira/software/projects/TEAM/boards/7/backlog',
    ]) {
      await openFixturePage(path);
      await page.getByTestId(anchors.backlog).waitFor();
      expect(await page.getByTestId(anchors.board).count()).toBe(0);
    }
  });

  it('has no anchors on Your work, only decoy links with issue keys', async () => {
    await openFixturePage('/jira/your-work');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Your work');
    for (const testId of Object.values(anchors)) expect(await page.getByTestId(testId).count()).toBe(0);
    expect(await page.locator('main a[href="/browse/ACME-12"]').count()).toBe(1);
  });

  it('navigates board → issue modal → issue page with pushState, in one document', async () => {
    await openFixturePage('/jira/software/c/projects/ACME/boards/1');
    await page.getByTestId(anchors.board).waitFor();
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    await page.getByTestId(anchors.card).filter({ hasText: 'ACME-12' }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.getByTestId(anchors.summary).textContent())
      .toBe('Keep the basket when the session expires');
    expect(new URL(page.url()).search).toBe('?selectedIssue=ACME-12');
    expect(await dialog.getByTestId(anchors.status).count()).toBe(1);
    expect(await page.getByTestId(anchors.board).isVisible()).toBe(true);
    await takeScreenshot(page, 'jira-fixture-board-modal');

    await dialog.getByTestId(anchors.currentIssue).getByRole('link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/browse/ACME-12');
    await page.getByTestId(anchors.summary).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByTestId(anchors.board).count()).toBe(0);

    await page.goBack();
    await expect.poll(() => page.getByRole('dialog').getByTestId(anchors.summary).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });
});

describe('the fixture Jira answers REST in Jira Cloud’s shapes', () => {
  beforeAll(async () => {
    await openFixturePage('/jira/your-work');
  });

  it('paginates POST /rest/api/3/search/jql: 120 ACME issues over 3 pages with opaque tokens', async () => {
    fixture.requests.length = 0;
    const requestedFields = ['summary', 'duedate', 'issuetype', 'parent'];
    const keys: string[] = [];
    const pageSizes: number[] = [];
    let nextPageToken: string | undefined;
    let isLast = false;
    while (!isLast) {
      const answer = await callRest('/rest/api/3/search/jql', {
        body: { jql: 'project = ACME ORDER BY key ASC', fields: requestedFields, maxResults: 100, nextPageToken },
      });
      expect(answer.status).toBe(200);
      const body = answer.json as {
        issues: { key: string; fields: Record<string, unknown> }[];
        nextPageToken?: string;
        isLast: boolean;
      };
      keys.push(...body.issues.map((issue) => issue.key));
      pageSizes.push(body.issues.length);
      for (const issue of body.issues) {
        expect(Object.keys(issue.fields).every((name) => requestedFields.includes(name))).toBe(true);
      }
      ({ nextPageToken, isLast } = body);
      // Jira leaves the token out of the last page and makes it opaque on the others.
      expect('nextPageToken' in body).toBe(!isLast);
      if (!isLast) expect(nextPageToken).not.toMatch(/^\d+$/);
    }
    expect(pageSizes).toEqual([50, 50, 20]);
    expect(new Set(keys).size).toBe(120);
    const searches = fixture.requests.filter((request) => request.endpoint === 'search');
    expect(searches.map((request) => (request.body as { nextPageToken?: string }).nextPageToken === undefined)).toEqual(
      [true, false, false],
    );
    expect(searches.every((request) => request.hasSession && !request.fromPage)).toBe(true);
  });

  it('answers an issue with epics, parents, due dates, assignees and fix versions', async () => {
    const epic = await callRest('/rest/api/3/issue/ACME-1');
    expect(epic.json).toMatchObject({
      key: 'ACME-1',
      fields: { issuetype: { name: 'Epic', hierarchyLevel: 1 }, duedate: '2026-03-13', project: { key: 'ACME' } },
    });
    const story = await callRest('/rest/api/3/issue/ACME-12?fields=summary,assignee,parent,status');
    expect(story.json).toMatchObject({
      key: 'ACME-12',
      fields: {
        summary: 'Keep the basket when the session expires',
        assignee: { displayName: 'Priya Natarajan' },
        parent: { key: 'ACME-1', fields: { summary: 'Checkout redesign' } },
        status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
      },
    });
    expect(Object.keys((story.json as { fields: object }).fields).sort()).toEqual([
      'assignee',
      'parent',
      'status',
      'summary',
    ]);
    const search = await callRest('/rest/api/3/search/jql', {
      body: { jql: 'project = ACME', maxResults: 200, fields: ['*all'] },
    });
    const issues = (
      search.json as {
        issues: { fields: { fixVersions: unknown[]; assignee: unknown; issuetype: { name: string } } }[];
      }
    ).issues;
    expect(issues.filter((issue) => issue.fields.issuetype.name === 'Epic')).toHaveLength(8);
    expect(issues.some((issue) => issue.fields.fixVersions.length > 0)).toBe(true);
    expect(issues.some((issue) => issue.fields.assignee === null)).toBe(true);
  });

  it('answers myself, a project, and a missing issue with Jira’s 404 body', async () => {
    expect((await callRest('/rest/api/3/myself')).json).toMatchObject({
      displayName: 'Alex Morgan',
      accountType: 'atlassian',
    });
    expect((await callRest('/rest/api/3/project/TEAM')).json).toMatchObject({
      key: 'TEAM',
      simplified: true,
      style: 'next-gen',
    });
    const missing = await callRest('/rest/api/3/issue/ACME-999');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    });
  });

  it('sees a due date a test changed in the dataset', async () => {
    fixture.dataset.setDueDate('ACME-20', '2026-07-01');
    const answer = await callRest('/rest/api/3/issue/ACME-20?fields=duedate');
    expect((answer.json as { fields: { duedate: string } }).fields.duedate).toBe('2026-07-01');
  });

  it('refuses what Jira Cloud refuses: startAt, unbounded JQL, bad tokens, the removed /search, no session', async () => {
    expect((await callRest('/rest/api/3/search/jql', { body: { jql: 'project = ACME', startAt: 50 } })).status).toBe(
      400,
    );
    expect((await callRest('/rest/api/3/search/jql', { body: { jql: 'ORDER BY created' } })).json).toMatchObject({
      errorMessages: [expect.stringMatching(/Unbounded JQL/)],
    });
    expect((await callRest('/rest/api/3/search/jql', { body: { jql: 'project = NOPE' } })).json).toMatchObject({
      errorMessages: ["The value 'NOPE' does not exist for the field 'project'."],
    });
    const badToken = await callRest('/rest/api/3/search/jql', {
      body: { jql: 'project = ACME', nextPageToken: 'abc' },
    });
    expect(badToken.status).toBe(400);
    expect((await callRest('/rest/api/3/search', { body: { jql: 'project = ACME' } })).status).toBe(410);
    const anonymous = await callRest('/rest/api/3/myself', { credentials: 'omit' });
    expect(anonymous).toMatchObject({ status: 401, text: 'Client must be authenticated to access this resource.' });
    const defaultFields = await callRest('/rest/api/3/search/jql', { body: { jql: 'project = TEAM' } });
    expect((defaultFields.json as { issues: unknown[] }).issues[0]).toEqual({ id: '20001' });
  });
});

describe('the fixture Jira serves worklogs in Jira’s shape', () => {
  it('pages GET /rest/api/3/issue/{key}/worklog by startAt until total, several authors, and answers a 403 fault', async () => {
    await openFixturePage('/jira/your-work');
    const authors = new Set<string>();
    let startAt = 0;
    let total = Number.POSITIVE_INFINITY;
    const pages: number[] = [];
    while (startAt < total) {
      const answer = await callRest(`/rest/api/3/issue/TEAM-2/worklog?startAt=${startAt}&maxResults=1000`);
      expect(answer.status).toBe(200);
      const body = answer.json as {
        startAt: number;
        total: number;
        worklogs: {
          author: { displayName: string; emailAddress: string };
          timeSpentSeconds: number;
          started: string;
        }[];
      };
      expect(body.startAt).toBe(startAt);
      for (const worklog of body.worklogs) authors.add(worklog.author.displayName);
      pages.push(body.worklogs.length);
      total = body.total;
      startAt += body.worklogs.length;
    }
    expect(pages).toEqual([10, 10, 7]);
    expect([...authors].sort()).toEqual(['Aiko Tanaka', 'Léa Dubois']);
    fixture.faults.set('worklog', { status: 403, times: 1 });
    expect((await callRest('/rest/api/3/issue/TEAM-2/worklog')).status).toBe(403);
  });
});

describe('faults a test sets', () => {
  it('answers 401, 403, 429 with Retry-After and 500 with Jira’s bodies, then recovers', async () => {
    await openFixturePage('/jira/your-work');
    fixture.faults.set('issue', { status: 401, times: 1 });
    expect(await callRest('/rest/api/3/issue/ACME-12')).toMatchObject({ status: 401, json: undefined });
    fixture.faults.set('issue', { status: 403, times: 1 });
    expect((await callRest('/rest/api/3/issue/ACME-12')).json).toMatchObject({
      errorMessages: [expect.any(String)],
      errors: {},
    });
    fixture.faults.set('search', { status: 429, retryAfterSeconds: 7, times: 1 });
    const limited = await callRest('/rest/api/3/search/jql', { body: { jql: 'project = ACME' } });
    expect(limited).toMatchObject({ status: 429, headers: { 'retry-after': '7' } });
    fixture.faults.set('*', { status: 500, times: 1 });
    const failed = await callRest('/rest/api/3/myself');
    expect(failed.status).toBe(500);
    expect((failed.json as { errorMessages: string[] }).errorMessages[0]).toMatch(/Internal server error/);
    expect((await callRest('/rest/api/3/issue/ACME-12')).status).toBe(200);
  });

  it('hangs a request until the caller gives up', async () => {
    fixture.faults.set('issue', { hang: true });
    const outcome = await page.evaluate(async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      try {
        await fetch('/rest/api/3/issue/ACME-12', { signal: controller.signal });
        return 'answered';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('AbortError');
  });

  it('spares the page’s own calls, so the anchors stay while the extension sees the fault', async () => {
    fixture.faults.set('issue', { status: 500 });
    await openFixturePage('/browse/ACME-12');
    await page.getByTestId(anchors.summary).waitFor();
    expect((await callRest('/rest/api/3/issue/ACME-12')).status).toBe(500);
    const pageCalls = fixture.requests.filter((request) => request.endpoint === 'issue' && request.fromPage);
    expect(pageCalls.at(-1)?.status).toBe(200);
  });

  it('left no console error and no uncaught exception on the page through all of the above', () => {
    // Chromium logs each 4xx/5xx answer as "Failed to load resource"; the ones here are the calls this
    // test made on purpose. Anything else would come from the page's own script.
    const isNetworkLine = (line: string) =>
      /^console\.error at https:\/\/[^ ]+\/rest\/[^ ]*: Failed to load resource/.test(line);
    expect(errors.list.filter((line) => !isNetworkLine(line))).toEqual([]);
    expect(errors.list.filter(isNetworkLine).length).toBeGreaterThan(0);
  });
});
