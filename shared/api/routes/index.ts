import { auditRoutes } from './audit-routes';
import { backupRoutes } from './backup-routes';
import { historyRoutes } from './history-routes';
import { inviteRoutes } from './invite-routes';
import { meRoutes } from './me-routes';
import { memberRoutes } from './member-routes';
import { reminderRoutes } from './reminder-routes';
import { reportRoutes } from './report-routes';
import type { RouteDescription } from './route-description';
import { serviceRoutes } from './service-routes';
import { shareRoutes } from './share-routes';
import { syncRoutes } from './sync-routes';
import { workspaceRoutes } from './workspace-routes';

export * from './route-description';
export * from './share-routes';

/**
 * Every route of the API by name, in the order the reference lists them. The Worker serves exactly
 * these (test/worker/route-descriptions.test.ts), so validation, OpenAPI and the client cannot drift.
 */
export const apiRoutes = {
  ...serviceRoutes,
  ...workspaceRoutes,
  ...meRoutes,
  ...memberRoutes,
  ...inviteRoutes,
  ...auditRoutes,
  ...syncRoutes,
  ...historyRoutes,
  ...reportRoutes,
  ...reminderRoutes,
  ...backupRoutes,
  ...shareRoutes,
} satisfies Record<string, RouteDescription>;

export type ApiRoutes = typeof apiRoutes;
export type RouteName = keyof ApiRoutes;
