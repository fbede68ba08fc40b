import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phenixPeople, resourceWeeks } from '../fixtures/sheets/phenix-people';
import { planCsv } from '../fixtures/sheets/plan-sheet';
import { resourcesCsv } from '../fixtures/sheets/resources-grid';
import {
  badRowsRiskRegister,
  changedRiskRegister,
  lineOfRef,
  phenixRiskRows,
  riskRegisterCsv,
  riskRegisterHeaders,
  riskRegisterTitle,
} from '../fixtures/sheets/risk-register';
import { type SheetsFixture, startSheetsFixture } from '../fixtures/sheets/server';
import {
  deletedSpreadsheetId,
  phenixSpreadsheetId,
  phenixTabs,
  privateSpreadsheetId,
} from '../fixtures/sheets/workbook';
import { ExtensionBrowser } from './support/extension-browser';
import { collectPageErrors } from './support/page-errors';
import { takeScreenshot } from './support/screenshots';

// The fixture Google Sheets on its own: the import's e2e test is only as good as this stand-in, so
// it proves the editor page, the export's redirect and headers, the sign-in and 404 answers, and
// the registers it generates.

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One GET of a Google URL sent to the fixture's port, as Chromium's host-resolver rules do; no
 * redirect followed, the certificate check off (it is self-signed).
 */
