import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { workspaceTabs } from '../../extension/messaging/workspace-route';
import { hostileQuote } from '../fixtures/article/article';
import { type JiraFixture, jiraFixtureChromiumArgs, startJiraFixture } from '../fixtures/jira/server';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import {
  bandOn5x5,
  buildWorkspaceDemo,
  catchWorkspaceTab,
  currentRatingOf,
  dayFromToday,
  formatReportDay,
  joinAs,
  openWorkspace,
  readClipboard,
  readPwned,
  type SeededRisk,
  seededRisk,
  type WorkspaceDemo,
} from './support/workspace-app';
import {
  pushToWorker,
  type SyncedRecord,
  type WorkerWorkspace,
  waitForWorkerRecords,
  workerRecordsOf,
} from './support/workspace-records';

// The PM's workspace app (issue 14), end to end in the production build: a PM runs the demo project
// of scripts/demo-seed.mjs beside the fixture Jira against a real `wrangler dev`, and a second
// browser profile joined as PMO reads the report the PM submitted.

let worker: LocalWorker;
let jira: JiraFixture;
let owner: Session;
/** The PM's browser (the Jira fixture's names resolve to it). */
let pm: ExtensionBrowser;
/** A second profile, joined with role `pmo`. */
let pmo: ExtensionBrowser;
let pmId: string;
let demo: WorkspaceDemo;
/** The workspace app tab the PM works in after opening it from Jira. */
let app: Page;
const pmName = 'Alex Morgan';

const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });
const workerRecord = async (entity: string, id: string) =>
  (await workerRecordsOf(ownerWorkspace(), entity)).find((record) => record.id === id);
/** Waits until the Worker holds `entity` `id` matching `isDone`; answers it. */
async function waitForWorkerRecord(
  entity: string,
  id: string,
  isDone: (record: SyncedRecord) => boolean,
): Promise<SyncedRecord> {
  const records = await waitForWorkerRecords(ownerWorkspace(), entity, (all) =>
    all.some((record) => record.id === id && isDone(record)),
  );
  return records.find((record) => record.id === id) as SyncedRecord;
}

const registerRow = (page: Page, riskId: string) => page.locator(`[data-testid="risk-row"][data-risk-id="${riskId}"]`);
const listedRiskIds = (page: Page) =>
  page.getByTestId('risk-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-risk-id')));
const hashOf = (page: Page) => new URL(page.url()).hash;
/** Pages a test opens for a look (popups, Jira, the PMO's view), closed after it even when it fails. */
const openedPages: Page[] = [];
const track = (page: Page): Page => {
  openedPages.push(page);
  return page;
};
/** A fixture page whose origin may read the clipboard (an extension page may not): see readClipboard. */
const clipboardReaderUrl = () => `${jira.origin}/jira/your-work`;

/** Opens a risk of the register in its editor, as a click on its title does. */
async function openRiskFromRegister(page: Page, risk: SeededRisk): Promise<void> {
  await registerRow(page, risk.id).getByTestId('risk-row-title').click();
  await expect.poll(() => page.getByTestId('risk-editor-title').textContent()).toBe(risk.title);
  expect(hashOf(page)).toBe(`#/projects/${demo.projectId}/risks/${risk.id}`);
}

beforeAll(async () => {
  [worker, jira] = await Promise.all([LocalWorker.start(), startJiraFixture()]);
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  [pm, pmo] = await Promise.all([
    ExtensionBrowser.launch({ extraArgs: jiraFixtureChromiumArgs }),
    ExtensionBrowser.launch(),
  ]);
});

afterEach(async () => {
  await Promise.all(openedPages.splice(0).map((page) => page.close()));
});

afterAll(async () => {
  await Promise.all([pm?.close(), pmo?.close()]);
  await jira?.close();
  await worker?.stop();
});

