/**
 * The PMO dashboard's address, `dashboard.html#/<section>[?sponsor=&manager=&phase=&state=&rag=]`
 * (issue 17): the section shown and the portfolio filter, so a bookmark or a link sent before a
 * steering meeting opens the same view. Parsed and written here once, as workspace-route.ts does
 * for the workspace app.
 */

/** The sections of the dashboard, in the order they are shown and numbered (Alt+1 … Alt+9). */
export const dashboardSections = [
  'portfolio',
  'risks',
  'schedule',
  'capacity',
  'health',
  'evm',
  'gates',
  'priorities',
  'reporting',
] as const;
export type DashboardSection = (typeof dashboardSections)[number];

/** The filter as the address holds it: plain strings, empty means "all". */
export interface DashboardRouteFilter {
  sponsor?: string;
  /** A member id. */
  manager?: string;
  phase?: string;
  state?: string;
  rag?: 'green' | 'amber' | 'red' | 'unknown';
}

export interface DashboardRoute {
  section: DashboardSection;
  filter: DashboardRouteFilter;
}

const filterKeys = ['sponsor', 'manager', 'phase', 'state', 'rag'] as const;
const ragValues = new Set(['green', 'amber', 'red', 'unknown']);

const isSection = (value: string | undefined): value is DashboardSection =>
  (dashboardSections as readonly string[]).includes(value ?? '');

/** Reads a location hash (`#/risks?sponsor=Ada`); an unknown section falls back to the portfolio. */
export function parseDashboardRoute(hash: string): DashboardRoute {
  const body = hash.replace(/^#\/?/, '');
  const queryAt = body.indexOf('?');
  const path = queryAt < 0 ? body : body.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? '' : body.slice(queryAt + 1));
  const section = path.split('/')[0];
  const filter: DashboardRouteFilter = {};
  for (const key of filterKeys) {
    // Values are matched against the options shown, never trusted further; overlong ones are dropped.
    const value = query.get(key)?.trim();
    if (!value || value.length > 200) continue;
    if (key === 'rag') {
      if (ragValues.has(value)) filter.rag = value as DashboardRouteFilter['rag'];
    } else filter[key] = value;
  }
  return { section: isSection(section) ? section : 'portfolio', filter };
}

/** The hash of a route, `#/<section>` then the filters set, in a fixed order. */
export function formatDashboardRoute(route: DashboardRoute): string {
  const query = new URLSearchParams();
  for (const key of filterKeys) {
    const value = route.filter[key];
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return `#/${route.section}${search ? `?${search}` : ''}`;
}

/** True when any filter is set. */
export function hasDashboardFilter(filter: DashboardRouteFilter): boolean {
  return filterKeys.some((key) => Boolean(filter[key]));
}

/** The dashboard page, relative to the extension's root. */
export const dashboardPagePath = '/dashboard.html';
