/**
 * The workspace administration page's address, `admin.html#/<section>[/<recordId>]` (issue 16): the
 * workspace's members, its activity, its method, its settings and its playbooks. Parsed and written
 * here once, as extension/messaging/workspace-route.ts does for the workspace app.
 */

/** The sections of the administration page, in the order they are shown. */
export const adminSections = [
  'members',
  'activity',
  'method',
  'settings',
  'playbooks',
  'lessons',
  'sharing',
  'handover',
] as const;
export type AdminSection = (typeof adminSections)[number];

export interface AdminRoute {
  section: AdminSection;
  /** A record to open in the section (a template in `method`, a playbook in `playbooks` …). */
  recordId?: string;
}

const isSection = (value: string | undefined): value is AdminSection =>
  (adminSections as readonly string[]).includes(value ?? '');

/** Ids are UUIDs; anything else in the address is ignored rather than trusted. */
const isId = (value: string | undefined): value is string => value !== undefined && /^[0-9a-f-]{36}$/i.test(value);

/** Reads a location hash (`#/method/<id>`); an unknown address falls back to the members. */
export function parseAdminRoute(hash: string): AdminRoute {
  const [section, recordId] = hash.replace(/^#\/?/, '').split('/');
  if (!isSection(section)) return { section: 'members' };
  return { section, ...(isId(recordId) ? { recordId } : {}) };
}

/** The hash of a route, `#/<section>[/<recordId>]`. */
export function formatAdminRoute(route: AdminRoute): string {
  return `#/${route.section}${route.recordId ? `/${route.recordId}` : ''}`;
}

/** The administration page, relative to the extension's root. */
export const adminPagePath = '/admin.html';
