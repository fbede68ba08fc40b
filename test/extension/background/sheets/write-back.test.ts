import { describe, expect, it } from 'vitest';
import { tabRange } from '../../../../extension/background/sheets/write-back';
import { createSheetsBackground } from './sheets-background';
import { answer, recordingFetch } from './sheets-fakes';

const spreadsheetId = '1AbCdEfGhIjKlMnOpQrStUvWxYz_-0123';
const values = [
  ['ID', 'Title', 'Probability'],
  ['R-001', "'=SUM(A1)", '4'],
];
const api = `https://sheets.googleapis.com/v4/spreadsheets/${spreadsheetId}`;
const tabs = {
  sheets: [{ properties: { sheetId: 0, title: 'Summary' } }, { properties: { sheetId: 42, title: "Q2 'risks'" } }],
};

/** The Sheets API as Google answers it: the tab list, clear, then update. */
function fakeSheetsApi() {
  return recordingFetch(({ url, init }) => {
    if (init?.method === 'GET') return answer(JSON.stringify(tabs), { status: 200 });
    if (url.includes(':clear')) return answer('{}', { status: 200 });
    const body = JSON.parse(String(init?.body)) as { values: string[][] };
    return answer(JSON.stringify({ updatedCells: body.values.flat().length }), { status: 200 });
  });
}

function configured(fetchGoogle: typeof fetch, tokens = ['token-1']) {
  const dropped: string[] = [];
  const background = createSheetsBackground({
    clientId: 'client-id.apps.googleusercontent.com',
    hasIdentityPermission: async () => true,
    getAuthToken: async () => tokens.shift() ?? 'token-last',
    dropAuthToken: async (token) => {
      dropped.push(token);
    },
    fetchGoogle,
  });
  return { ...background, dropped };
}

describe('sheets.writeBack', () => {
  it('says writing back is not set up, and what to do instead, in a build without a client id', async () => {
    const google = fakeSheetsApi();
    const { send } = createSheetsBackground({ fetchGoogle: google.fetch, hasIdentityPermission: async () => true });

    expect(await send('sheets.writeBack', { spreadsheetId, gid: '42', values })).toEqual({
      ok: false,
      error: {
        code: 'write_back_unavailable',
        message:
          'Writing straight to Google Sheets is not turned on in this version of the extension; download the CSV or copy the table and paste it into the sheet.',
      },
    });
    expect(google.calls).toEqual([]);
  });

  it("replaces the tab's values through the Sheets API with the user's token, as raw text", async () => {
    const google = fakeSheetsApi();
    const { send } = configured(google.fetch);

    expect(await send('sheets.writeBack', { spreadsheetId, gid: '42', values })).toEqual({
      ok: true,
      value: { updatedCells: 6 },
    });

    const range = "'Q2 ''risks'''";
    expect(google.calls.map((call) => [call.init?.method, decodeURIComponent(call.url)])).toEqual([
      ['GET', `${api}?fields=sheets.properties(sheetId,title)`],
      ['POST', `${api}/values/${range}:clear`],
      ['PUT', `${api}/values/${range}!A1?valueInputOption=RAW`],
    ]);
    const update = google.calls[2];
    expect(update.url).toBe(`${api}/values/${encodeURIComponent(`${range}!A1`)}?valueInputOption=RAW`);
    expect(update.init?.headers).toMatchObject({ Authorization: 'Bearer token-1' });
    expect(JSON.parse(String(update.init?.body))).toEqual({ range: `${range}!A1`, majorDimension: 'ROWS', values });
  });

  it('writes to the tab named by its title without listing the tabs', async () => {
    const google = fakeSheetsApi();
    const { send } = configured(google.fetch);
    expect(await send('sheets.writeBack', { spreadsheetId, sheetTitle: 'Summary', values })).toMatchObject({
      ok: true,
    });
    expect(google.calls.map((call) => call.init?.method)).toEqual(['POST', 'PUT']);
  });

  it('fetches a fresh token once when Google says the cached one expired', async () => {
    let rejected = false;
    const google = recordingFetch(({ init }) => {
      const auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
      if (auth === 'Bearer stale' && !rejected) {
        rejected = true;
        return answer('{}', { status: 401 });
      }
      return answer(JSON.stringify({ updatedCells: 6 }), { status: 200 });
    });
    const { send, dropped } = configured(google.fetch, ['stale', 'fresh']);

    expect(await send('sheets.writeBack', { spreadsheetId, sheetTitle: 'Summary', values })).toEqual({
      ok: true,
      value: { updatedCells: 6 },
    });
    expect(dropped).toEqual(['stale']);
  });

  it("passes Google's reason on when it refuses, and says when the tab is gone", async () => {
    const refusing = recordingFetch(() =>
      answer(JSON.stringify({ error: { code: 403, message: 'The caller does not have permission' } }), {
        status: 403,
      }),
    );
    expect(await configured(refusing.fetch).send('sheets.writeBack', { spreadsheetId, gid: '42', values })).toEqual({
      ok: false,
      error: {
        code: 'write_back_failed',
        message: expect.stringMatching(
          /^Google Sheets refused the write \(.*403: The caller does not have permission\)/,
        ),
      },
    });

    const google = fakeSheetsApi();
    expect(await configured(google.fetch).send('sheets.writeBack', { spreadsheetId, gid: '7', values })).toMatchObject({
      ok: false,
      error: { code: 'write_back_sheet_missing' },
    });
    expect(google.calls).toHaveLength(1);
  });

  it('asks for permission first when the identity permission is not granted or the user declines', async () => {
    const google = fakeSheetsApi();
    const { send } = createSheetsBackground({ clientId: 'client-id', fetchGoogle: google.fetch });
    expect(await send('sheets.writeBack', { spreadsheetId, values })).toMatchObject({
      ok: false,
      error: { code: 'write_back_not_allowed' },
    });
    const declined = createSheetsBackground({
      clientId: 'client-id',
      hasIdentityPermission: async () => true,
      fetchGoogle: google.fetch,
    });
    expect(await declined.send('sheets.writeBack', { spreadsheetId, values })).toMatchObject({
      ok: false,
      error: { code: 'write_back_not_allowed' },
    });
    expect(google.calls).toEqual([]);
  });
});

describe('tabRange', () => {
  it("quotes a tab's title as A1 notation wants, doubling its quotes", () => {
    expect(tabRange('Risks')).toBe("'Risks'");
    expect(tabRange("Q2 'risks'")).toBe("'Q2 ''risks'''");
  });
});
