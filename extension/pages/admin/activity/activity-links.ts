import type { HistoryEntry } from '../../../../shared/api/history';
import { type AdminRoute, formatAdminRoute } from '../../../messaging/admin-route';
import { formatWorkspaceRoute, type WorkspaceRoute } from '../../../messaging/workspace-route';
import { tabOfEntity } from '../../workspace/overview/record-route';

/** Entities whose workspace tab opens one record from the address (`…/<tab>/<recordId>`), and that tab. */
const tabOpeningRecord: Readonly<Record<string, WorkspaceRoute['tab']>> = {
  risk: 'risks',
  issue: 'raid',
  action: 'raid',
  decision: 'raid',
  milestone: 'plan',
  planItem: 'plan',
  gateReview: 'gate',
  costEntry: 'costs',
};

/** Entities shown on a tab as a whole (no address of their own), and that tab. */
const tabShowingEntity: Readonly<Record<string, WorkspaceRoute['tab']>> = {
  baseline: 'plan',
  allocation: 'resources',
  raci: 'resources',
};

/**
 * Where an activity entry's record is read: its deep link in the workspace app
 * (`#/projects/<projectId>/<tab>[/<id>]`, extension/messaging/workspace-route.ts), a template in the
 * administration page's method section, or nowhere for other workspace-wide records.
 */
export function linkOfEntry(entry: HistoryEntry): { page: 'workspace' | 'admin'; hash: string } | null {
  if (entry.entity === 'template') {
    const route: AdminRoute = { section: 'method', recordId: entry.id };
    return { page: 'admin', hash: formatAdminRoute(route) };
  }
  if (!entry.projectId) return null;
  const projectId = entry.projectId;
  const opening = tabOpeningRecord[entry.entity];
  if (opening)
    return { page: 'workspace', hash: formatWorkspaceRoute({ projectId, tab: opening, recordId: entry.id }) };
  const tab = tabShowingEntity[entry.entity] ?? tabOfEntity(entry.entity);
  return { page: 'workspace', hash: formatWorkspaceRoute({ projectId, tab }) };
}