describe('the workspace app, as a PM (Acceptance 1)', () => {
  it('starts from a PM and a PMO joined in their options pages, and the demo project the PM manages', async () => {
    [pmId] = await Promise.all([
      joinAs(worker, owner, pm, { role: 'pm', name: pmName, email: 'alex.morgan@acme.example' }),
      joinAs(worker, owner, pmo, { role: 'pmo', name: 'Priya PMO', email: 'priya.pmo@acme.example' }),
    ]);
    demo = buildWorkspaceDemo({ manager: { id: pmId, name: pmName }, jiraIssueUrl: `${jira.origin}/browse/ACME-12` });
    const results = await pushToWorker(ownerWorkspace(), demo.mutations);
    expect(results.filter((result) => result.status !== 'applied')).toEqual([]);
  });

  it('opens from the popup: "Open workspace" lands on the project overview, a risk title on its editor', async () => {
    const popup = track(await pm.openPage('popup.html'));
    await expect.poll(() => popup.getByTestId('risk-item').count(), { timeout: 20_000 }).toBe(demo.risks.length);
    const overview = track(await catchWorkspaceTab(pm, () => popup.getByTestId('open-workspace').click()));
    expect(overview.url()).toBe(
      `chrome-extension://${pm.extensionId}/workspace.html#/projects/${demo.projectId}/overview`,
    );
    await expect.poll(() => overview.getByTestId('fact-code').textContent()).toBe(demo.code);
    expect(await overview.getByTestId('fact-name').textContent()).toBe(demo.name);
    expect(await overview.getByTestId('tab-overview').getAttribute('aria-selected')).toBe('true');
    expect(await overview.locator('#tab-panel').getAttribute('data-tab')).toBe('overview');
    await overview.close();

    const risk = seededRisk(demo, 'Two senior developers leave for the summer');
    const again = track(await pm.openPage('popup.html'));
    const item = again.locator(`[data-testid="risk-item"][data-risk-id="${risk.id}"]`);
    const opened = track(await catchWorkspaceTab(pm, () => item.getByTestId('risk-open').click()));
    expect(hashOf(opened)).toBe(`#/projects/${demo.projectId}/risks/${risk.id}`);
    await expect.poll(() => opened.getByTestId('risk-editor-title').textContent()).toBe(risk.title);
    expect(await opened.getByTestId('risk-title').inputValue()).toBe(risk.title);
    await opened.close();
  });

  it('fits a 360 px side panel: no tab pushes the panel sideways, and the tools wrap under the title', async () => {
    const panel = track(await pm.openPage(`sidepanel.html#/projects/${demo.projectId}/overview`));
    await panel.setViewportSize({ width: 360, height: 720 });
    await expect.poll(() => panel.getByTestId('fact-code').textContent()).toBe(demo.code);
    // The side panel offers the full tab; the tab does not offer itself.
    expect(await panel.getByTestId('open-in-tab').getAttribute('href')).toMatch(
      new RegExp(`/workspace\\.html#/projects/${demo.projectId}/overview$`),
    );
    for (const tab of workspaceTabs) {
      await panel.getByTestId(`tab-${tab}`).click();
      await expect.poll(() => panel.locator('#tab-panel').getAttribute('data-tab')).toBe(tab);
      const widths = await panel.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
      }));
      expect(widths.page, `the ${tab} tab is ${widths.page} px wide in a ${widths.view} px panel`).toBeLessThanOrEqual(
        widths.view,
      );
    }
  });

  it('opens from the Jira issue panel: the risk raised from ACME-12 opens in its editor; the PM rates it 3 × 4 residual', async () => {
    const issue = track(await pm.context.newPage());
    await issue.goto(`${jira.origin}/browse/ACME-12`);
    const linked = issue.getByTestId('pmo-linked-risk');
    await expect.poll(() => linked.count(), { timeout: 15_000 }).toBe(1);
    expect(await linked.locator('.score-chip').textContent()).toBe('25');
    expect(await linked.locator('.score-chip').getAttribute('data-band')).toBe('critical');
    app = await catchWorkspaceTab(pm, () => linked.getByTestId('pmo-open-risk').click());
    await issue.close();

    expect(hashOf(app)).toBe(`#/projects/${demo.projectId}/risks/${demo.jiraRisk.id}`);
    await expect.poll(() => app.getByTestId('risk-editor-title').textContent()).toBe(demo.jiraRisk.title);
    expect(await app.getByTestId('workspace-project').inputValue()).toBe(demo.projectId);
    expect(await app.getByTestId('risk-editor-score').textContent()).toBe('25');

    await app.getByTestId('risk-assess-residual').click();
    await app.getByTestId('risk-residual-probability-3').click();
    await app.getByTestId('risk-residual-impact-4').click();
    expect(await app.getByTestId('risk-residual-score').textContent()).toBe('12');
    expect(await app.getByTestId('risk-residual-score').getAttribute('data-band')).toBe('high');
    await app.getByTestId('risk-save').click();
    await expect.poll(() => app.getByTestId('risk-editor-state').textContent()).toBe('Saved.');
    await expect.poll(() => app.getByTestId('risk-editor-score').textContent()).toBe('12');

    const onWorker = await waitForWorkerRecord('risk', demo.jiraRisk.id, (risk) => risk.residualImpact === 4);
    expect(onWorker).toMatchObject({ probability: 5, impact: 5, residualProbability: 3, residualImpact: 4 });
    demo.jiraRisk.residualProbability = 3;
    demo.jiraRisk.residualImpact = 4;
    await app.getByTestId('risk-editor-close').click();
    expect(hashOf(app)).toBe(`#/projects/${demo.projectId}/risks`);
  });

  it('shows the same score and band for that risk in the register, the popup and the Jira panel', async () => {
    const row = registerRow(app, demo.jiraRisk.id);
    expect(await row.getByTestId('risk-row-score').textContent()).toBe('12');
    expect(await row.getByTestId('risk-row-score').getAttribute('data-band')).toBe('high');
    expect(await row.getByTestId('risk-row-rating').textContent()).toBe('P3 × I4');

    const popup = track(await pm.openPage('popup.html'));
    const item = popup.locator(`[data-testid="risk-item"][data-risk-id="${demo.jiraRisk.id}"]`);
    await expect.poll(() => item.getByTestId('risk-score').textContent()).toBe('12');
    expect(await item.getByTestId('risk-score').getAttribute('data-band')).toBe('high');
    await popup.close();

    const issue = track(await pm.context.newPage());
    await issue.goto(`${jira.origin}/browse/ACME-12`);
    const chip = issue.getByTestId('pmo-linked-risk').locator('.score-chip');
    await expect.poll(() => chip.textContent(), { timeout: 15_000 }).toBe('12');
    expect(await chip.getAttribute('data-band')).toBe('high');
    await issue.close();
  });

  it('filters the register to exactly the risks of a heat-map cell, and back', async () => {
    const isOpen = (risk: SeededRisk) => risk.status === 'open' || risk.status === 'mitigating';
    const inCell = (probability: number, impact: number) =>
      demo.risks
        .filter((risk) => isOpen(risk))
        .filter((risk) => {
          const rating = currentRatingOf(risk);
          return rating.probability === probability && rating.impact === impact;
        })
        .map((risk) => risk.id)
        .sort();
    // From the seed: the supplier risk (residual 3 × 4), the migration risk (3 × 4) and the Jira one just rated.
    const expected = inCell(3, 4);
    expect(expected).toEqual(
      [
        demo.jiraRisk.id,
        seededRisk(demo, 'Key supplier may miss the hardware delivery date').id,
        seededRisk(demo, 'Data migration scripts untested on production volumes').id,
      ].sort(),
    );
    expect(await app.getByTestId('risk-row').count()).toBe(demo.risks.length);

    const cell = app.getByTestId('risks-heat-cell-3-4');
    expect(await cell.getAttribute('data-count')).toBe(String(expected.length));
    expect(await cell.getAttribute('data-band')).toBe('high');
    await cell.click();
    await expect.poll(async () => (await listedRiskIds(app)).sort()).toEqual(expected);
    expect(await cell.getAttribute('aria-pressed')).toBe('true');

    const lonely = app.getByTestId('risks-heat-cell-4-3');
    expect(await lonely.getAttribute('data-count')).toBe('1');
    await lonely.click();
    await expect.poll(() => listedRiskIds(app)).toEqual(inCell(4, 3));
    expect(inCell(4, 3)).toEqual([seededRisk(demo, 'Call-centre staff not trained in time').id]);
    await lonely.click();
    await expect.poll(() => app.getByTestId('risk-row').count()).toBe(demo.risks.length);
  });

  it('escalates a risk: to whom and why reach the Worker, stamped with the time', async () => {
    const risk = seededRisk(demo, 'Data migration scripts untested on production volumes');
    await openRiskFromRegister(app, risk);
    const before = Date.now();
    await app.getByTestId('risk-escalate').click();
    await app.getByTestId('risk-escalate-to').fill('Programme board');
    await app.getByTestId('risk-escalate-reason').fill('A failed cut-over would stop billing for every customer.');
    await app.getByTestId('risk-escalate-confirm').click();
    await expect.poll(() => app.getByTestId('risk-editor-state').textContent()).toBe('Escalated to Programme board.');

    const onWorker = await waitForWorkerRecord('risk', risk.id, (record) => record.escalatedAt !== undefined);
    expect(onWorker).toMatchObject({
      escalatedTo: 'Programme board',
      escalationReason: 'A failed cut-over would stop billing for every customer.',
      status: 'open',
    });
    const stamped = Date.parse(onWorker.escalatedAt as string);
    expect(stamped).toBeGreaterThanOrEqual(before - 5_000);
    expect(stamped).toBeLessThanOrEqual(Date.now() + 5_000);
    await app.getByTestId('risk-editor-close').click();
    await expect.poll(() => registerRow(app, risk.id).locator('.risks-tag').first().textContent()).toBe('Escalated');
  });

  it('marks a risk occurred: the linked issue opens in RAID, and the Worker holds both', async () => {
    const risk = seededRisk(demo, 'Call-centre staff not trained in time');
    await openRiskFromRegister(app, risk);
    await app.getByTestId('risk-occurred').click();
    await app.getByTestId('risk-occurred-confirm').click();

    const issuePath = new RegExp(`^#/projects/${demo.projectId}/raid/([0-9a-f-]{36})$`);
    await expect.poll(() => hashOf(app)).toMatch(issuePath);
    const issueId = issuePath.exec(hashOf(app))?.[1] as string;
    const editor = app.getByTestId('issue-editor');
    await editor.waitFor();
    expect(await editor.getByTestId('raid-editor-title').textContent()).toBe(risk.title);
    expect(await editor.getByTestId(`from-risk-${risk.id}`).textContent()).toBe(risk.title);
    expect(await app.getByTestId('raid-tab-issues').getAttribute('aria-pressed')).toBe('true');

    const occurred = await waitForWorkerRecord('risk', risk.id, (record) => record.status === 'occurred');
    expect(occurred.issueId).toBe(issueId);
    const issue = await waitForWorkerRecord('issue', issueId, () => true);
    expect(issue).toMatchObject({ riskId: risk.id, projectId: demo.projectId, title: risk.title, status: 'open' });
    risk.status = 'occurred';
    await editor.getByTestId('raid-editor-close').click();
    await expect.poll(() => app.getByTestId('raid-drawer').count()).toBe(0);
  });

  it('closes an action with "Mark done" in the RAID tab', async () => {
    const action = demo.actions.find((candidate) => candidate.title === 'Restore the nightly test data refresh');
    if (!action) throw new Error('The demo has no such action');
    expect(action.done).toBe(false);
    await app.getByTestId('raid-tab-actions').click();
    const row = app.getByTestId(`action-row-${action.id}`);
    expect(await row.getAttribute('data-overdue')).toBe('true');
    await row.getByTestId(`action-done-${action.id}`).click();
    await expect
      .poll(() => app.getByTestId('raid-notice').textContent())
      .toContain('“Restore the nightly test data refresh” is done.');
    const onWorker = await waitForWorkerRecord('action', action.id, (record) => record.done === true);
    expect(onWorker.title).toBe(action.title);
    // The list shows open actions: the done one has left it.
    await expect.poll(() => row.count()).toBe(0);
  });

  const reason = 'Design system two weeks late; billing pilot unaffected';
  const summary = 'Design system late by two weeks; billing pilot still on track for its date.';
  const achievements = 'Payment page integrated in test; call-centre training plan agreed.';
  let reportId: string;

  it('writes the weekly status: suggested amber, a green choice earns the watermelon, amber with a reason is submitted and read-only', async () => {
    await app.getByTestId('tab-status').click();
    await app.getByTestId('new-report').click();
    const reportPath = new RegExp(`^#/projects/${demo.projectId}/status/([0-9a-f-]{36})$`);
    await expect.poll(() => hashOf(app)).toMatch(reportPath);
    reportId = reportPath.exec(hashOf(app))?.[1] as string;
    const schedule = app.getByTestId('light-schedule');
    await schedule.waitFor();
    expect(await schedule.getAttribute('data-suggested')).toBe('amber');
    expect(await schedule.getAttribute('data-chosen')).toBe('amber');
    expect(await app.getByTestId('light-reason-schedule').textContent()).toBe(
      'A mandatory milestone has slipped 10 working days, beyond the green tolerance of 5.',
    );
    expect(await app.getByTestId('watermelon-finding').count()).toBe(0);

    await app.getByTestId('light-schedule-green').click();
    const finding = app.getByTestId('watermelon-finding');
    await finding.waitFor();
    expect(await app.getByTestId('watermelon-message').textContent()).toBe(
      `This report says green, but mandatory milestones are overdue (1: “${demo.lateMilestoneTitle}”).`,
    );
    expect(await app.getByTestId('watermelon-coaching').textContent()).toBe(
      'What to do: A “watermelon” is green outside and red inside: the sponsor learns of trouble too late to act. Compare your choice with the suggested status and either change the light or explain in the report why the data misleads.',
    );
    expect(await schedule.getAttribute('data-chosen')).toBe('green');

    await app.getByTestId('light-schedule-reason').fill(reason);
    await app.getByTestId('light-schedule-amber').click();
    await expect.poll(() => finding.count()).toBe(0);
    expect(await schedule.getAttribute('data-chosen')).toBe('amber');
    expect(await app.getByTestId('light-schedule-reason').inputValue()).toBe(reason);
    await app.getByTestId('status-summary').fill(summary);
    await app.getByTestId('status-achievements').fill(achievements);
    await expect.poll(() => app.getByTestId('save-state').textContent()).toBe('All changes saved');

    await app.getByTestId('submit-report').click();
    await app.getByTestId('submit-dialog-confirm').click();
    const report = app.getByTestId('status-report');
    await expect.poll(() => report.getAttribute('data-state')).toBe('submitted');
    expect(await app.getByTestId('report-state').textContent()).toBe('Submitted');
    expect(await app.getByTestId('report-light-schedule').getAttribute('data-chosen')).toBe('amber');
    expect(await app.getByTestId('report-summary').textContent()).toBe(summary);
    // Read-only: nothing left to type in or choose in the report.
    expect(await app.locator('.status-tab__main').locator('input, textarea, select, [contenteditable]').count()).toBe(
      0,
    );
    expect(await app.getByTestId('submit-report').count()).toBe(0);

    const onWorker = await waitForWorkerRecord('statusReport', reportId, (record) => record.state === 'submitted');
    expect(onWorker).toMatchObject({
      projectId: demo.projectId,
      summary,
      achievements,
      submittedBy: pmId,
      dimensions: { schedule: { chosen: 'amber', suggested: 'amber', reason } },
    });
  });

  it('copies the submitted report as Markdown: the asserted text', async () => {
    const report = (await workerRecord('statusReport', reportId)) as SyncedRecord;
    const risks = await workerRecordsOf(ownerWorkspace(), 'risk');
    await app.bringToFront();
    await app.getByTestId('copy-markdown').click();
    await expect.poll(() => app.getByTestId('copy-notice').textContent()).toBe('Report copied as Markdown.');
    const markdown = (await readClipboard(pm, clipboardReaderUrl())).text;
    const lines = markdown.split('\n');

    const day = (iso: string) => formatReportDay(iso, 'en');
    const keyRiskLines = (report.keyRiskIds as string[]).map((id) => {
      const risk = risks.find((candidate) => candidate.id === id) as SyncedRecord;
      const rating = currentRatingOf(risk as unknown as SeededRisk);
      const score = rating.probability * rating.impact;
      return `- ${risk.title}: score ${score} (${bandOn5x5(score)}), owner ${(risk.owner as { name: string }).name}`;
    });
    // The Jira risk (12 now) is among the key risks, with the score every screen shows.
    expect(keyRiskLines).toContain(`- ${demo.jiraRisk.title}: score 12 (high), owner Élodie Marchand`);
    const issues = await workerRecordsOf(ownerWorkspace(), 'issue');
    const keyIssueLines = (report.keyIssueIds as string[]).map((id) => {
      const issue = issues.find((candidate) => candidate.id === id) as SyncedRecord;
      return `- ${issue.title}: ${issue.priority} priority, ${issue.status}`;
    });
    // The pressing open issues: the demo's, and the one the occurred risk became (priority from its score 12).
    expect(keyIssueLines.sort()).toEqual(
      [
        '- Call-centre staff not trained in time: high priority, open',
        '- Test environment down twice this week: high priority, open',
      ].sort(),
    );
    for (const line of [
      `# Status report: ${demo.code} – ${demo.name}`,
      `**Period:** ${day(report.periodStart as string)} to ${day(report.periodEnd as string)}\\`,
      `**Submitted:** ${day(report.submittedAt as string)} by ${pmName}`,
      '| Dimension | Reported | Suggested by the data | Reason |',
      '| --- | --- | --- | --- |',
      `| Schedule | 🟠 Amber | 🟠 Amber | ${reason} (data: A mandatory milestone has slipped 10 working days, beyond the green tolerance of 5.) |`,
      summary,
      achievements,
      ...keyRiskLines,
      ...keyIssueLines,
      '| Milestone | Forecast |',
      `| ${demo.lateMilestoneTitle} | ${day(dayFromToday(-14))} |`,
    ]) {
      expect(lines).toContain(line);
    }
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      `# Status report: ${demo.code} – ${demo.name}`,
      '## Summary',
      '## Achievements this period',
      '## Key risks',
      '## Key issues',
      '## Milestone forecasts',
    ]);
    expect(lines.find((line) => line.startsWith('| Overall |'))).toMatch(/^\| Overall \| 🟠 Amber \| 🟠 Amber \| /);
  });

  it('a second profile, joined as PMO, sees the submitted report after sync', async () => {
    const page = track(await openWorkspace(pmo, { projectId: demo.projectId, tab: 'status' }));
    const item = page.locator('[data-testid="history-item"]', {
      has: page.locator(`a[href$="/status/${reportId}"]`),
    });
    await expect.poll(() => item.getAttribute('data-state'), { timeout: 20_000 }).toBe('submitted');
    // The newest report opens first: the one just submitted, read-only for the PMO too.
    await expect.poll(() => page.getByTestId('report-summary').textContent()).toBe(summary);
    expect(await page.getByTestId('report-state').textContent()).toBe('Submitted');
    expect(await page.getByTestId('report-byline').textContent()).toContain(`Submitted by ${pmName}`);
    expect(await page.getByTestId('report-light-schedule').getAttribute('data-chosen')).toBe('amber');
    expect(await page.getByTestId('report-light-schedule').textContent()).toContain(reason);
    await page.close();
  });
});

