import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForMessages } from '../../../../extension/background/messaging/listen-for-messages';
import type { SenderTab } from '../../../../extension/background/sheets/sheets-handlers';
import { contentScript, sheetPage } from '../../senders';
import { createSheetsBackground } from './sheets-background';

describe('listenForMessages', () => {
  it('tells handlers which tab a message came from, so the import page opens beside the sheet', async () => {
    const opened: { url: string; besideTab: SenderTab | undefined }[] = [];
    const { handlers, facts } = createSheetsBackground({
      openTab: async (url, besideTab) => {
        opened.push({ url, besideTab });
      },
    });
    listenForMessages(handlers, facts);
    const data = { spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUvWxYz', gid: '7' };

    // Chrome hands listeners a sendResponse callback as a third argument; fake-browser types only two.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    const answer = await new Promise((resolve) =>
      trigger({ id: 1, type: 'sheets.openImport', data, timestamp: Date.now() }, contentScript(sheetPage, 5), resolve),
    );

    expect(answer).toMatchObject({ res: { ok: true, value: null } });
    expect(opened).toEqual([
      {
        url: expect.stringContaining('#sheet=1AbCdEfGhIjKlMnOpQrStUvWxYz&gid=7'),
        besideTab: { id: 5, index: 2, windowId: 1 },
      },
    ]);
  });
});
