import { parse } from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioRollUp, ProjectRollUp } from '../../shared/analytics/portfolio/roll-up-portfolio';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import {
  openDashboard,
  readPortfolioCsv,
  readPortfolioReport,
  textbook,
  textbookProjectMutations,
} from './support/portfolio-seed';
import { joinAs, openWorkspace } from './support/workspace-app';
import { pullWorkerRecords, pushToWorker } from './support/workspace-records';

// Issue 17, Acceptances 2 and 3. For a project whose earned value is worked out by hand
// (support/portfolio-seed.ts `textbook`), the dashboard's EVM table, the report API (JSON and CSV)
// and the PM's workspace (Costs indicators, Overview lights) show the same SPI, CPI, EAC, VAC and
// lights. Then a what-if on that project changes what the dialog shows and writes nothing: the
// Worker's records (pulled, every version) and the extension's outbox are the same after it.

let worker: LocalWorker;
let owner: Session;
let pmo: ExtensionBrowser;
let projectId: string;
let milestoneId: string;
let project: ProjectRollUp;
let dashboard: Page;

const ownerWorkspace = () => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session & { member: { id: string; name: string } }>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  const seeded = textbookProjectMutations(created.json.member);
  projectId = seeded.projectId;
  milestoneId = seeded.milestoneId;
  const results = await pushToWorker(ownerWorkspace(), seeded.mutations);
  expect(
    results.every((result) => result.status === 'applied'),
    JSON.stringify(results),
  ).toBe(true);
  const report: PortfolioRollUp = await readPortfolioReport(worker, owner.workspace.id, owner.token);
  project = report.projects.find((each) => each.projectId === projectId) as ProjectRollUp;
  pmo = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await pmo?.close();
  await worker?.stop();
});

/** A number as the workspace prints it ("€109,090.91", "-€9,090.91", "0.79"), read back. */
const readPrinted = (text: string | null): number =>
  Number((text ?? '').replace(/[−–]/g, '-').replace(/[^0-9.-]/g, ''));

/** The raw `data-value` of one EVM cell of the dashboard; null when empty. */
async function evmValue(page: Page, code: string, field: string): Promise<number | null> {
  const value = await page
    .locator(`[data-testid="evm-row-${code}"] [data-field="${field}"]`)
    .getAttribute('data-value');
  return value === null || value === '' ? null : Number(value);
}

describe('the same figures everywhere (issue 17, Acceptance 2)', () => {
  it('computes the textbook figures in the report API', () => {
    const ev = project.earnedValue;
    expect(ev.bac).toBe(textbook.bac);
    expect(ev.pv).toBeCloseTo(textbook.pv, 2);
    expect(ev.ev).toBeCloseTo(textbook.ev, 2);
    expect(ev.ac).toBeCloseTo(textbook.ac, 2);
    expect(ev.spi).toBeCloseTo(textbook.spi, 6);
    expect(ev.cpi).toBeCloseTo(textbook.cpi, 6);
    expect(ev.eacCpi).toBeCloseTo(textbook.eac, 2);
    expect(ev.vacCpi).toBeCloseTo(textbook.vac, 2);
  });

  it("shows them raw in the dashboard's EVM table and the same lights in its grid", async () => {
    // joinAs polls with expect.poll, which vitest allows only inside a test.
    await joinAs(worker, owner, pmo, { role: 'pmo', name: 'Paula Pmo', email: 'paula@acme.example' });
    dashboard = await openDashboard(pmo);
    for (const [dimension, suggestion] of Object.entries(project.suggestedRag.dimensions))
      expect(await dashboard.getByTestId(`rag-cell-${textbook.code}-${dimension}`).getAttribute('data-suggested')).toBe(
        suggestion.rag ?? 'unknown',
      );
    expect(await dashboard.getByTestId(`rag-cell-${textbook.code}-overall`).getAttribute('data-suggested')).toBe(
      project.suggestedRag.overall.rag ?? 'unknown',
    );
    await dashboard.getByTestId('dashboard-nav-evm').click();
    await dashboard.getByTestId(`evm-row-${textbook.code}`).waitFor();
    const ev = project.earnedValue;
    const expected = {
      bac: ev.bac,
      pv: ev.pv,
      ev: ev.ev,
      ac: ev.ac,
      spi: ev.spi,
      cpi: ev.cpi,
      eac: ev.eacCpi,
      vac: ev.vacCpi,
    };
    for (const [field, value] of Object.entries(expected)) {
      const shown = await evmValue(dashboard, textbook.code, field);
      expect(shown, field).not.toBeNull();
      expect(shown as number, field).toBeCloseTo(value as number, 6);
    }
  });

  it('answers the same figures in the CSV report', async () => {
    const csv = await readPortfolioCsv(worker, owner.workspace.id, owner.token);
    const { data } = parse<Record<string, string>>(csv.trim(), { header: true });
    const row = data.find((each) => each.code === textbook.code);
    expect(Number(row?.spi)).toBeCloseTo(textbook.spi, 3);
    expect(Number(row?.cpi)).toBeCloseTo(textbook.cpi, 3);
    expect(Number(row?.eac)).toBeCloseTo(textbook.eac, 2);
    expect(Number(row?.vac)).toBeCloseTo(textbook.vac, 2);
    expect(Number(row?.bac)).toBe(textbook.bac);
    expect(row?.suggested_rag).toBe(project.suggestedRag.overall.rag ?? '');
  });

  it("shows the same figures and lights in the PM's workspace (Costs and Overview)", async () => {
    const costs = await openWorkspace(pmo, { projectId, tab: 'costs' });
    await costs.getByTestId('indicator-spi-value').waitFor({ timeout: 20_000 });
    expect(readPrinted(await costs.getByTestId('indicator-spi-value').textContent())).toBeCloseTo(textbook.spi, 2);
    expect(readPrinted(await costs.getByTestId('indicator-cpi-value').textContent())).toBeCloseTo(textbook.cpi, 2);
    expect(readPrinted(await costs.getByTestId('indicator-pv-value').textContent())).toBeCloseTo(textbook.pv, 2);
    expect(readPrinted(await costs.getByTestId('indicator-ev-value').textContent())).toBeCloseTo(textbook.ev, 2);
    expect(readPrinted(await costs.getByTestId('indicator-ac-value').textContent())).toBeCloseTo(textbook.ac, 2);
    expect(readPrinted(await costs.getByTestId('indicator-eacCpi-value').textContent())).toBeCloseTo(textbook.eac, 2);
    expect(await costs.getByTestId('indicator-eacCpi').textContent()).toContain('9,090.91');
    await costs.goto(costs.url().replace(/\/costs$/, '/overview'));
    await costs.getByTestId('rag-row-overall').waitFor({ timeout: 20_000 });
    expect(await costs.getByTestId('rag-row-overall').getAttribute('data-suggested')).toBe(
      project.suggestedRag.overall.rag ?? 'none',
    );
    for (const [dimension, suggestion] of Object.entries(project.suggestedRag.dimensions))
      expect(await costs.getByTestId(`rag-row-${dimension}`).getAttribute('data-suggested'), dimension).toBe(
        suggestion.rag ?? 'none',
      );
    await costs.close();
  });
});

