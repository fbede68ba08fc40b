/** Google Sheets' host; the e2e maps it to a fixture server with --host-resolver-rules, so it stays fixed. */
export const sheetsOrigin = 'https://docs.google.com';

/** The CSV export of one tab; it redirects to *.googleusercontent.com, which sends no CORS headers. */
export function csvExportUrl(spreadsheetId: string, gid: string): string {
  return `${sheetsOrigin}/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?format=csv&gid=${encodeURIComponent(gid)}`;
}

/** The import page's hash for a tab: `#sheet=<id>&gid=<gid>&title=<encoded>`. */
export function importPageHash(source: { spreadsheetId: string; gid: string; title?: string }): string {
  const parts = [`sheet=${encodeURIComponent(source.spreadsheetId)}`, `gid=${encodeURIComponent(source.gid)}`];
  if (source.title) parts.push(`title=${encodeURIComponent(source.title)}`);
  return `#${parts.join('&')}`;
}

/**
 * The spreadsheet a Sheets page shows (`/spreadsheets/d/{id}/…`, `/spreadsheets/u/1/d/{id}/…`), or
 * undefined: the launcher may open the import only for the sheet its own page shows.
 */
export function spreadsheetIdOfPage(url: string): string | undefined {
  return /^https:\/\/docs\.google\.com(?::\d+)?\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)(?:[/?#]|$)/.exec(
    url,
  )?.[1];
}
