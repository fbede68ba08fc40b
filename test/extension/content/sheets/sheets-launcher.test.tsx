import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSheetPage, sheetTitleOf } from '../../../../extension/content/sheets/sheet-page';
import { startSheetsLauncher } from '../../../../extension/content/sheets/start-sheets-launcher';
import type { MessageResult } from '../../../../extension/messaging/protocol';
import type { BackgroundClient } from '../../../../extension/ui/background-client';

const spreadsheetId = '1AbCdEfGhIjKlMnOpQrStUvWxYz_-0123';
const editor = `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;

const contexts: ContentScriptContext[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
  document.body.innerHTML = '';
  delete document.documentElement.dataset.interimPmoSheets;
});

/** Starts the launcher on a page whose address the test moves, as Sheets does on a tab switch. */
function startOn(url: string, answer: MessageResult<null> = { ok: true, value: null }) {
  let current = url;
  const send = vi.fn(async () => answer);
  const ctx = new ContentScriptContext('sheets-test');
  contexts.push(ctx);
  startSheetsLauncher(ctx, {
    background: { send } as unknown as BackgroundClient,
    readUrl: () => current,
    readTitle: () => 'Registre des risques',
  });
  const goTo = (next: string) => {
    current = next;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };
  return { send, goTo };
}

const shadow = () => document.querySelector('interim-pmo-sheets')?.shadowRoot ?? null;
const launcher = () => shadow()?.querySelector<HTMLButtonElement>('[data-testid="pmo-sheets-launcher"]') ?? null;
const errorLine = () => shadow()?.querySelector('[data-testid="pmo-sheets-error"]') ?? null;

describe('Sheets launcher', () => {
  it('shows a button on the sheet editor, for the first tab when the address names none', () => {
    startOn(editor);

    expect(launcher()?.textContent).toBe('Import this tab into Interim PMO');
    expect(launcher()?.dataset.gid).toBe('0');
    expect(launcher()?.tagName).toBe('BUTTON');
    expect(document.documentElement.dataset.interimPmoSheets).toBe('ready');
  });

  it('follows tab switches through the #gid= of the address at once', () => {
    const { goTo } = startOn(`${editor}#gid=0`);

    goTo(`${editor}#gid=1803270`);
    expect(launcher()?.dataset.gid).toBe('1803270');

    goTo(`${editor}?gid=55#gid=55`);
    expect(launcher()?.dataset.gid).toBe('55');
  });

  it('asks the background to open the import page for the tab shown', async () => {
    const { send, goTo } = startOn(`${editor}#gid=0`);
    goTo(`${editor}#gid=42`);

    launcher()?.click();

    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith('sheets.openImport', { spreadsheetId, gid: '42', title: 'Registre des risques' });
  });

  it('shows a failure under the button, and forgets it on another tab', async () => {
    const { goTo } = startOn(editor, {
      ok: false,
      error: { code: 'background_unavailable', message: "The extension's background did not answer." },
    });

    launcher()?.click();

    await vi.waitFor(() => expect(errorLine()?.textContent).toBe("The extension's background did not answer."));
    goTo(`${editor}#gid=9`);
    await vi.waitFor(() => expect(errorLine()).toBeNull());
  });

  it('stays off pages that are not a sheet editor', () => {
    startOn('https://docs.google.com/spreadsheets/u/0/');
    expect(document.querySelector('interim-pmo-sheets')).toBeNull();
    expect(document.documentElement.dataset.interimPmoSheets).toBeUndefined();
  });
});

describe('readSheetPage', () => {
  it.each([
    [`${editor}#gid=0`, { spreadsheetId, gid: '0' }],
    [`${editor}?gid=42#gid=42`, { spreadsheetId, gid: '42' }],
    [`${editor}?usp=sharing`, { spreadsheetId, gid: '0' }],
    [`https://docs.google.com/spreadsheets/u/1/d/${spreadsheetId}/edit#gid=7`, { spreadsheetId, gid: '7' }],
    [`${editor}#gid=abc`, { spreadsheetId, gid: '0' }],
  ])('reads %s', (url, page) => {
    expect(readSheetPage(url)).toEqual(page);
  });

  it.each([
    'https://docs.google.com/spreadsheets/u/0/',
    `https://docs.google.com/spreadsheets/d/${spreadsheetId}/preview`,
    `https://docs.google.com/spreadsheets/d/${spreadsheetId}/editor-of-something`,
    `https://docs.google.com/document/d/${spreadsheetId}/edit`,
    `https://evil.example/spreadsheets/d/${spreadsheetId}/edit`,
  ])('ignores %s', (url) => {
    expect(readSheetPage(url)).toBeNull();
  });
});

describe('sheetTitleOf', () => {
  it('drops the " - Google Sheets" suffix of the tab title', () => {
    expect(sheetTitleOf('Registre des risques 2026 - Google Sheets')).toBe('Registre des risques 2026');
    expect(sheetTitleOf('Plan – Google Sheets')).toBe('Plan');
    expect(sheetTitleOf('Google Sheets')).toBe('Google Sheets');
  });
});
