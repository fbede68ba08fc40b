import { projectKeyOfIssue, toIssueKey, toProjectKey } from './jira-keys';

/**
 * Which Jira page a URL shows, read from the URL alone (docs/overlays.md "Data from APIs, the DOM only for placement": data from the URL and the REST
 * API, the DOM only for placement). A board or list with `?selectedIssue=KEY-12` shows that issue
 * in a modal: `selectedIssueKey` names it, and the modal is the issue view.
 */
export type JiraLocation =
  | { page: 'issue'; issueKey: string; projectKey: string }
  | {
      page: 'board' | 'backlog';
      boardKind: 'company' | 'team';
      projectKey: string;
      boardId: string;
      selectedIssueKey?: string;
    }
  | { page: 'other'; selectedIssueKey?: string; projectKey?: string };

interface UrlParts {
  path: string;
  query: Map<string, string>;
}

// scheme://host, then path, query and fragment; a bare path ("/browse/PAY-1") is read too.
const urlPattern = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)(?:\?([^#]*))?/i;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function splitUrl(url: string): UrlParts {
  const [, path = '', search = ''] = urlPattern.exec(url.trim()) ?? [];
  const query = new Map<string, string>();
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = decode(equals < 0 ? pair : pair.slice(0, equals));
    // The first value wins, as URLSearchParams.get reads it.
    if (!query.has(name)) query.set(name, equals < 0 ? '' : decode(pair.slice(equals + 1)));
  }
  return { path: decode(path), query };
}

// Jira Cloud boards: company-managed under /c/, team-managed without; the backlog is a sub-page.
// A self-hosted Jira may sit under a context path (https://example.com/jira/…), hence no "^".
const boardPattern = /\/jira\/software\/(c\/)?projects\/([^/]+)\/boards\/(\d+)(\/backlog)?\/?$/i;
const issuePattern = /\/browse\/([^/]+)\/?$/i;
const projectPathPattern = /\/projects\/([^/]+)(?:\/|$)/i;
const issueInPathPattern = /\/issues\/([^/]+)\/?$/i;

/** Jira Data Center boards: /secure/RapidBoard.jspa?rapidView=N&projectKey=KEY (&view=planning = backlog). */
function readDataCenterBoard({ path, query }: UrlParts, selectedIssueKey: string | undefined): JiraLocation | null {
  if (!/\/secure\/RapidBoard\.jspa$/i.test(path)) return null;
  const boardId = query.get('rapidView') ?? '';
  const projectKey = toProjectKey(query.get('projectKey') ?? '');
  if (!/^\d+$/.test(boardId) || !projectKey) return null;
  const page = (query.get('view') ?? '').startsWith('planning') ? 'backlog' : 'board';
  return { page, boardKind: 'company', projectKey, boardId, ...(selectedIssueKey ? { selectedIssueKey } : {}) };
}

/**
 * Reads a Jira URL: `/browse/KEY-12` (issue), `/jira/software/c/projects/KEY/boards/N` (company-managed
 * board), `/jira/software/projects/KEY/boards/N` (team-managed board), either + `/backlog`, and any
 * page with `?selectedIssue=KEY-12`. Keys come back upper-cased. Never throws: anything else is `other`.
 */
export function parseJiraLocation(url: string): JiraLocation {
  const parts = splitUrl(url);
  const { path, query } = parts;
  const selectedIssueKey = toIssueKey(query.get('selectedIssue') ?? '');
  const selected = selectedIssueKey ? { selectedIssueKey } : {};

  const issueKey = toIssueKey(issuePattern.exec(path)?.[1] ?? '');
  if (issueKey) return { page: 'issue', issueKey, projectKey: projectKeyOfIssue(issueKey)! };

  const board = boardPattern.exec(path);
  const boardProjectKey = toProjectKey(board?.[2] ?? '');
  if (board && boardProjectKey) {
    return {
      page: board[4] ? 'backlog' : 'board',
      boardKind: board[1] ? 'company' : 'team',
      projectKey: boardProjectKey,
      boardId: board[3],
      ...selected,
    };
  }

  const dataCenterBoard = readDataCenterBoard(parts, selectedIssueKey);
  if (dataCenterBoard) return dataCenterBoard;

  // Lists and the issue navigator: /jira/software/c/projects/KEY/issues/KEY-12 shows that issue.
  const issueInPath = toIssueKey(issueInPathPattern.exec(path)?.[1] ?? '');
  const shownIssueKey = selectedIssueKey ?? issueInPath;
  const projectKey =
    toProjectKey(projectPathPattern.exec(path)?.[1] ?? '') ??
    toProjectKey(issuePattern.exec(path)?.[1] ?? '') ??
    (shownIssueKey ? projectKeyOfIssue(shownIssueKey) : undefined);
  return {
    page: 'other',
    ...(shownIssueKey ? { selectedIssueKey: shownIssueKey } : {}),
    ...(projectKey ? { projectKey } : {}),
  };
}

/** The issue a page shows, full page or modal; undefined on pages without one. */
export function shownIssueKey(location: JiraLocation): string | undefined {
  return location.page === 'issue' ? location.issueKey : location.selectedIssueKey;
}
