import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { phenixPeople, resourceWeeks } from '../fixtures/sheets/phenix-people';
import { expectedAllocations } from '../fixtures/sheets/resources-grid';
import {
  badRowsRiskRegister,
  changedRiskRegister,
  levelRating,
  lineOfRef,
  phenixRiskRows,
  type RiskRow,
  riskRegisterCsv,
  riskRegisterHeaders,
} from '../fixtures/sheets/risk-register';
import { type SheetsFixture, startSheetsFixture } from '../fixtures/sheets/server';
import {
  deletedSpreadsheetId,
  phenixSpreadsheetId,
  phenixTabs,
  privateSpreadsheetId,
} from '../fixtures/sheets/workbook';
import { ExtensionBrowser } from './support/extension-browser';
import { createInvite, createProjectInPopup, joinInOptions, type Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import { takeScreenshot } from './support/screenshots';
import {
  readLocalRecords,
  type SyncedRecord,
  type WorkerWorkspace,
  waitForWorkerRecords as waitForWorkerRecordsOf,
  workerRecordsOf,
} from './support/workspace-records';

// Google Sheets into the PMO, end to end: the built extension with its production match patterns
// in Chromium, against the fixture docs.google.com (editor page, CSV export redirecting to
// googleusercontent.com) and a real `wrangler dev`. The stories run in order, as a PMO member would
// (people are workspace-wide records: a project manager may not create them).

type DiffCounts = { created: number; changed: number; unchanged: number; missing: number };

/** What the import should make of the register's French words (contract: enums via synonyms). */
const riskStatusOf: Record<RiskRow['status'], string> = { Ouvert: 'open', 'En cours': 'mitigating', Clos: 'closed' };
const responseOf: Record<RiskRow['response'], string> = {
  Atténuer: 'mitigate',
  Accepter: 'accept',
  Transférer: 'transfer',
  Éviter: 'avoid',
};

let worker: LocalWorker;
let sheets: SheetsFixture;
let browser: ExtensionBrowser;
let owner: Session;
/** The PMO projects: the register and resources go into Phénix; the bad rows and the file into their own. */
const projectIds = { phenix: '', badRows: '', file: '' };
/** Pages opened by a test, with what they logged; checked and closed after it. */
const openedPages: { page: Page; errors: PageErrors; expectSilent: boolean }[] = [];

function track(page: Page, expectSilent = true): Page {
  openedPages.push({ page, errors: collectPageErrors(page), expectSilent });
  return page;
}

const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });
const workerRecords = (entity: string) => workerRecordsOf(ownerWorkspace(), entity);
const waitForWorkerRecords = (entity: string, isDone: (records: SyncedRecord[]) => boolean, timeout?: number) =>
  waitForWorkerRecordsOf(ownerWorkspace(), entity, isDone, timeout);

const inProject = (projectId: string) => (records: SyncedRecord[]) =>
  records.filter((record) => record.projectId === projectId);
const byRef = (records: SyncedRecord[]) => new Map(records.map((record) => [record.ref as string, record]));

function createProject(popup: Page, code: string, name: string): Promise<string> {
  return createProjectInPopup(popup, ownerWorkspace(), { code, name });
}

async function joinWorkspaceAndCreateProjects(): Promise<void> {
  const code = await createInvite(worker, owner, 'pmo');
  track(
    await joinInOptions(browser, {
      serverUrl: worker.url,
      code,
      name: 'Élodie Marchand',
      email: 'elodie.marchand@phenix.example',
    }),
  );

  const popup = track(await browser.openPage('popup.html'));
  projectIds.phenix = await createProject(popup, 'PHX', 'Projet Phénix');
  projectIds.badRows = await createProject(popup, 'PH2', 'Phénix — lot 2');
  projectIds.file = await createProject(popup, 'PH3', 'Phénix — registre Excel');
}

/** The fixture's editor on one tab, as a user opens it; its console is checked after the test. */
async function openSheet(gid: string): Promise<Page> {
  const page = track(await browser.context.newPage());
  await page.goto(sheets.editUrl(phenixSpreadsheetId, gid));
  await expect.poll(() => page.locator('canvas.waffle-grid-canvas').getAttribute('data-drawn-gid')).toBe(gid);
  return page;
}

