/**
 * The workspace app's address, `workspace.html#/projects/<projectId>/<tab>[/<recordId>]`: a
 * contract kept by every deep link (popup, Jira panel and banner, capture card), so it is parsed
 * and written here once, where every context may import it.
 */

/** The tabs of the workspace app, in the order they are shown and numbered. */
export const workspaceTabs = ['overview', 'plan', 'risks', 'raid', 'resources', 'costs', 'status', 'gate'] as const;
export type WorkspaceTab = (typeof workspaceTabs)[number];

export interface WorkspaceRoute {
  /** Absent: the app picks the last project opened (or the first one). */
  projectId?: string;
  tab: WorkspaceTab;
  /** A record to open in the tab (a risk in `risks`, an issue or action in `raid` …). */
  recordId?: string;
}

const isTab = (value: string | undefined): value is WorkspaceTab =>
  (workspaceTabs as readonly string[]).includes(value ?? '');

/** Ids are UUIDs; anything else in the address is ignored rather than trusted. */
const isId = (value: string | undefined): value is string => value !== undefined && /^[0-9a-f-]{36}$/i.test(value);

/** Reads a location hash (`#/projects/…`); an unknown or partial address falls back to the overview. */
export function parseWorkspaceRoute(hash: string): WorkspaceRoute {
  const [first, projectId, tab, recordId] = hash.replace(/^#\/?/, '').split('/');
  if (first !== 'projects' || !isId(projectId)) return { tab: 'overview' };
  if (!isTab(tab)) return { projectId, tab: 'overview' };
  return { projectId, tab, ...(isId(recordId) ? { recordId } : {}) };
}

/** The hash of a route, `#/projects/<id>/<tab>[/<recordId>]` (`#/` without a project). */
export function formatWorkspaceRoute(route: WorkspaceRoute): string {
  if (!route.projectId) return '#/';
  return `#/projects/${route.projectId}/${route.tab}${route.recordId ? `/${route.recordId}` : ''}`;
}

/** The page a deep link opens, relative to the extension's root. */
export const workspacePagePath = '/workspace.html';
