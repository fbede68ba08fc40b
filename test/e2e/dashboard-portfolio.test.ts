import { readFileSync } from 'node:fs';
import { parse } from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioRollUp } from '../../shared/analytics/portfolio/roll-up-portfolio';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import {
  openDashboard,
  readGridCodes,
  readPortfolioReport,
  type SeededPortfolio,
  seededProject,
  seedPortfolio,
} from './support/portfolio-seed';
import { joinAs, openWorkspace } from './support/workspace-app';
import { workerRecordsOf } from './support/workspace-records';

// Issue 17, Acceptance 1: a PMO reviews a seeded portfolio of 3 PMs and 12 projects in the dashboard
// (scripts/demo-portfolio-seed.mjs, pushed as each PM): filters the grid, opens a project's risk from
// the portfolio heat map, approves one gate (the PM's own profile shows the new phase after sync),
// sends another back with conditions, and exports Markdown and CSV. Expected lights come from the
// Worker's roll-up (GET /reports/portfolio, the same shared functions), never written here.

let worker: LocalWorker;
let owner: Session;
let seeded: SeededPortfolio;
let pmo: ExtensionBrowser;
let pm: ExtensionBrowser;
let dashboard: Page;
let errors: PageErrors;
let report: PortfolioRollUp;

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  seeded = await seedPortfolio(worker, owner);
  report = await readPortfolioReport(worker, owner.workspace.id, owner.token);
  [pmo, pm] = await Promise.all([ExtensionBrowser.launch(), ExtensionBrowser.launch()]);
});

afterAll(async () => {
  await pmo?.close();
  await pm?.close();
  await worker?.stop();
});

const byTestId = (page: Page, id: string): Locator => page.getByTestId(id);

/** Picks a filter's option and waits for the grid to show `count` rows. */
async function filterBy(page: Page, filter: string, value: string): Promise<void> {
  await byTestId(page, `dashboard-filter-${filter}`).selectOption(value);
}

/** Clicks an export button and answers the file it downloaded, with its suggested name. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent('download', { timeout: 15_000 });
  await byTestId(page, button).click();
  const file: Download = await started;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The lines of a Markdown section whose heading matches `title`, up to the next heading of its level or above. */