const launcherOf = (page: Page) => page.getByTestId('pmo-sheets-launcher');

/** Clicks the launcher and answers the import page it opens in a new tab. */
async function openImportFromLauncher(sheetPage: Page, gid: string): Promise<Page> {
  const launcher = launcherOf(sheetPage);
  await expect.poll(() => launcher.getAttribute('data-gid'), { timeout: 10_000 }).toBe(gid);
  const [importPage] = await Promise.all([browser.context.waitForEvent('page'), launcher.click()]);
  track(importPage);
  await importPage.waitForLoadState('domcontentloaded');
  return importPage;
}

/** Opens import.html as the Worker's user would type it (a file import, or a forged sheet hash). */
async function openImportPage(hash = ''): Promise<Page> {
  const page = track(await browser.context.newPage());
  await page.goto(`chrome-extension://${browser.extensionId}/import.html${hash}`);
  return page;
}

const next = (page: Page) => page.getByTestId('import-next').click();

/** Kind step → mapping → preview → problems, checking the kind the page detected and choosing the project. */
async function walkToProblems(page: Page, expected: { kind: string; projectId: string; choose: boolean }) {
  const kind = page.getByTestId('import-kind');
  await kind.waitFor({ timeout: 20_000 });
  expect(await kind.inputValue()).toBe(expected.kind);
  const project = page.getByTestId('import-kind-project');
  if (expected.choose) await project.selectOption(expected.projectId);
  expect(await project.inputValue()).toBe(expected.projectId);
  await next(page);
  await page.getByTestId('import-mapping-row').first().waitFor();
  await next(page);
  await page.getByTestId('import-preview').waitFor({ timeout: 20_000 });
  await next(page);
  await page.locator('[data-testid="import-problems-none"], [data-testid="import-problems-count"]').waitFor();
}

const countOf = async (locator: Locator) => {
  const text = (await locator.textContent()) ?? '';
  const match = /^\s*(\d+)/.exec(text);
  if (!match) throw new Error(`"${text}" does not start with a number`);
  return Number(match[1]);
};

async function readDiffCounts(page: Page): Promise<DiffCounts> {
  await page.getByTestId('import-diff-created').waitFor({ timeout: 20_000 });
  return {
    created: await countOf(page.getByTestId('import-diff-created')),
    changed: await countOf(page.getByTestId('import-diff-changed')),
    unchanged: await countOf(page.getByTestId('import-diff-unchanged')),
    missing: await countOf(page.getByTestId('import-diff-missing')),
  };
}

async function applyImport(page: Page): Promise<string> {
  await page.getByTestId('import-apply').click();
  const outcome = page.locator('[data-testid="import-result"], [data-testid="import-error"]');
  await outcome.waitFor({ timeout: 30_000 });
  const text = (await outcome.textContent()) ?? '';
  // A refused import says why: fail with its message rather than a timeout.
  if ((await outcome.getAttribute('data-testid')) === 'import-error') throw new Error(`import-error: ${text}`);
  return text;
}

/** A risk as the Worker should hold it after importing one register row. */
function expectedRisk(row: RiskRow) {
  return {
    ref: row.ref,
    title: row.title,
    category: row.category,
    cause: row.cause,
    probability: levelRating[row.probability as keyof typeof levelRating],
    impact: levelRating[row.impact as keyof typeof levelRating],
    owner: row.owner,
    raisedOn: row.identifiedOn,
    reviewDate: row.dueOn,
    status: riskStatusOf[row.status],
    responseStrategy: responseOf[row.response],
  };
}

function shownRisk(record: SyncedRecord) {
  return {
    ref: record.ref,
    title: record.title,
    category: record.category,
    cause: record.cause,
    probability: record.probability,
    impact: record.impact,
    owner: (record.owner as { name?: string } | undefined)?.name,
    raisedOn: record.raisedOn,
    reviewDate: record.reviewDate,
    status: record.status,
    responseStrategy: record.responseStrategy,
  };
}

const sortedByRef = <T extends { ref: unknown }>(items: T[]) =>
  [...items].sort((a, b) => String(a.ref).localeCompare(String(b.ref)));

