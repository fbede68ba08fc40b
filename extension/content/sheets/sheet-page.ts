/** The spreadsheet and tab a Google Sheets editor page shows. */
export interface SheetPage {
  spreadsheetId: string;
  /** The tab's id from `#gid=`; `0` (the first tab) when the address names none. */
  gid: string;
}

// `/u/1/` appears when the user has several Google accounts signed in.
const editorPath = /^\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,100})\/edit(?:[/?#]|$)/;

/**
 * The sheet an address shows, or null for anything but the editor (the home page, /copy, /preview…).
 *   https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQ/edit#gid=0          → gid 0
 *   https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQ/edit?gid=42#gid=42  → gid 42
 *   https://docs.google.com/spreadsheets/u/1/d/1AbCdEfGhIjKlMnOpQ/edit            → gid 0
 */
export function readSheetPage(href: string): SheetPage | null {
  const url = new URL(href);
  if (url.hostname !== 'docs.google.com') return null;
  const match = editorPath.exec(url.pathname);
  if (!match) return null;
  const fromHash = new URLSearchParams(url.hash.slice(1)).get('gid');
  const fromQuery = url.searchParams.get('gid');
  const gid = [fromHash, fromQuery].find((value) => value !== null && /^\d{1,20}$/.test(value)) ?? '0';
  return { spreadsheetId: match[1], gid };
}

/** The spreadsheet's name from the tab title: "Risks 2026 - Google Sheets" → "Risks 2026". */
export function sheetTitleOf(documentTitle: string): string {
  return documentTitle
    .replace(/\s+[-–—]\s+Google\s+Sheets\s*$/u, '')
    .trim()
    .slice(0, 500);
}