function markdownSection(markdown: string, title: RegExp): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{1,6} /.test(line) && title.test(line));
  if (start < 0) return '';
  const level = (lines[start].match(/^#+/) as RegExpMatchArray)[0].length;
  const end = lines.findIndex(
    (line, index) => index > start && /^#{1,6} /.test(line) && line.match(/^#+/)![0].length <= level,
  );
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Clicks a link that opens the workspace app, in this tab or a new one; answers the page showing it. */
async function followToWorkspace(browser: ExtensionBrowser, page: Page, link: Locator): Promise<Page> {
  const opened = browser.context
    .waitForEvent('page', { predicate: (candidate) => candidate.url().includes('/workspace.html'), timeout: 15_000 })
    .catch(() => undefined);
  await link.click();
  const inNewTab = await Promise.race([
    opened,
    page.waitForURL(/\/workspace\.html/, { timeout: 15_000 }).then(() => undefined),
  ]);
  const target = inNewTab ?? (page.url().includes('/workspace.html') ? page : await opened);
  if (!target) throw new Error('The link opened no workspace page');
  await target.waitForLoadState('domcontentloaded');
  return target;
}

describe('the PMO dashboard over a seeded portfolio (issue 17, Acceptance 1)', () => {
  it('shows the twelve projects with the suggested and reported lights of the roll-up', async () => {
    // joinAs polls with expect.poll, which vitest allows only inside a test.
    await joinAs(worker, owner, pmo, { role: 'pmo', name: 'Paula Pmo', email: 'paula@acme.example' });
    dashboard = await openDashboard(pmo);
    errors = collectPageErrors(dashboard);
    expect((await readGridCodes(dashboard)).sort()).toEqual(seeded.projects.map((project) => project.code).sort());
    expect(await byTestId(dashboard, 'dashboard-project-count').textContent()).toContain('12 projects');
    // Every seeded project has submitted reports, so no reported light may fall back to "none".
    expect(report.projects.every((project) => project.reportedRag !== undefined)).toBe(true);
    for (const project of report.projects) {
      const cell = byTestId(dashboard, `rag-cell-${project.code}-overall`);
      expect(await cell.getAttribute('data-suggested')).toBe(project.suggestedRag.overall.rag ?? 'unknown');
      expect(await cell.getAttribute('data-reported')).toBe(project.reportedRag?.rag ?? 'none');
      for (const [dimension, suggestion] of Object.entries(project.suggestedRag.dimensions)) {
        const dimensionCell = byTestId(dashboard, `rag-cell-${project.code}-${dimension}`);
        expect(await dimensionCell.getAttribute('data-suggested'), `${project.code} ${dimension}`).toBe(
          suggestion.rag ?? 'unknown',
        );
      }
    }
    const watermelons = report.projects.filter((project) =>
      project.findings.some((finding) => finding.ruleId === 'status-watermelon'),
    );
    expect(watermelons.map((project) => project.code)).toContain('MOB');
    for (const project of report.projects)
      expect(await byTestId(dashboard, `watermelon-${project.code}`).count(), project.code).toBe(
        watermelons.includes(project) ? 1 : 0,
      );
    const link = byTestId(dashboard, 'open-project-ERP');
    expect(await link.getAttribute('href')).toContain(
      `workspace.html#/projects/${seededProject(seeded, 'ERP').projectId}/overview`,
    );
    expect(await link.getAttribute('target')).toBe('_blank');
  });

  it('filters the grid by manager, then by suggested light, and keeps the filters in the address', async () => {
    const [alex] = seeded.pms;
    await filterBy(dashboard, 'manager', alex.id);
    const alexCodes = seeded.projects.filter((project) => project.managerIndex === 0).map((project) => project.code);
    await expect.poll(async () => (await readGridCodes(dashboard)).sort()).toEqual([...alexCodes].sort());
    expect(decodeURIComponent(new URL(dashboard.url()).hash)).toContain(`manager=${alex.id}`);
    await expect.poll(() => byTestId(dashboard, 'dashboard-project-count').textContent()).toContain('4 projects');

    await byTestId(dashboard, 'dashboard-filter-clear').click();
    await expect.poll(async () => (await readGridCodes(dashboard)).length).toBe(12);
    for (const rag of ['red', 'green'] as const) {
      await filterBy(dashboard, 'rag', rag);
      const expected = report.projects
        .filter((project) => project.suggestedRag.overall.rag === rag)
        .map((project) => project.code);
      expect(expected.length).toBeGreaterThan(0);
      await expect.poll(async () => (await readGridCodes(dashboard)).sort()).toEqual(expected.sort());
    }
    // Both at once: Alex's green projects only.
    await filterBy(dashboard, 'manager', alex.id);
    const alexGreen = report.projects
      .filter((project) => alexCodes.includes(project.code) && project.suggestedRag.overall.rag === 'green')
      .map((project) => project.code);
    await expect.poll(async () => (await readGridCodes(dashboard)).sort()).toEqual(alexGreen.sort());
    await byTestId(dashboard, 'dashboard-filter-clear').click();
    await expect.poll(async () => (await readGridCodes(dashboard)).length).toBe(12);
  });

  it("opens a project's risk in the workspace app from a heat-map cell shared by several projects", async () => {
    await byTestId(dashboard, 'dashboard-nav-risks').click();
    // "Key supplier misses the delivery date" (4 × 4, no residual rating) is on ERP, MOB and BI.
    const erp = seededProject(seeded, 'ERP');
    const erpRisk = erp.risks.find((risk) => risk.probability === 4 && risk.impact === 4);
    if (!erpRisk) throw new Error('ERP has no 4 × 4 risk');
    const sharing = seeded.projects.filter((project) =>
      project.risks.some(
        (risk) => risk.probability === 4 && risk.impact === 4 && risk.residualProbability === undefined,
      ),
    );
    expect(sharing.length).toBeGreaterThan(1);
    await byTestId(dashboard, 'portfolio-heat-cell-4-4').click();
    const list = byTestId(dashboard, 'portfolio-cell-risks');
    await list.waitFor();
    for (const project of sharing) {
      const risk = project.risks.find((each) => each.probability === 4 && each.impact === 4);
      expect(await list.getByTestId(`open-risk-${risk?.id}`).count(), project.code).toBe(1);
    }
    await byTestId(dashboard, 'portfolio-top-risks').waitFor();
    const link = list.getByTestId(`open-risk-${erpRisk.id}`);
    expect(await link.getAttribute('href')).toContain(`workspace.html#/projects/${erp.projectId}/risks/${erpRisk.id}`);
    const app = await followToWorkspace(pmo, dashboard, link);
    await expect
      .poll(() => app.getByTestId('risk-editor-title').textContent(), { timeout: 20_000 })
      .toBe(erpRisk.title);
    await expect.poll(() => app.locator('[role="tabpanel"]').getAttribute('data-tab')).toBe('risks');
    if (app !== dashboard) await app.close();
    else await dashboard.goBack();
  });

  it('approves the gate with every must-meet met: the PM, in their own profile, sees the new phase after sync', async () => {
    const gate = seeded.gates.ready;
    await dashboard.bringToFront();
    await byTestId(dashboard, 'dashboard-nav-gates').click();
    for (const code of [seeded.gates.ready.code, seeded.gates.unmet.code, seeded.gates.second.code])
      await byTestId(dashboard, `pending-gate-${code}`).waitFor();
    await byTestId(dashboard, `decide-gate-${gate.code}`).click();
    const dialog = byTestId(dashboard, 'gate-decision-dialog');
    await dialog.waitFor();
    await dialog.locator('input[name="decision"][value="go"]').check();
    await byTestId(dashboard, 'gate-decision-reason').fill('Business case approved by the portfolio board.');
    await byTestId(dashboard, 'gate-decision-submit').click();
    await byTestId(dashboard, 'gate-decision-done').waitFor({ timeout: 15_000 });
    await expect.poll(() => byTestId(dashboard, `pending-gate-${gate.code}`).count()).toBe(0);

    const ownerWorkspace = { worker, workspaceId: owner.workspace.id, token: owner.token };
    await expect
      .poll(
        async () => {
          const project = (await workerRecordsOf(ownerWorkspace, 'project')).find((each) => each.id === gate.projectId);
          return project?.currentPhaseId;
        },
        { timeout: 30_000 },
      )
      .toBe(gate.toPhaseId);

    const alex = seeded.pms[gate.managerIndex];
    const options = await pm.openPage('options.html');
    await options.getByTestId('server-url').fill(worker.url);
    await options.getByTestId('access-token').fill(alex.token);
    await options.getByTestId('connect-token').click();
    await expect.poll(() => options.getByTestId('connected-workspace').count(), { timeout: 15_000 }).toBe(1);
    await options.close();
    const app = await openWorkspace(pm, { projectId: gate.projectId, tab: 'gate' });
    await expect
      .poll(() => app.getByTestId('gate-current-phase').textContent(), { timeout: 30_000 })
      .toContain(gate.toPhaseName);
    await app.getByTestId('gate-entered').waitFor({ timeout: 15_000 });
    await app.close();
  });

  it('refuses a go while a must-meet criterion is unmet, in words, and sends another gate back with conditions', async () => {
    const unmet = seeded.gates.unmet;
    await byTestId(dashboard, `decide-gate-${unmet.code}`).click();
    let dialog = byTestId(dashboard, 'gate-decision-dialog');
    await dialog.waitFor();
    // The dialog offers no go while a must-meet is unmet, and says which one stands in the way.
    expect(await dialog.locator('input[name="decision"][value="go"]').isDisabled()).toBe(true);
    const target = seeded.template.phases.find((phase) => phase.id === unmet.toPhaseId);
    const firstCriterion = target?.gate?.mustMeet[0]?.text;
    expect(firstCriterion, 'the seed leaves the first must-meet of the gate unmet').toBeTruthy();
    expect(await dialog.getByText(/must-meet/i).textContent()).toContain(firstCriterion);
    await byTestId(dashboard, 'gate-decision-submit').click();
    await expect.poll(() => byTestId(dashboard, 'gate-decision-error').textContent(), { timeout: 15_000 }).toBeTruthy();
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await byTestId(dashboard, `pending-gate-${unmet.code}`).count()).toBe(1);

    const second = seeded.gates.second;
    const conditions = 'Re-plan the roll-out with the works council before asking again.';
    const reason = 'The on-hold decision stands until the budget review.';
    await byTestId(dashboard, `decide-gate-${second.code}`).click();
    dialog = byTestId(dashboard, 'gate-decision-dialog');
    await dialog.locator('input[name="decision"][value="recycle"]').check();
    await byTestId(dashboard, 'gate-decision-conditions').fill(conditions);
    // A recycle without a reason is refused before anything is sent.
    await byTestId(dashboard, 'gate-decision-submit').click();
    await expect.poll(() => byTestId(dashboard, 'gate-decision-error').textContent()).toBeTruthy();
    await byTestId(dashboard, 'gate-decision-reason').fill(reason);
    await byTestId(dashboard, 'gate-decision-submit').click();
    await byTestId(dashboard, 'gate-decision-done').waitFor({ timeout: 15_000 });
    await expect.poll(() => byTestId(dashboard, `pending-gate-${second.code}`).count()).toBe(0);

    const app = await openWorkspace(pm, { projectId: second.projectId, tab: 'gate' });
    const review = app.getByTestId('gate-current-review');
    await expect.poll(() => review.getAttribute('data-state'), { timeout: 30_000 }).toBe('recycle');
    expect(await app.getByTestId('gate-current-review-conditions').textContent()).toBe(conditions);
    const stored = (
      await workerRecordsOf({ worker, workspaceId: owner.workspace.id, token: owner.token }, 'gateReview')
    ).find((each) => each.id === second.reviewId);
    expect(stored).toMatchObject({ status: 'decided', decision: 'recycle', conditions, reason });
    const project = (
      await workerRecordsOf({ worker, workspaceId: owner.workspace.id, token: owner.token }, 'project')
    ).find((each) => each.id === second.projectId);
    expect(project?.currentPhaseId).not.toBe(second.toPhaseId);
    await app.close();
  });

  it('exports the dashboard as Markdown and CSV', async () => {
    await byTestId(dashboard, 'dashboard-nav-portfolio').click();
    const day = new Date().toISOString().slice(0, 10);
    const markdown = await download(dashboard, 'export-markdown');
    expect(markdown.name).toMatch(new RegExp(`^portfolio-.+-${day}\\.md$`));
    expect(markdown.text).toMatch(/^# .+/m);
    expect(markdown.text).toMatch(/^## .+/m);
    for (const project of seeded.projects) expect(markdown.text).toContain(project.code);
    expect(markdown.text).toMatch(/\b(red|amber|green)\b/i);
    const gates = markdownSection(markdown.text, /gate/i);
    expect(gates, 'a pending-gates section').not.toBe('');
    expect(gates).toContain(seeded.gates.unmet.code);
    expect(gates).not.toContain(seeded.gates.ready.code);
    expect(gates).not.toContain(seeded.gates.second.code);

    await filterBy(dashboard, 'manager', seeded.pms[1].id);
    await expect.poll(async () => (await readGridCodes(dashboard)).length).toBe(4);
    await byTestId(dashboard, 'dashboard-filter-clear').click();
    await expect.poll(async () => (await readGridCodes(dashboard)).length).toBe(12);
    const csv = await download(dashboard, 'export-csv');
    expect(csv.name).toMatch(new RegExp(`^portfolio-.+-${day}\\.csv$`));
    const parsed = parse<Record<string, string>>(csv.text.trim(), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(12);
    expect(parsed.data.map((row) => row.code).sort()).toEqual(seeded.projects.map((project) => project.code).sort());
    expect(errors.list).toEqual([]);
  });
});
