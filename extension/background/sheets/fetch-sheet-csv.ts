import { i18n } from '#i18n';
import { ok } from '../../../shared/result';
import type { MessageResult } from '../../messaging/protocol';
import type { SheetCsv } from '../../messaging/sheets-messages';
import { csvExportUrl } from './sheet-urls';

/** Past this a tab is not a register or a plan, and parsing it would stall the page. */
export const maxSheetBytes = 20 * 1024 * 1024;

const failure = (code: string, message: string): { ok: false; error: { code: string; message: string } } => ({
  ok: false,
  error: { code, message },
});

const signIn = () => failure('sheet_sign_in', i18n.t('sheets.errors.signIn'));
const tooLarge = () =>
  failure('sheet_too_large', i18n.t('sheets.errors.tooLarge', [String(maxSheetBytes / 1024 / 1024)]));

/** Google answers a signed-out reader with its sign-in page (status 200), not with a 401. */
function isSignInAnswer(response: Response): boolean {
  const url = response.url ? new URL(response.url) : null;
  if (url?.hostname === 'accounts.google.com') return true;
  return (response.headers.get('content-type') ?? '').toLowerCase().includes('text/html');
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype html|html)[\s>]/i.test(text.slice(0, 512));
}

/**
 * Reads a tab's CSV export from the background with the user's Google session: the export
 * redirects to googleusercontent.com without CORS headers, so neither a content script nor an
 * extension page could read it. Each failure says what the user can do about it.
 */
export async function fetchSheetCsv(
  source: { spreadsheetId: string; gid: string },
  fetchFn: typeof fetch,
  now: () => string,
): Promise<MessageResult<SheetCsv>> {
  let response: Response;
  try {
    response = await fetchFn(csvExportUrl(source.spreadsheetId, source.gid), {
      credentials: 'include',
      redirect: 'follow',
      headers: { Accept: 'text/csv' },
    });
  } catch {
    return (await endsOnSignIn(source, fetchFn))
      ? signIn()
      : failure('sheet_unreachable', i18n.t('sheets.errors.unreachable'));
  }
  if ([401, 403, 404].includes(response.status)) return failure('sheet_no_access', i18n.t('sheets.errors.noAccess'));
  if (!response.ok) return failure('sheet_failed', i18n.t('sheets.errors.failed', [String(response.status)]));
  if (isSignInAnswer(response)) return signIn();
  if (Number(response.headers.get('content-length') ?? 0) > maxSheetBytes) return tooLarge();
  let body: Uint8Array | null;
  try {
    body = await readAtMost(response, maxSheetBytes);
  } catch {
    return failure('sheet_unreachable', i18n.t('sheets.errors.unreachable'));
  }
  if (!body) return tooLarge();
  const text = new TextDecoder('utf-8').decode(body);
  if (looksLikeHtml(text)) return signIn();
  return ok({ text, bytes: body.byteLength, fetchedAt: now() });
}

/**
 * A signed-out export redirects to accounts.google.com, which is outside our host permissions and
 * sends no CORS headers, so following it throws like a network failure. Asked again without
 * following, the answer is an opaque redirect: Google is reachable and wants a sign-in.
 */
async function endsOnSignIn(source: { spreadsheetId: string; gid: string }, fetchFn: typeof fetch): Promise<boolean> {
  try {
    const probe = await fetchFn(csvExportUrl(source.spreadsheetId, source.gid), {
      credentials: 'include',
      redirect: 'manual',
    });
    return probe.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

/** The body, or null as soon as it grows past `limit` bytes (a missing Content-Length must not let it fill memory). */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > limit ? null : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