/** ISO day + n days. */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  [worker, sheets] = await Promise.all([LocalWorker.start(), startSheetsFixture()]);
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'PMO Phénix', owner: { name: 'Noël Bérenger', email: 'noel.berenger@phenix.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  browser = await ExtensionBrowser.launch({ extraArgs: sheets.chromiumArgs });
});

afterEach(async () => {
  const pages = openedPages.splice(0);
  for (const { page } of pages) await page.close();
  // The sheet and our pages stay silent: no console error, no uncaught exception.
  for (const { errors, expectSilent } of pages) {
    if (expectSilent) expect(errors.list, 'errors in a page console').toEqual([]);
  }
});

afterAll(async () => {
  await browser?.close();
  await sheets?.close();
  await worker?.stop();
});

describe('importing Google Sheets tabs into the PMO', () => {
  it('starts from a joined workspace with three PMO projects (set up like a user, in the options page and popup)', async () => {
    await joinWorkspaceAndCreateProjects();
    expect(Object.values(projectIds).every(Boolean)).toBe(true);
  });

  it('shows the launcher on the sheet, and its data-gid follows tab switches without a reload', async () => {
    const page = await openSheet(phenixTabs.risks.gid);
    const launcher = launcherOf(page);
    await launcher.waitFor({ timeout: 10_000 });
    expect(await launcher.getAttribute('data-gid')).toBe('0');
    expect(await launcher.textContent()).toBe('Import this tab into Interim PMO');
    expect(await page.evaluate(() => document.documentElement.dataset.interimPmoSheets)).toBe('ready');
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    for (const tab of [phenixTabs.resources, phenixTabs.plan, phenixTabs.risks]) {
      const startedAt = Date.now();
      await page.getByRole('tab', { name: tab.name, exact: true }).click();
      await expect.poll(() => launcher.getAttribute('data-gid'), { timeout: 5_000 }).toBe(tab.gid);
      console.log(`launcher followed #gid=${tab.gid} in ${Date.now() - startedAt} ms`);
    }
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await launcher.count()).toBe(1);
    // Reachable from the keyboard: the button takes focus.
    await launcher.focus();
    expect(await launcher.evaluate((element) => element.matches(':focus'))).toBe(true);
    await takeScreenshot(page, 'sheets-launcher');
  });

  it('opens import.html for the tab shown, in a new tab, with the sheet in its hash', async () => {
    const sheet = await openSheet(phenixTabs.plan.gid);
    const importPage = await openImportFromLauncher(sheet, phenixTabs.plan.gid);
    const url = new URL(importPage.url());
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`chrome-extension://${browser.extensionId}/import.html`);
    const hash = new URLSearchParams(url.hash.slice(1));
    expect(hash.get('sheet')).toBe(phenixSpreadsheetId);
    expect(hash.get('gid')).toBe(phenixTabs.plan.gid);
    expect(hash.get('title')).toBe('Projet Phénix — PMO');
    // The background read the export, following the redirect to googleusercontent.com.
    await importPage.getByTestId('import-kind').waitFor({ timeout: 20_000 });
    expect(await importPage.getByTestId('import-kind').inputValue()).toBe('plan');
    const exports = sheets.requests.filter(
      (request) =>
        request.host === 'doc-0s-8k-sheets.googleusercontent.com' && request.search.includes(phenixTabs.plan.gid),
    );
    expect(exports.map((request) => request.status)).toEqual([200]);
  });

  it('imports the resources tab first: the 8 people and their weekly allocations', async () => {
    const sheet = await openSheet(phenixTabs.resources.gid);
    const page = await openImportFromLauncher(sheet, phenixTabs.resources.gid);
    await walkToProblems(page, { kind: 'resources', projectId: projectIds.phenix, choose: true });
    await page.getByTestId('import-problems-none').waitFor();
    await next(page);
    const allocations = expectedAllocations();
    expect(await readDiffCounts(page)).toEqual({
      created: phenixPeople.length + allocations.length,
      changed: 0,
      unchanged: 0,
      missing: 0,
    });
    await applyImport(page);

    const people = await waitForWorkerRecords('person', (records) => records.length === phenixPeople.length);
    expect(
      people
        .map(({ name, email, role, capacityHoursPerWeek }) => ({ name, email, role, capacityHoursPerWeek }))
        .sort((a, b) => String(a.name).localeCompare(String(b.name))),
    ).toEqual(
      phenixPeople
        .map(({ name, email, role, capacity }) => ({ name, email, role, capacityHoursPerWeek: capacity }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
    const personName = new Map(people.map((person) => [person.id, person.name as string]));
    const onWorker = await waitForWorkerRecords('allocation', (records) => records.length === allocations.length);
    const shown = onWorker
      .map((allocation) => ({
        person: personName.get(allocation.personId as string),
        projectId: allocation.projectId,
        from: allocation.from,
        to: allocation.to,
        percent: allocation.percent,
      }))
      .sort((a, b) => `${a.person}${a.from}`.localeCompare(`${b.person}${b.from}`));
    expect(shown).toEqual(
      allocations
        .map((allocation) => ({
          person: allocation.person,
          projectId: projectIds.phenix,
          from: allocation.fromMonday,
          to: addDays(allocation.toMonday, 4),
          percent: allocation.percent,
        }))
        .sort((a, b) => `${a.person}${a.from}`.localeCompare(`${b.person}${b.from}`)),
    );
    expect(resourceWeeks[0]).toBe('2026-04-13');
  });

  it('imports the 300-row French risk register: 300 risks in Dexie and on the Worker, owners matched to the people', async () => {
    const sheet = await openSheet(phenixTabs.risks.gid);
    const page = await openImportFromLauncher(sheet, phenixTabs.risks.gid);
    await takeScreenshot(page, 'sheets-import-kind');
    const kind = page.getByTestId('import-kind');
    await kind.waitFor({ timeout: 20_000 });
    // The title line is not the header row: the headers are on line 2.
    expect(await page.getByTestId('import-header-row').inputValue()).toBe('1');
    await page.getByTestId('import-kind-project').selectOption(projectIds.phenix);
    await next(page);

    const selects = page.getByTestId('import-mapping-select');
    await selects.first().waitFor();
    expect(await page.getByTestId('import-mapping-row').count()).toBe(11);
    // Every column of the register finds its field: nothing is left behind.
    expect(
      await selects.evaluateAll((elements) => elements.map((element) => (element as HTMLSelectElement).value)),
    ).toEqual([
      'ref',
      'title',
      'category',
      'cause',
      'probability',
      'impact',
      'owner',
      'raisedOn',
      'reviewDate',
      'status',
      'responseStrategy',
    ]);
    // 13/04/2026-style dates settle the order: no question asked.
    expect(await page.getByTestId('import-date-order').count()).toBe(0);
    await takeScreenshot(page, 'sheets-import-mapping');
    await next(page);

    await page.getByTestId('import-preview').waitFor({ timeout: 20_000 });
    const rules = await page
      .getByTestId('import-conversion')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-rule')));
    expect(rules).toContain('date_dmy');
    expect(rules).toContain('scale_label');
    // Most cells first: 600 dates read as dd/mm/yyyy (two date columns), then the scale labels.
    const summary = await page.getByTestId('import-conversion-summary').locator('li').allTextContents();
    expect(summary[0]).toMatch(/\b600\b/);
    const highCells =
      phenixRiskRows().filter((row) => row.probability === 'Élevé').length +
      phenixRiskRows().filter((row) => row.impact === 'Élevé').length;
    const highLine = summary.find((line) => line.includes('Élevé'));
    expect(highLine).toMatch(new RegExp(`4\\D.*\\b${highCells}\\b`));
    await takeScreenshot(page, 'sheets-import-preview');
    await next(page);
    await page.getByTestId('import-problems-none').waitFor();
    await next(page);

    expect(await readDiffCounts(page)).toEqual({ created: 300, changed: 0, unchanged: 0, missing: 0 });
    await takeScreenshot(page, 'sheets-import-diff-first');
    expect(await applyImport(page)).toMatch(/300/);
    await takeScreenshot(page, 'sheets-import-result');

    const local = inProject(projectIds.phenix)(await readLocalRecords(page, owner.workspace.id, 'risk'));
    expect(local).toHaveLength(300);
    const risks = inProject(projectIds.phenix)(
      await waitForWorkerRecords('risk', (records) => inProject(projectIds.phenix)(records).length >= 300),
    );
    expect(risks).toHaveLength(300);
    expect(sortedByRef(risks.map(shownRisk))).toEqual(phenixRiskRows().map(expectedRisk));
    expect(new Set(risks.map((risk) => risk.id))).toEqual(new Set(local.map((risk) => risk.id)));

    const personIdByName = new Map((await workerRecords('person')).map((person) => [person.name, person.id]));
    const unmatched = risks.filter((risk) => {
      const ownerRef = risk.owner as { name: string; personId?: string };
      return ownerRef.personId !== personIdByName.get(ownerRef.name);
    });
    expect(unmatched.map((risk) => risk.ref)).toEqual([]);
  });

  it('re-imports the register with 3 rows changed and 1 new: the diff says exactly that, and applying it gives 301', async () => {
    const { rows, changes, added } = changedRiskRegister();
    const before = byRef(inProject(projectIds.phenix)(await workerRecords('risk')));
    sheets.setTabCsv(phenixSpreadsheetId, phenixTabs.risks.gid, riskRegisterCsv(rows));

    const sheet = await openSheet(phenixTabs.risks.gid);
    const page = await openImportFromLauncher(sheet, phenixTabs.risks.gid);
    // The memory of this tab brings back the project (and the mapping).
    await walkToProblems(page, { kind: 'risk', projectId: projectIds.phenix, choose: false });
    await page.getByTestId('import-problems-none').waitFor();
    await next(page);

    expect(await readDiffCounts(page)).toEqual({ created: 1, changed: 3, unchanged: 297, missing: 0 });
    expect(await page.getByTestId('import-diff-change').count()).toBe(3);
    const changedText = (await page.getByTestId('import-diff-changed-group').textContent()) ?? '';
    for (const change of changes) expect(changedText).toContain(before.get(change.ref)?.title as string);
    expect(await page.getByTestId('import-diff-created-group').textContent()).toContain(added.title);
    await page.getByTestId('import-diff-changed-group').locator('summary').click();
    await takeScreenshot(page, 'sheets-import-diff-second');
    await applyImport(page);

    const after = inProject(projectIds.phenix)(
      await waitForWorkerRecords('risk', (records) => {
        const risks = byRef(inProject(projectIds.phenix)(records));
        return risks.size === 301 && risks.get('R-288')?.reviewDate === rows[287].dueOn;
      }),
    );
    const afterByRef = byRef(after);
    expect(afterByRef.get('R-017')?.probability).toBe(levelRating[rows[16].probability as keyof typeof levelRating]);
    expect(shownRisk(afterByRef.get('R-142')!).owner).toBe(rows[141].owner);
    expect(afterByRef.get('R-288')?.reviewDate).toBe(rows[287].dueOn);
    expect(shownRisk(afterByRef.get('R-301')!)).toEqual(expectedRisk(added));
    // Nothing else moved: every other risk keeps its version.
    const moved = after
      .filter((risk) => before.get(risk.ref as string)?.version !== risk.version)
      .map((risk) => risk.ref);
    expect(moved.sort()).toEqual(['R-017', 'R-142', 'R-288', 'R-301']);
  });

  it('lists the bad rows of a register with line and reason, and imports the 297 others', async () => {
    const { problems } = badRowsRiskRegister();
    const sheet = await openSheet(phenixTabs.risks.gid);
    await sheet.getByRole('tab', { name: phenixTabs.risksToCheck.name, exact: true }).click();
    const page = await openImportFromLauncher(sheet, phenixTabs.risksToCheck.gid);
    await walkToProblems(page, { kind: 'risk', projectId: projectIds.badRows, choose: true });

    const listed = page.getByTestId('import-problem');
    await listed.first().waitFor();
    await takeScreenshot(page, 'sheets-import-problems');
    const shown = await listed.evaluateAll((elements) =>
      elements.map((element) => ({
        line: Number(element.getAttribute('data-line')),
        code: element.getAttribute('data-code'),
        text: element.textContent ?? '',
      })),
    );
    // The invalid lines download as CSV: the header row, each refused line as it was, and why.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download-invalid').click(),
    ]);
    const downloaded = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(downloaded[0].slice(0, riskRegisterHeaders.length)).toEqual([...riskRegisterHeaders]);
    expect(downloaded[0]).toHaveLength(riskRegisterHeaders.length + 1);
    // One row per line listed above, whatever the list holds.
    expect(downloaded.slice(1).map((row) => lineOfRef(row[0]))).toEqual([...new Set(shown.map(({ line }) => line))]);

    expect(shown.map(({ line, code }) => ({ line, code }))).toEqual(problems.map(({ line, code }) => ({ line, code })));
    for (const [index, problem] of problems.entries()) {
      expect(shown[index].text).toContain(`Line ${problem.line}`);
      expect(shown[index].text).toContain(problem.header);
      expect(shown[index].text).toContain(problem.raw);
    }
    await next(page);

    expect(await readDiffCounts(page)).toEqual({ created: 297, changed: 0, unchanged: 0, missing: 0 });
    await applyImport(page);
    const risks = inProject(projectIds.badRows)(
      await waitForWorkerRecords('risk', (records) => inProject(projectIds.badRows)(records).length >= 297),
    );
    expect(risks).toHaveLength(297);
    const refs = new Set(risks.map((risk) => risk.ref));
    for (const problem of problems) expect(refs.has(problem.ref)).toBe(false);
  });

  it('imports a CSV file chosen in the file input (Excel: semicolons, BOM)', async () => {
    const page = await openImportPage();
    await page.getByTestId('import-project').selectOption(projectIds.file);
    await page.getByTestId('import-file').setInputFiles({
      name: 'registre-risques-phenix.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(riskRegisterCsv(phenixRiskRows(), { bom: true }), 'utf8'),
    });
    await walkToProblems(page, { kind: 'risk', projectId: projectIds.file, choose: false });
    await page.getByTestId('import-problems-none').waitFor();
    await next(page);
    expect(await readDiffCounts(page)).toEqual({ created: 300, changed: 0, unchanged: 0, missing: 0 });
    await applyImport(page);
    const risks = inProject(projectIds.file)(
      await waitForWorkerRecords('risk', (records) => inProject(projectIds.file)(records).length >= 300),
    );
    expect(sortedByRef(risks.map(shownRisk))).toEqual(phenixRiskRows().map(expectedRisk));
  });

  it('reads a CSV file dropped on the drop zone', async () => {
    const page = await openImportPage();
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'registre-risques-phenix.csv', { type: 'text/csv' }));
      return transfer;
    }, riskRegisterCsv());
    await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    const kind = page.getByTestId('import-kind');
    await kind.waitFor({ timeout: 10_000 });
    expect(await kind.inputValue()).toBe('risk');
    // Same file name as the chosen file above: its memory brings back that import's project.
    expect(await page.getByTestId('import-kind-project').inputValue()).toBe(projectIds.file);
  });

  it('says to sign in to Google when the export sends the background to the sign-in page', async () => {
    sheets.requests.length = 0;
    const page = await openImportPage(`#sheet=${privateSpreadsheetId}&gid=0&title=Budget%202026`);
    const error = page.getByTestId('import-source-error');
    await error.waitFor({ timeout: 20_000 });
    await takeScreenshot(page, 'sheets-import-sign-in');
    // The background followed Google's redirect to the sign-in page, which sends no CORS headers, so
    // it asked the export again without following: the redirect itself says "sign in".
    const followed = sheets.requests
      .filter((request) => request.path !== '/ListAccounts')
      .map((request) => `${request.status} ${request.host}${request.path}`);
    expect(followed).toEqual([
      `302 docs.google.com/spreadsheets/d/${privateSpreadsheetId}/export`,
      '200 accounts.google.com/ServiceLogin',
      `302 docs.google.com/spreadsheets/d/${privateSpreadsheetId}/export`,
    ]);
    expect(await error.textContent()).toContain('Sign in to Google in this browser, then try again');
  });

  it('says to ask the owner for access when the sheet does not exist (404)', async () => {
    const page = await openImportPage(`#sheet=${deletedSpreadsheetId}&gid=0`);
    const error = page.getByTestId('import-source-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('Ask the owner to share it with you');
  });
});