describe('hostile text in every field (Acceptance 4)', () => {
  const projectId = crypto.randomUUID();
  const ids = {
    risk: crypto.randomUUID(),
    issue: crypto.randomUUID(),
    action: crypto.randomUUID(),
    decision: crypto.randomUUID(),
    milestone: crypto.randomUUID(),
    report: crypto.randomUUID(),
  };
  /** `hostileQuote` as CommonMark text: every `<`, `>` and `_` backslash-escaped (shared/reports/text-escaping.ts). */
  const hostileMarkdown = hostileQuote.replace(/[\\`*_[\]<>|~&]/g, '\\$&');
  /** `hostileQuote` as HTML text, as the clipboard hands it back (quotes need no escaping in text). */
  const hostileHtml = hostileQuote.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let page: Page;

  /** No element the string could have made, anywhere in the page, and it never ran. */
  async function expectNothingRan(where: Page): Promise<void> {
    expect(await where.locator('img').count()).toBe(0);
    expect(await where.evaluate(() => [...document.scripts].filter((script) => !script.src).length)).toBe(0);
    expect(await readPwned(where)).toBeUndefined();
  }

  beforeAll(async () => {
    const person = { name: hostileQuote };
    const results = await pushToWorker(ownerWorkspace(), [
      {
        name: 'project.create',
        args: {
          id: projectId,
          code: 'XSS',
          name: hostileQuote,
          state: 'active',
          description: hostileQuote,
          sponsor: person,
          managerId: pmId,
          managerName: pmName,
        },
      },
      {
        name: 'milestone.create',
        args: {
          id: ids.milestone,
          projectId,
          title: hostileQuote,
          baselineDate: dayFromToday(30),
          forecastDate: dayFromToday(30),
          mandatory: true,
        },
      },
      {
        name: 'risk.create',
        args: {
          id: ids.risk,
          projectId,
          title: hostileQuote,
          cause: hostileQuote,
          event: hostileQuote,
          effect: hostileQuote,
          description: hostileQuote,
          category: hostileQuote,
          responseActions: hostileQuote,
          triggers: hostileQuote,
          contingencyPlan: hostileQuote,
          owner: person,
          probability: 4,
          impact: 4,
          reviewDate: dayFromToday(7),
        },
      },
      {
        name: 'issue.create',
        args: {
          id: ids.issue,
          projectId,
          title: hostileQuote,
          description: hostileQuote,
          resolution: hostileQuote,
          type: 'problem',
          priority: 'high',
          severity: 4,
          owner: person,
          dueDate: dayFromToday(3),
        },
      },
      {
        name: 'decision.create',
        args: {
          id: ids.decision,
          projectId,
          statement: hostileQuote,
          rationale: hostileQuote,
          decidedBy: hostileQuote,
          decidedOn: dayFromToday(-1),
          links: [{ entity: 'risk', id: ids.risk }],
        },
      },
      {
        name: 'action.create',
        args: {
          id: ids.action,
          projectId,
          title: hostileQuote,
          owner: person,
          dueDate: dayFromToday(5),
          done: false,
          link: { entity: 'issue', id: ids.issue },
        },
      },
      {
        name: 'statusReport.create',
        args: {
          id: ids.report,
          projectId,
          periodStart: dayFromToday(-13),
          periodEnd: dayFromToday(0),
          overall: { chosen: 'amber', reason: hostileQuote, suggestedReason: hostileQuote },
          dimensions: { schedule: { chosen: 'green', reason: hostileQuote } },
          summary: hostileQuote,
          achievements: hostileQuote,
          nextPeriod: hostileQuote,
          escalations: hostileQuote,
          keyRiskIds: [ids.risk],
          keyIssueIds: [ids.issue],
          milestoneForecasts: [{ milestoneId: ids.milestone, forecastDate: dayFromToday(30) }],
        },
      },
      { name: 'status.submit', args: { id: ids.report } },
    ]);
    expect(results.filter((result) => result.status !== 'applied')).toEqual([]);
    page = await openWorkspace(pm, { projectId, tab: 'risks' });
  });

  it('renders it as text in the register, the heat-map tooltip and the risk editor', async () => {
    const row = registerRow(page, ids.risk);
    await expect.poll(() => row.getByTestId('risk-row-title').textContent(), { timeout: 15_000 }).toBe(hostileQuote);
    expect(await row.textContent()).toContain(`${hostileQuote}`);
    expect(await row.locator('td').nth(3).textContent()).toBe(hostileQuote);
    const tooltip = await page.getByTestId('risks-heat-cell-4-4').locator('title').textContent();
    expect(tooltip?.split('\n')).toEqual([expect.stringMatching(/^Probability 4 .* 1 risk$/), `• ${hostileQuote}`]);
    expect(await page.getByTestId('workspace-project').locator(`option[value="${projectId}"]`).textContent()).toBe(
      `XSS · ${hostileQuote}`,
    );
    await expectNothingRan(page);

    await row.getByTestId('risk-row-title').click();
    await expect.poll(() => page.getByTestId('risk-editor-title').textContent()).toBe(hostileQuote);
    expect(await page.getByTestId('risk-statement-hint').textContent()).toBe(
      `Because of ${hostileQuote}, ${hostileQuote} may happen, leading to ${hostileQuote}.`,
    );
    for (const field of ['cause', 'event', 'effect', 'description', 'owner', 'responseActions', 'triggers']) {
      expect(await page.getByTestId(`risk-${field}`).inputValue(), field).toBe(hostileQuote);
    }
    await page.getByTestId('risk-editor-close').click();
    await expectNothingRan(page);
  });

  it('renders it as text in the overview and the RAID lists', async () => {
    await page.getByTestId('tab-overview').click();
    await expect.poll(() => page.getByTestId('fact-name').textContent()).toBe(hostileQuote);
    expect(await page.getByTestId('fact-sponsor').textContent()).toBe(hostileQuote);
    await page.getByTestId('tab-raid').click();
    const issueRow = page.getByTestId(`issue-row-${ids.issue}`);
    await expect.poll(() => issueRow.locator('th a').textContent()).toBe(hostileQuote);
    expect(await issueRow.locator('td').nth(3).textContent()).toBe(hostileQuote);
    await page.getByTestId('raid-tab-decisions').click();
    const decisionRow = page.getByTestId(`decision-row-${ids.decision}`);
    expect(await decisionRow.locator('th a').textContent()).toBe(hostileQuote);
    expect(await decisionRow.locator('td').nth(1).textContent()).toBe(hostileQuote);
    expect(await decisionRow.locator('td').nth(2).textContent()).toBe(`Risk ${hostileQuote}`);
    await page.getByTestId('raid-tab-actions').click();
    const actionRow = page.getByTestId(`action-row-${ids.action}`);
    expect(await actionRow.locator('th a').textContent()).toBe(hostileQuote);
    expect(await actionRow.locator('td').first().textContent()).toBe(hostileQuote);
    expect(await actionRow.locator('td').nth(2).textContent()).toContain(hostileQuote);
    await expectNothingRan(page);
  });

  it("renders it as text in the popup and in the PMO profile's copy of the report", async () => {
    const popup = track(await pm.openPage('popup.html'));
    await popup.getByTestId('project-select').selectOption(projectId);
    const item = popup.locator(`[data-testid="risk-item"][data-risk-id="${ids.risk}"]`);
    await expect.poll(() => item.getByTestId('risk-open').textContent()).toBe(hostileQuote);
    expect(await item.getByTestId('risk-owner').textContent()).toBe(hostileQuote);
    await expectNothingRan(popup);
    await popup.close();

    const pmoPage = track(await openWorkspace(pmo, { projectId, tab: 'status' }));
    await expect
      .poll(() => pmoPage.getByTestId('report-summary').textContent(), { timeout: 20_000 })
      .toBe(hostileQuote);
    expect(await pmoPage.getByTestId('report-key-risks').locator('a').textContent()).toBe(hostileQuote);
    await expectNothingRan(pmoPage);
    await pmoPage.close();
  });

  it('renders it as text in the status report and escapes it in the Markdown and HTML copies', async () => {
    await page.getByTestId('tab-status').click();
    const report = page.getByTestId('status-report');
    await expect.poll(() => report.getAttribute('data-state')).toBe('submitted');
    for (const field of ['summary', 'achievements', 'nextPeriod', 'escalations']) {
      expect(await page.getByTestId(`report-${field}`).textContent(), field).toBe(hostileQuote);
    }
    expect(await page.getByTestId('report-light-overall').textContent()).toContain(hostileQuote);
    expect(await page.getByTestId('report-key-risks').locator('a').textContent()).toBe(hostileQuote);
    expect(await page.getByTestId('report-key-issues').locator('a').textContent()).toBe(hostileQuote);
    expect(await page.getByTestId('report-milestone-forecasts').textContent()).toContain(hostileQuote);
    await expectNothingRan(page);

    await page.bringToFront();
    await page.getByTestId('copy-markdown').click();
    await expect.poll(() => page.getByTestId('copy-notice').textContent()).toBe('Report copied as Markdown.');
    const markdown = (await readClipboard(pm, clipboardReaderUrl())).text;
    expect(markdown.split('\n')[0]).toBe(`# Status report: XSS – ${hostileMarkdown}`);
    expect(markdown).toContain(`## Summary\n\n${hostileMarkdown}\n`);
    expect(markdown).toContain(`- ${hostileMarkdown}: score 16 (critical), owner ${hostileMarkdown}`);
    expect(markdown).not.toMatch(/(?<!\\)<(img|script)/);

    await page.bringToFront();
    await page.getByTestId('copy-html').click();
    await expect
      .poll(() => page.getByTestId('copy-notice').textContent())
      .toBe('Report copied with its formatting, ready to paste into an email or Confluence.');
    const { html, text } = await readClipboard(pm, clipboardReaderUrl());
    // Rich text goes with the Markdown as its plain-text twin (copy-report.ts).
    expect(text).toBe(markdown);
    expect(html).toContain(`<h1>Status report: XSS – ${hostileHtml}</h1>`);
    expect(html).toContain(`<h2>Summary</h2>\n<p>${hostileHtml}</p>`);
    expect(html).toContain(
      '&lt;img src=x onerror="window.__pwned=1"&gt; and &lt;script&gt;window.__pwned=2&lt;/script&gt;',
    );
    expect(html).not.toMatch(/<img|<script/);
    // Parsed as a page would parse it, the copy makes no element of the string.
    const parsed = await page.evaluate((fragment) => {
      const template = document.createElement('template');
      template.innerHTML = fragment ?? '';
      return { images: template.content.querySelectorAll('img, script').length, text: template.content.textContent };
    }, html);
    expect(parsed.images).toBe(0);
    expect(parsed.text).toContain(hostileQuote);
    await expectNothingRan(page);
  });
});
