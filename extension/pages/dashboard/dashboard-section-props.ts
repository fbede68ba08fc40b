import type { MemberSummary } from '../../../shared/api/schemas';
import type { ConnectionRow } from '../../db/database';
import type { DashboardRoute } from '../../messaging/dashboard-route';
import type { DashboardData } from './use-dashboard-data';

/** What every section of the dashboard is handed by the shell. */
export interface DashboardSectionProps {
  connection: ConnectionRow;
  member: MemberSummary;
  /** Owner or PMO: may decide gates and save the priority weights (shared/roles.ts isGoverningRole). */
  mayGovern: boolean;
  data: DashboardData;
  route: DashboardRoute;
  navigate(route: DashboardRoute): void;
}
