import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserSheetsDeps } from '../../../../extension/background/sheets/browser-sheets-deps';
import { importPageHash } from '../../../../extension/background/sheets/sheet-urls';
import type { SenderTab } from '../../../../extension/background/sheets/sheets-handlers';
import { contentScript } from '../../senders';
import { createSheetsBackground } from './sheets-background';

const spreadsheetId = '1AbCdEfGhIjKlMnOpQrStUvWxYz_-0123';
/** The launcher on that spreadsheet's page, in tab 12. */
const launcher = contentScript(`https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit#gid=42`, 12);

function recordingTabs() {
  const opened: { url: string; besideTab: SenderTab | undefined }[] = [];
  const background = createSheetsBackground({
    openTab: async (url, besideTab) => {
      opened.push({ url, besideTab });
    },
  });
  return { ...background, opened };
}

describe('sheets.openImport', () => {
  it('opens the import page for the tab, right after the sheet it was asked from', async () => {
    const { send, opened } = recordingTabs();
    const senderTab = { id: 12, index: 2, windowId: 1 };

    const result = await send(
      'sheets.openImport',
      { spreadsheetId, gid: '42', title: 'Registre des risques & actions #2' },
      launcher,
    );

    expect(result).toEqual({ ok: true, value: null });
    expect(opened).toEqual([
      {
        url: `chrome-extension://pmo-test-id/import.html#sheet=${spreadsheetId}&gid=42&title=Registre%20des%20risques%20%26%20actions%20%232`,
        besideTab: senderTab,
      },
    ]);
    const hash = new URLSearchParams(new URL(opened[0].url).hash.slice(1));
    expect(Object.fromEntries(hash)).toEqual({
      sheet: spreadsheetId,
      gid: '42',
      title: 'Registre des risques & actions #2',
    });
  });

  it('opens the import only for the spreadsheet the launcher’s own page shows', async () => {
    const { send, opened } = recordingTabs();
    const otherSheet = contentScript('https://docs.google.com/spreadsheets/u/1/d/1ZzZzZzZzZzZzZzZ/edit#gid=0', 14);

    expect(await send('sheets.openImport', { spreadsheetId, gid: '42' }, otherSheet)).toMatchObject({
      ok: false,
      error: { code: 'sender_not_allowed' },
    });
    expect(
      await send(
        'sheets.openImport',
        { spreadsheetId, gid: '42' },
        contentScript('https://docs.google.com/document/d/x', 15),
      ),
    ).toMatchObject({ ok: false, error: { code: 'sender_not_allowed' } });
    expect(opened).toEqual([]);
  });

  it('leaves the title out when the sheet has none', () => {
    expect(importPageHash({ spreadsheetId, gid: '0' })).toBe(`#sheet=${spreadsheetId}&gid=0`);
  });

  it('refuses a spreadsheet id or gid that could not come from a Sheets address', async () => {
    const { send, opened } = recordingTabs();
    expect(await send('sheets.openImport', { spreadsheetId: 'short', gid: '0' }, launcher)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'spreadsheetId' },
    });
    expect(await send('sheets.openImport', { spreadsheetId, gid: 'abc' }, launcher)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'gid' },
    });
    expect(opened).toEqual([]);
  });

  it('says so when the browser cannot open the tab', async () => {
    const { send } = createSheetsBackground({
      openTab: async () => {
        throw new Error('No window');
      },
    });
    expect(await send('sheets.openImport', { spreadsheetId, gid: '0' }, launcher)).toMatchObject({
      ok: false,
      error: { code: 'open_failed', message: expect.stringContaining('No window') },
    });
  });
});

describe('browserSheetsDeps', () => {
  it('opens the tab right after the sender, in its window, with the sheet as its opener', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const url = browserSheetsDeps.importPageUrl('#sheet=x&gid=0');

    await browserSheetsDeps.openTab(url, { id: 12, index: 3, windowId: 1 });

    expect(url).toMatch(/^chrome-extension:\/\/[^/]+\/import\.html#sheet=x&gid=0$/);
    expect(create).toHaveBeenCalledWith({ url, index: 4, windowId: 1, openerTabId: 12 });
  });
});
