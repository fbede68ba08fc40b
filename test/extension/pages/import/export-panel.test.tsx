import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WriteBackForm } from '../../../../extension/pages/import/WriteBackForm';
import { OptionsApp } from '../../../../extension/pages/options/OptionsApp';
import { PopupApp } from '../../../../extension/pages/popup/PopupApp';
import { type BackgroundClient, BackgroundClientContext } from '../../../../extension/ui/background-client';
import { createTestBackground } from '../../background-harness';
import { renderPage } from '../../render-page';
import { renderImportPage, waitForStepFocus, waitForText } from './import-page-harness';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function renderExport() {
  const page = await renderImportPage();
  await page.mutate('risk.create', {
    id: crypto.randomUUID(),
    projectId: page.projectId,
    title: '=cmd|calc',
    ref: 'R-7',
    probability: 4,
    impact: 5,
    owner: { name: 'Ana Souza' },
  });
  fireEvent.click(screen.getByTestId('export-tab'));
  await waitForText('export-count', '1 row to export.');
  return page;
}

describe('export', () => {
  it('is a tab reached with the arrow keys, and keeps the import where it was', async () => {
    await renderImportPage();
    await waitForStepFocus();
    const importTab = screen.getByRole('tab', { name: 'Import' });

    fireEvent.keyDown(importTab, { key: 'ArrowRight' });

    const exportTab = screen.getByRole('tab', { name: 'Export' });
    expect(exportTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(exportTab);
    expect(screen.getByRole('tabpanel', { name: 'Export' })).toBeTruthy();
    expect(document.getElementById('import-panel')?.hidden).toBe(true);
  });

  it("downloads the project's register as <code>-<kind>-<date>.csv, formula cells escaped", async () => {
    await renderExport();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });

    fireEvent.click(screen.getByTestId('export-download-csv'));

    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^ERP-risk-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<string[]>(((await blob?.text()) ?? '').replace(/^\uFEFF/, '')).data;
    const header = rows[0];
    expect(header).toEqual(expect.arrayContaining(['PMO ID', 'Ref', 'Title', 'Owner', 'Probability', 'Impact']));
    expect(rows[1][header.indexOf('Title')]).toBe(`'=cmd|calc`);
    expect(rows[1][header.indexOf('Owner')]).toBe('Ana Souza');
  });

  it('copies the register as tab-separated text for Sheets and says so', async () => {
    await renderExport();
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });

    fireEvent.click(screen.getByTestId('export-copy-tsv'));

    await waitForText('export-message', 'Copied 1 row. Click cell A1 of a sheet and paste.');
    const [headers, row] = writeText.mock.calls[0][0].split('\r\n').map((line) => line.split('\t'));
    expect(row[headers.indexOf('Ref')]).toBe('R-7');
  });

  it('says what to do when the clipboard is refused', async () => {
    await renderExport();
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error('Document is not focused')) },
    });

    fireEvent.click(screen.getByTestId('export-copy-tsv'));

    await waitForText(
      'export-error',
      'The browser refused the clipboard (Error: Document is not focused). Use Download CSV instead.',
    );
  });

  it('explains why writing to a sheet is off in a build without an OAuth client id, and offers the download', async () => {
    await renderExport();

    expect(screen.getByTestId('export-write-back').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('export-write-back-unavailable').textContent).toContain(
      'Writing straight to Google Sheets is not turned on in this version of the extension',
    );
    expect(screen.getByTestId('export-download-csv').hasAttribute('disabled')).toBe(false);
  });
});

describe('the way to the page', () => {
  it('is linked from the popup of a joined workspace', async () => {
    const { db, client } = await renderImportPage();
    cleanup();
    renderPage(<PopupApp />, db, client);

    const link = (await screen.findByTestId('open-import')) as HTMLAnchorElement;

    expect(link.textContent).toBe('Import & export');
    expect(link.getAttribute('href')).toMatch(/\/import\.html$/);
  });

  it('is linked from the settings as "Import & export", opening import.html', async () => {
    const background = createTestBackground();
    renderPage(<OptionsApp />, background.db, background.client);

    const link = screen.getByTestId('open-import') as HTMLAnchorElement;

    expect(link.textContent).toBe('Import & export');
    expect(link.getAttribute('href')).toMatch(/\/import\.html$/);
    expect(link.getAttribute('target')).toBe('_blank');
  });
});

describe('writing back to a Google Sheet (builds with an OAuth client id)', () => {
  const table = [
    ['Ref', 'Title'],
    ['R-7', 'Vendor late'],
  ];

  function renderWriteBack(answer: () => Promise<unknown>) {
    const sent: { type: string; input: unknown }[] = [];
    const client: BackgroundClient = {
      send: (type, input) => {
        sent.push({ type, input });
        return answer() as never;
      },
    };
    render(
      <BackgroundClientContext.Provider value={client}>
        <WriteBackForm table={table} initialSheetUrl="" isConfigured={true} />
      </BackgroundClientContext.Provider>,
    );
    return sent;
  }

  it('writes the table into the tab of the address, and says how many cells', async () => {
    const sent = renderWriteBack(async () => ({ ok: true, value: { updatedCells: 4 } }));
    fireEvent.input(screen.getByLabelText('Google Sheet address'), {
      target: { value: 'https://docs.google.com/spreadsheets/d/1AbC_defGHIjk-lmn/edit#gid=42' },
    });

    fireEvent.click(screen.getByTestId('export-write-back'));

    await waitForText('export-written', '4 cells written to the sheet.');
    expect(sent).toEqual([
      { type: 'sheets.writeBack', input: { spreadsheetId: '1AbC_defGHIjk-lmn', gid: '42', values: table } },
    ]);
  });

  it('refuses an address that is not a Google Sheet, beside the field', async () => {
    const sent = renderWriteBack(async () => ({ ok: true, value: { updatedCells: 4 } }));
    fireEvent.input(screen.getByLabelText('Google Sheet address'), { target: { value: 'https://example.com/x' } });

    fireEvent.click(screen.getByTestId('export-write-back'));

    await waitForText(
      'export-sheet-url-error',
      'Paste the address of a Google Sheet, e.g. https://docs.google.com/spreadsheets/d/…/edit.',
    );
    expect(sent).toEqual([]);
  });

  it("shows the background's refusal and what to do", async () => {
    renderWriteBack(async () => ({
      ok: false,
      error: { code: 'write_back_failed', message: 'Google Sheets refused the write (403: forbidden).' },
    }));
    fireEvent.input(screen.getByLabelText('Google Sheet address'), {
      target: { value: 'https://docs.google.com/spreadsheets/d/1AbC_defGHIjk-lmn/edit' },
    });

    fireEvent.click(screen.getByTestId('export-write-back'));

    await waitForText('export-write-back-error', 'Google Sheets refused the write (403: forbidden).');
  });
});
