import { describe, expect, it } from 'vitest';
import { maxSheetBytes } from '../../../../extension/background/sheets/fetch-sheet-csv';
import { createSheetsBackground } from './sheets-background';
import { answer, recordingFetch } from './sheets-fakes';

const spreadsheetId = '1AbCdEfGhIjKlMnOpQrStUvWxYz_-0123';
const exportUrl = `https://docs.google.com/spreadsheets/d/${spreadsheetId}/export?format=csv&gid=42`;
const contentUrl = 'https://doc-0s-4k-sheets.googleusercontent.com/export/abc/def?format=csv&gid=42';
const csv = 'ID;Risque;Probabilité\nR-001;Retard fournisseur;Élevé\n';

function fetchCsvWith(respond: Parameters<typeof recordingFetch>[0]) {
  const fake = recordingFetch(respond);
  const { send } = createSheetsBackground({ fetchSheet: fake.fetch });
  return { calls: fake.calls, send, fetchCsv: () => send('sheets.fetchCsv', { spreadsheetId, gid: '42' }) };
}

describe('sheets.fetchCsv', () => {
  it("reads the tab's CSV export with the user's session, following the redirect to googleusercontent.com", async () => {
    const { calls, fetchCsv } = fetchCsvWith(() =>
      answer(csv, { status: 200, url: contentUrl, headers: { 'content-type': 'text/csv; charset=utf-8' } }),
    );

    const result = await fetchCsv();

    expect(result).toEqual({
      ok: true,
      value: { text: csv, bytes: new TextEncoder().encode(csv).byteLength, fetchedAt: expect.any(String) },
    });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(exportUrl);
    expect(calls[0].init).toMatchObject({ credentials: 'include', redirect: 'follow' });
  });

  it('says to sign in to Google when the export ends on the sign-in page', async () => {
    const { fetchCsv } = fetchCsvWith(() =>
      answer('<!DOCTYPE html><html><body>Sign in</body></html>', {
        status: 200,
        url: 'https://accounts.google.com/v3/signin/identifier?continue=https%3A%2F%2Fdocs.google.com',
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
    );
    expect(await fetchCsv()).toEqual({
      ok: false,
      error: { code: 'sheet_sign_in', message: expect.stringContaining('Sign in to Google in this browser') },
    });
  });

  it('says to sign in when Google answers an HTML page without saying so in its content type', async () => {
    const { fetchCsv } = fetchCsvWith(() =>
      answer('\n<html lang="en"><head><title>Google Sheets</title></head></html>', { status: 200 }),
    );
    expect(await fetchCsv()).toMatchObject({ ok: false, error: { code: 'sheet_sign_in' } });
  });

  it.each([401, 403, 404])('says to ask for access on a %i', async (status) => {
    const { fetchCsv } = fetchCsvWith(() => answer('Not allowed', { status }));
    expect(await fetchCsv()).toEqual({
      ok: false,
      error: { code: 'sheet_no_access', message: expect.stringMatching(/Ask the owner to share .*download it as CSV/) },
    });
  });

  it('refuses a tab over 20 MB, announced or not', async () => {
    const announced = fetchCsvWith(() =>
      answer('a,b\n', { status: 200, headers: { 'content-length': String(maxSheetBytes + 1) } }),
    );
    expect(await announced.fetchCsv()).toMatchObject({
      ok: false,
      error: { code: 'sheet_too_large', message: expect.stringContaining('20 MB') },
    });

    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    const streamed = fetchCsvWith(() => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ > 21) controller.close();
          else controller.enqueue(chunk);
        },
      });
      return answer(body, { status: 200 });
    });
    expect(await streamed.fetchCsv()).toMatchObject({ ok: false, error: { code: 'sheet_too_large' } });
  });

  it('says Google Sheets could not be reached when the network fails', async () => {
    const { fetchCsv } = fetchCsvWith(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchCsv()).toEqual({
      ok: false,
      error: { code: 'sheet_unreachable', message: expect.stringContaining('Google Sheets could not be reached') },
    });
  });

  it('says to sign in when following the redirect fails because it leads to the sign-in host (no CORS there)', async () => {
    const { calls, fetchCsv } = fetchCsvWith((call) => {
      if (call.init?.redirect === 'follow') throw new TypeError('Failed to fetch');
      return Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    });
    expect(await fetchCsv()).toMatchObject({ ok: false, error: { code: 'sheet_sign_in' } });
    expect(calls.map((call) => call.init?.redirect)).toEqual(['follow', 'manual']);
  });

  it('names the status of any other failure', async () => {
    const { fetchCsv } = fetchCsvWith(() => answer('Oops', { status: 500 }));
    expect(await fetchCsv()).toMatchObject({
      ok: false,
      error: { code: 'sheet_failed', message: expect.stringContaining('status 500') },
    });
  });

  it('refuses addresses that are not a spreadsheet tab before fetching anything', async () => {
    const { calls, send } = fetchCsvWith(() => answer(csv));
    expect(await send('sheets.fetchCsv', { spreadsheetId: '../../evil', gid: '0' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'spreadsheetId' },
    });
    expect(await send('sheets.fetchCsv', { spreadsheetId, gid: '0&format=html' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'gid' },
    });
    expect(calls).toHaveLength(0);
  });
});
