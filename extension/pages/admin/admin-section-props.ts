import type { MemberSummary } from '../../../shared/api/schemas';
import type { ConnectionRow } from '../../db/database';
import type { AdminRoute } from '../../messaging/admin-route';

/** What every section of the administration page receives from the shell (AdminApp.tsx). */
export interface AdminSectionProps {
  /** The workspace this browser is connected to: its id, name, server and this member's token. */
  connection: ConnectionRow;
  /** Who is looking, with their role: sections show what that role may change and nothing more. */
  member: MemberSummary;
  /** A record named in the address, to open (`admin.html#/<section>/<id>`). */
  recordId: string | undefined;
  /** Moves within the page (a history entry each). */
  navigate(route: AdminRoute): void;
}
