import type { WorkspaceTab } from '../../../messaging/workspace-route';

/** Where the app opens a record of each kind; other kinds open on the overview. */
export function tabOfEntity(entity: string): WorkspaceTab {
  if (entity === 'risk') return 'risks';
  if (entity === 'issue' || entity === 'action' || entity === 'decision') return 'raid';
  if (entity === 'statusReport') return 'status';
  return 'overview';
}
