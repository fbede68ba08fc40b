import { isSameJiraKey } from '../jira/jira-keys';
import { parseJiraLocation } from '../jira/location';

/** A project as the capture's picker needs it. */
export interface CaptureProject {
  id: string;
  code: string;
  name: string;
}

export type ProjectSuggestionReason = 'jira' | 'sheet' | 'last_used';

export interface ProjectHints {
  /** The captured page's address. */
  url: string;
  lastUsedProjectId?: string;
  /** Import memories: `sheet:<spreadsheetId>:<gid>` or `sheet:<spreadsheetId>` → the project it was imported into. */
  sheetProjectIds?: Readonly<Record<string, string>>;
}

export interface RankedProjects {
  projects: CaptureProject[];
  suggestedId: string | null;
  reason: ProjectSuggestionReason | null;
}

// `/u/1/` appears when the user has several Google accounts signed in.
const spreadsheetPath = /^\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,100})(?:[/?#]|$)/;

/**
 * The spreadsheet and tab a Google Sheets address shows, as the Sheets overlay reads it (the tab
 * from `#gid=`, else `?gid=`, else `0`, the first tab); null for any other address.
 *   https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQ/edit#gid=42   → 1AbCdEfGhIjKlMnOpQ, 42
 *   https://docs.google.com/spreadsheets/u/1/d/1AbCdEfGhIjKlMnOpQ/edit     → 1AbCdEfGhIjKlMnOpQ, 0
 */
export function readSheetAddress(url: string): { spreadsheetId: string; gid: string } | null {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return null;
  }
  if (address.hostname !== 'docs.google.com') return null;
  const spreadsheetId = spreadsheetPath.exec(address.pathname)?.[1];
  if (!spreadsheetId) return null;
  const fromHash = new URLSearchParams(address.hash.slice(1)).get('gid');
  const fromQuery = address.searchParams.get('gid');
  const gid = [fromHash, fromQuery].find((value) => value !== null && /^\d{1,20}$/.test(value)) ?? '0';
  return { spreadsheetId, gid };
}

/** The project mapped to the Jira project the address shows; the lowest code when several are. */
function findJiraProject<P extends CaptureProject & { jiraProjectKeys?: readonly string[] }>(
  projects: readonly P[],
  url: string,
): P | undefined {
  const location = parseJiraLocation(url);
  const projectKey = location.projectKey;
  if (!projectKey) return undefined;
  return projects.find((project) => (project.jiraProjectKeys ?? []).some((key) => isSameJiraKey(key, projectKey)));
}

/** The project the tab's import memory names, else the one the spreadsheet's memory names. */
function findSheetProjectId(url: string, sheetProjectIds: Readonly<Record<string, string>>): string | undefined {
  const sheet = readSheetAddress(url);
  if (!sheet) return undefined;
  return (
    sheetProjectIds[`sheet:${sheet.spreadsheetId}:${sheet.gid}`] ?? sheetProjectIds[`sheet:${sheet.spreadsheetId}`]
  );
}

/**
 * The projects a capture offers, best first: the one the page suggests (the project mapped to the
 * Jira project of the address; for a Google Sheet, the project its import memory names), then the
 * last used, then the rest by code. Hints naming a project not in the list are ignored.
 */
export function rankProjects(
  projects: readonly (CaptureProject & { jiraProjectKeys?: readonly string[] })[],
  hints: ProjectHints,
): RankedProjects {
  const byCode = [...projects].sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
  const known = (id: string | undefined) =>
    id === undefined ? undefined : byCode.find((project) => project.id === id);
  const jira = findJiraProject(byCode, hints.url);
  const sheet = known(findSheetProjectId(hints.url, hints.sheetProjectIds ?? {}));
  const lastUsed = known(hints.lastUsedProjectId);
  const suggestions: [CaptureProject | undefined, ProjectSuggestionReason][] = [
    [jira, 'jira'],
    [sheet, 'sheet'],
    [lastUsed, 'last_used'],
  ];
  const [suggested, reason] = suggestions.find(([project]) => project !== undefined) ?? [undefined, null];
  const first = [suggested, lastUsed].filter((project) => project !== undefined);
  const ordered = [...new Set([...first, ...byCode])];
  return {
    projects: ordered.map(({ id, code, name }) => ({ id, code, name })),
    suggestedId: suggested?.id ?? null,
    reason: suggested ? reason : null,
  };
}
