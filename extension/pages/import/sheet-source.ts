import { sheetSourceKey as sheetMemoryKey } from '../../messaging/sheets-messages';

/** A Google Sheets tab the page was opened for (`import.html#sheet=<id>&gid=<gid>&title=<title>`). */
export interface SheetSource {
  spreadsheetId: string;
  gid: string;
  title: string;
}

const spreadsheetIdPattern = /^[A-Za-z0-9_-]{10,100}$/;
const gidPattern = /^\d{1,20}$/;

/** Reads the sheet from the page's hash; null when the page was opened without one (or with a forged one). */
export function readSheetSource(hash: string): SheetSource | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const spreadsheetId = params.get('sheet') ?? '';
  const gid = params.get('gid') || '0';
  if (!spreadsheetIdPattern.test(spreadsheetId) || !gidPattern.test(gid)) return null;
  return { spreadsheetId, gid, title: (params.get('title') ?? '').slice(0, 500) };
}

/** The key an import's memory is saved under, one per sheet tab. */
export function sheetSourceKey(sheet: Pick<SheetSource, 'spreadsheetId' | 'gid'>): string {
  return sheetMemoryKey(sheet.spreadsheetId, sheet.gid);
}

/** The key for a dropped or chosen file: the same file name finds its last mapping again. */
export function fileSourceKey(fileName: string): string {
  return `file:${fileName}`.slice(0, 300);
}

/** Pasted text has no name: all pastes share one memory. */
export const pastedSourceKey = 'paste:text';

/**
 * The spreadsheet (and tab) a Google Sheets address points at, for writing back; null when the text
 * is not a Sheets address.
 */
export function parseSheetUrl(text: string): { spreadsheetId: string; gid?: string } | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'docs.google.com') return null;
  const match = /^\/spreadsheets\/d\/([A-Za-z0-9_-]{10,100})(?:\/|$)/.exec(url.pathname);
  if (!match) return null;
  const gid = /(?:^|[#&?])gid=(\d{1,20})/.exec(url.hash)?.[1] ?? url.searchParams.get('gid') ?? undefined;
  return gid && gidPattern.test(gid) ? { spreadsheetId: match[1], gid } : { spreadsheetId: match[1] };
}