function get(address: string): Promise<Answer> {
  const url = new URL(address);
  const options = {
    host: '127.0.0.1',
    port: sheets.port,
    servername: url.hostname,
    path: `${url.pathname}${url.search}`,
    headers: { host: url.host },
    rejectUnauthorized: false,
  };
  return new Promise((resolve, reject) => {
    const outgoing = request(options, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

let sheets: SheetsFixture;

beforeAll(async () => {
  sheets = await startSheetsFixture();
});

afterAll(async () => {
  await sheets?.close();
});

describe('the fixture answers as docs.google.com', () => {
  it('serves an editor page shaped like Sheets, with no cell value in its HTML', async () => {
    const page = await get(sheets.editUrl(phenixSpreadsheetId));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<title>Projet Phénix — PMO - Google Sheets</title>');
    expect(page.body).toMatch(/<input id="t-name-box"/);
    expect(page.body).toMatch(/<canvas class="waffle-grid-canvas"/);
    for (const tab of Object.values(phenixTabs)) expect(page.body).toContain(tab.name);
    for (const value of ['R-001', 'Élodie Marchand', riskRegisterTitle, 'Faible'])
      expect(page.body).not.toContain(value);
  });

  it('redirects the CSV export (307) to googleusercontent.com, which answers an attachment without CORS headers', async () => {
    const exported = await get(sheets.exportUrl(phenixSpreadsheetId, phenixTabs.risks.gid));
    expect(exported.status).toBe(307);
    const location = new URL(exported.headers.location ?? '');
    expect(location.origin).toBe('https://doc-0s-8k-sheets.googleusercontent.com');
    expect(location.pathname).toMatch(new RegExp(`^/export/[0-9a-f]{40}/${phenixSpreadsheetId}$`));
    expect(location.search).toBe('?format=csv&gid=0');

    const csv = await get(location.href);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="Projet Phenix  PMO - Risques.csv"; filename*=UTF-8''${encodeURIComponent('Projet Phénix — PMO - Risques.csv')}`,
    );
    expect(Object.keys(csv.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(csv.body).toBe(riskRegisterCsv());
  });

  it('refuses an export URL whose token it never handed out, or handed out for another tab', async () => {
    const forged = await get(
      `${sheets.exportOrigin}/export/${'ab'.repeat(20)}/${phenixSpreadsheetId}?format=csv&gid=0`,
    );
    expect(forged.status).toBe(403);
    const { headers } = await get(sheets.exportUrl(phenixSpreadsheetId, phenixTabs.risks.gid));
    const otherTab = new URL(headers.location ?? '');
    otherTab.searchParams.set('gid', phenixTabs.resources.gid);
    expect((await get(otherTab.href)).status).toBe(403);
  });

  it('exports what the test set for a tab, from the next request on', async () => {
    const changed = riskRegisterCsv(changedRiskRegister().rows);
    sheets.setTabCsv(phenixSpreadsheetId, phenixTabs.risks.gid, changed);
    try {
      const { headers } = await get(sheets.exportUrl(phenixSpreadsheetId, phenixTabs.risks.gid));
      expect((await get(headers.location ?? '')).body).toBe(changed);
    } finally {
      sheets.setTabCsv(phenixSpreadsheetId, phenixTabs.risks.gid, riskRegisterCsv());
    }
  });

  it('sends a private sheet (editor and export) to the Google sign-in page, which is HTML', async () => {
    for (const url of [sheets.editUrl(privateSpreadsheetId), sheets.exportUrl(privateSpreadsheetId, '0')]) {
      const answer = await get(url);
      expect(answer.status).toBe(302);
      const location = new URL(answer.headers.location ?? '');
      expect(`${location.origin}${location.pathname}`).toBe('https://accounts.google.com/ServiceLogin');
      expect(location.searchParams.get('continue')).toBe(url.replace(/#.*$/, ''));
      const signIn = await get(location.href);
      expect(signIn.status).toBe(200);
      expect(signIn.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(signIn.body).toContain('id="identifierId"');
    }
  });

  it('answers 404 for a deleted or unknown sheet, and 400 for a tab that does not exist', async () => {
    for (const id of [deletedSpreadsheetId, '1NoSuchSheetAtAll_0123456789abcdefghijklmnop']) {
      expect((await get(sheets.editUrl(id))).status).toBe(404);
      const exported = await get(sheets.exportUrl(id, '0'));
      expect(exported.status).toBe(404);
      expect(exported.headers['content-type']).toBe('text/html; charset=utf-8');
    }
    expect((await get(sheets.exportUrl(phenixSpreadsheetId, '12345'))).status).toBe(400);
  });

  it('logs each request with its host and status', async () => {
    sheets.requests.length = 0;
    await get(sheets.exportUrl(phenixSpreadsheetId, phenixTabs.plan.gid));
    expect(sheets.requests).toMatchObject([
      { host: 'docs.google.com', path: `/spreadsheets/d/${phenixSpreadsheetId}/export`, status: 307 },
    ]);
  });
});

describe('the generated registers', () => {
  it('is a French risk register of 300 rows: title line, headers, semicolons, dd/mm/yyyy, Faible/Moyen/Élevé, 8 owners', () => {
    const text = riskRegisterCsv();
    expect(text.split('\r\n')[1]).toBe(riskRegisterHeaders.join(';'));
    const rows = parse(text);
    expect(rows[0][0]).toBe(riskRegisterTitle);
    expect(rows[1]).toEqual([...riskRegisterHeaders]);
    const body = rows.slice(2);
    expect(body).toHaveLength(300);
    expect(body.every((row) => row.length === riskRegisterHeaders.length)).toBe(true);
    expect(new Set(body.map((row) => row[0])).size).toBe(300);
    expect(new Set(body.map((row) => row[1])).size).toBe(300);
    expect(new Set(body.flatMap((row) => [row[4], row[5]]))).toEqual(new Set(['Faible', 'Moyen', 'Élevé']));
    expect(new Set(body.map((row) => row[6]))).toEqual(new Set(phenixPeople.map((person) => person.name)));
    const dates = body.flatMap((row) => [row[7], row[8]]);
    expect(dates.every((date) => /^\d{2}\/\d{2}\/\d{4}$/.test(date))).toBe(true);
    expect(dates.filter((date) => Number(date.slice(0, 2)) > 12).length).toBeGreaterThan(100);
    // A cause holding a semicolon is quoted, as Excel writes it.
    expect(text).toContain('"Fournisseur « Atlas » en redressement; contrat à revoir"');
    expect(lineOfRef('R-001')).toBe(3);
  });

  it('changes exactly 3 rows and adds 1 in the re-import variant', () => {
    const before = new Map(phenixRiskRows().map((row) => [row.ref, row]));
    const { rows, changes, added } = changedRiskRegister();
    expect(rows).toHaveLength(301);
    expect(added.ref).toBe('R-301');
    const differing = rows.filter((row) => JSON.stringify(row) !== JSON.stringify(before.get(row.ref)));
    expect(differing.map((row) => row.ref)).toEqual(['R-017', 'R-142', 'R-288', 'R-301']);
    const parsed = parse(riskRegisterCsv(rows));
    for (const change of changes) {
      expect(change.from).not.toBe(change.to);
      const row = parsed[lineOfRef(change.ref) - 1];
      expect(row[riskRegisterHeaders.indexOf(change.header)]).toBe(change.to);
    }
  });

  it('plants a bad date, an unknown owner and a probability of 9 in the bad-rows variant, at the lines it reports', () => {
    const original = parse(riskRegisterCsv());
    const { rows, problems } = badRowsRiskRegister();
    const parsed = parse(riskRegisterCsv(rows));
    const differingLines = parsed.flatMap((row, index) =>
      JSON.stringify(row) === JSON.stringify(original[index]) ? [] : [index + 1],
    );
    expect(differingLines).toEqual(problems.map((problem) => problem.line));
    for (const problem of problems) {
      expect(parsed[problem.line - 1][riskRegisterHeaders.indexOf(problem.header)]).toBe(problem.raw);
    }
    expect(problems.map((problem) => problem.raw)).toEqual(['31/02/2026', 'Gaston Lagaffe', '9']);
  });

  it('writes the resources tab with people, emails, roles, capacity and weekly percentages', () => {
    const rows = parse(resourcesCsv());
    expect(rows[0].slice(0, 4)).toEqual(['Nom', 'E-mail', 'Rôle', 'Capacité (h/semaine)']);
    expect(rows[0].slice(4)).toEqual([
      '13/04/2026',
      '20/04/2026',
      '27/04/2026',
      '04/05/2026',
      '11/05/2026',
      '18/05/2026',
    ]);
    expect(resourceWeeks).toHaveLength(6);
    expect(rows.slice(1).map((row) => row[0])).toEqual(phenixPeople.map((person) => person.name));
    expect(rows[1].slice(4)).toEqual(['100%', '100%', '100%', '100%', '100%', '100%']);
    expect(rows[2].slice(4, 5)).toEqual(['50 %']);
  });

  it('writes a plan tab with milestones, tasks and deliverables', () => {
    const rows = parse(planCsv());
    expect(rows[0]).toEqual(['ID', 'Tâche', 'Type', 'Début', 'Fin', 'Durée (j)', 'Responsable', '% achevé']);
    expect(new Set(rows.slice(1).map((row) => row[2]))).toEqual(new Set(['Jalon', 'Tâche', 'Livrable']));
  });
});

describe('the editor page in Chromium', () => {
  it('draws the tab on a canvas and switches tabs through #gid= without reloading', async () => {
    const browser = await ExtensionBrowser.launch({ extensionDir: null, extraArgs: sheets.chromiumArgs });
    try {
      const page = await browser.context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`https://docs.google.com/spreadsheets/d/${phenixSpreadsheetId}/edit`);
      expect(await page.title()).toBe('Projet Phénix — PMO - Google Sheets');
      await expect.poll(() => new URL(page.url()).hash).toBe('#gid=0');
      const canvas = page.locator('canvas.waffle-grid-canvas');
      await expect.poll(() => canvas.getAttribute('data-drawn-gid')).toBe('0');
      await page.evaluate(() => {
        (window as unknown as { sameDocument: boolean }).sameDocument = true;
      });

      await page.getByRole('tab', { name: 'Ressources' }).click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#gid=${phenixTabs.resources.gid}`);
      await expect.poll(() => canvas.getAttribute('data-drawn-gid')).toBe(phenixTabs.resources.gid);
      expect(await page.getByRole('tab', { name: 'Ressources' }).getAttribute('aria-selected')).toBe('true');
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      // The values are pixels only: the DOM holds no cell text.
      expect(await page.content()).not.toContain('Élodie Marchand');
      await canvas.click({ position: { x: 46 + 150 + 10, y: 21 * 3 + 5 } });
      expect(await page.locator('#t-name-box').inputValue()).toBe('B3');
      await takeScreenshot(page, 'sheets-fixture-resources-tab');
      expect(errors.list).toEqual([]);

      // The export has no CORS headers: the page itself cannot read it (only the extension's background can).
      const pageRead = await page.evaluate(async (id) => {
        try {
          await (await fetch(`/spreadsheets/d/${id}/export?format=csv&gid=0`)).text();
          return 'read';
        } catch (error) {
          return (error as Error).name;
        }
      }, phenixSpreadsheetId);
      expect(pageRead).toBe('TypeError');

      await page.goto(sheets.editUrl(privateSpreadsheetId));
      expect(new URL(page.url()).host).toBe('accounts.google.com');
      await page.locator('#identifierId').waitFor();
    } finally {
      await browser.close();
    }
  });
});
