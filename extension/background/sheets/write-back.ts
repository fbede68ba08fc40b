import { i18n } from '#i18n';
import { ok } from '../../../shared/result';
import type { MessageResult } from '../../messaging/protocol';

const sheetsApi = 'https://sheets.googleapis.com/v4/spreadsheets';

/** What writing back needs from the browser: the build's client id, chrome.identity, and fetch. */
export interface WriteBackDeps {
  /** Undefined when the build has no OAuth client id: writing back is then unavailable. */
  clientId: string | undefined;
  hasIdentityPermission(): Promise<boolean>;
  /** chrome.identity.getAuthToken({ interactive: true }); rejects when the user declines. */
  getAuthToken(): Promise<string>;
  /** Forgets a token Google no longer accepts, so the next getAuthToken fetches a fresh one. */
  dropAuthToken(token: string): Promise<void>;
  fetchGoogle: typeof fetch;
}

export interface WriteBackRequest {
  spreadsheetId: string;
  gid?: string;
  sheetTitle?: string;
  values: string[][];
}

type Failure = { ok: false; error: { code: string; message: string } };
const failure = (code: string, message: string): Failure => ({ ok: false, error: { code, message } });
const notAllowed = () => failure('write_back_not_allowed', i18n.t('sheets.errors.writeBackNotAllowed'));
const unreachable = () => failure('sheet_unreachable', i18n.t('sheets.errors.unreachable'));

/** A1 notation of a whole tab: its title in single quotes, quotes doubled. */
export function tabRange(title: string): string {
  return `'${title.replaceAll("'", "''")}'`;
}

/**
 * Replaces a tab's content with `values` through the Sheets API (values.clear, then values.update
 * with RAW input so no cell is read as a formula). Clearing first keeps rows of an older, longer
 * export from lingering below the new table, where a re-import would read them back.
 */
export async function writeBackToSheet(
  request: WriteBackRequest,
  deps: WriteBackDeps,
): Promise<MessageResult<{ updatedCells: number }>> {
  if (!deps.clientId) return failure('write_back_unavailable', i18n.t('sheets.errors.writeBackUnavailable'));
  if (!(await deps.hasIdentityPermission())) return notAllowed();
  let token: string;
  try {
    token = await deps.getAuthToken();
  } catch {
    return notAllowed();
  }

  /** One API call; a 401 means the cached token expired, so it is dropped and the call made once more. */
  const call = async (url: string, init: RequestInit): Promise<Response | Failure> => {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await deps.fetchGoogle(url, {
          ...init,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        });
      } catch {
        return unreachable();
      }
      if (response.status !== 401 || attempt > 0) return response.ok ? response : explainApiFailure(response);
      await deps.dropAuthToken(token);
      try {
        token = await deps.getAuthToken();
      } catch {
        return notAllowed();
      }
    }
  };

  const base = `${sheetsApi}/${encodeURIComponent(request.spreadsheetId)}`;
  let title = request.sheetTitle;
  if (title === undefined) {
    const answer = await call(`${base}?fields=${encodeURIComponent('sheets.properties(sheetId,title)')}`, {
      method: 'GET',
    });
    if (!(answer instanceof Response)) return answer;
    title = findTabTitle(await answer.json().catch(() => null), request.gid);
    if (title === undefined) return failure('write_back_sheet_missing', i18n.t('sheets.errors.writeBackSheetMissing'));
  }
  const range = tabRange(title);
  const cleared = await call(`${base}/values/${encodeURIComponent(range)}:clear`, { method: 'POST', body: '{}' });
  if (!(cleared instanceof Response)) return cleared;
  const topLeft = `${range}!A1`;
  const updated = await call(`${base}/values/${encodeURIComponent(topLeft)}?valueInputOption=RAW`, {
    method: 'PUT',
    body: JSON.stringify({ range: topLeft, majorDimension: 'ROWS', values: request.values }),
  });
  if (!(updated instanceof Response)) return updated;
  const json = (await updated.json().catch(() => null)) as { updatedCells?: unknown } | null;
  return ok({ updatedCells: typeof json?.updatedCells === 'number' ? json.updatedCells : 0 });
}

/** The title of the tab `gid` names, or of the first tab when no gid is given. */
function findTabTitle(json: unknown, gid: string | undefined): string | undefined {
  const sheets = (json as { sheets?: { properties?: { sheetId?: number; title?: string } }[] } | null)?.sheets ?? [];
  const tab = gid === undefined ? sheets[0] : sheets.find((sheet) => String(sheet.properties?.sheetId) === gid);
  return tab?.properties?.title;
}

async function explainApiFailure(response: Response): Promise<Failure> {
  const json = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
  const reason = typeof json?.error?.message === 'string' ? json.error.message : response.statusText;
  return failure('write_back_failed', i18n.t('sheets.errors.writeBackFailed', [String(response.status), reason]));
}