/** Every record the Worker holds, as `entity/id → version`. */
async function readVersions(): Promise<Record<string, number>> {
  const records = await pullWorkerRecords(worker, owner.workspace.id, owner.token);
  const versions: Record<string, number> = {};
  for (const [entity, list] of records) for (const record of list) versions[`${entity}/${record.id}`] = record.version;
  return versions;
}

/** The pending mutations in the extension's outbox (Dexie `pending`), read from an extension page. */
function readOutbox(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('interim-pmo');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('pending', 'readonly').objectStore('pending').count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

describe('a what-if never writes (issue 17, Acceptance 3)', () => {
  it('shows a changed result for a slipped milestone and a new budget, and leaves the pull and the outbox unchanged', async () => {
    const before = await readVersions();
    expect(await readOutbox(dashboard)).toBe(0);
    await dashboard.getByTestId('dashboard-nav-portfolio').click();
    let opener = dashboard.getByTestId(`what-if-open-${textbook.code}`);
    if ((await opener.count()) === 0) {
      await dashboard.getByTestId('dashboard-nav-priorities').click();
      opener = dashboard.getByTestId(`what-if-open-${textbook.code}`);
    }
    await opener.click();
    const dialog = dashboard.getByTestId('what-if-dialog');
    await dialog.waitFor();
    const result = dashboard.getByTestId('what-if-result');
    const readResult = () => result.evaluate((node) => node.textContent);
    await dashboard.getByTestId('what-if-milestone').selectOption(milestoneId);
    await dashboard.getByTestId('what-if-slip-days').fill('40');
    await dashboard.getByTestId('what-if-budget').fill('150000');
    // The dialog computes on its "try" button (a testid of the page, not of the contract), else as it types.
    const run = dashboard.getByTestId('what-if-run');
    if ((await run.count()) > 0) await run.click();
    const cell = (field: string, when: 'before' | 'after') =>
      result.locator(`[data-field="${field}"][data-when="${when}"]`).getAttribute('data-value');
    await expect.poll(async () => Number(await cell('bac', 'after'))).toBe(150_000);
    expect(Number(await cell('bac', 'before'))).toBe(textbook.bac);
    expect(Number(await cell('eac', 'after'))).not.toBeCloseTo(Number(await cell('eac', 'before')), 0);
    expect(await result.locator('[data-field="rag-before"]').count()).toBeGreaterThan(0);
    expect(await result.locator('[data-field="rag-after"]').count()).toBeGreaterThan(0);
    expect(await readResult()).toBeTruthy();
    await dashboard.getByTestId('what-if-close').click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Long enough for a sync the what-if might have queued (300 ms after an edit, docs/sync.md).
    await dashboard.waitForTimeout(1500);
    expect(await readOutbox(dashboard)).toBe(0);
    expect(await readVersions()).toEqual(before);
    // The EVM table still shows the stored budget.
    await dashboard.getByTestId('dashboard-nav-evm').click();
    expect(await evmValue(dashboard, textbook.code, 'bac')).toBe(textbook.bac);
  });
});
