import { z } from 'zod';
import { ReportingDueSchema } from '../../reports/reporting-due';
import { allRoles } from '../../roles';
import { defineRoute, memberAccess } from './route-description';

/** The due list the workspace's alarm keeps (worker/workspace/reporting-reminders.ts), as one member may see it. */
export const RemindersResponseSchema = z.object({
  /** The server UTC date the list is computed for. */
  asOf: z.string(),
  /** When the Durable Object last computed it (ISO instant). */
  computedAt: z.string(),
  /** `workspace`: every late report (owner, pmo); `mine`: the projects the caller manages. */
  scope: z.enum(['workspace', 'mine']),
  reports: z.array(ReportingDueSchema),
});
export type RemindersResponse = z.infer<typeof RemindersResponseSchema>;

/** Reporting reminders (docs/domain.md "Reporting reminders"). */
export const reminderRoutes = {
  readReminders: defineRoute({
    method: 'GET',
    path: '/v1/workspaces/:ws/reminders',
    tag: 'Reports',
    summary: 'Status reports due or late: the whole list for owner and PMO, one’s own projects for others',
    description:
      'As of the server UTC date, from the daily alarm of the workspace (shared/reports/reporting-due.ts listLateReports). Owner and PMO get every active project whose report is due or late; any other member gets those they manage.',
    ...memberAccess(allRoles),
    responses: {
      200: { description: 'The due and late reports, most days late first.', schema: RemindersResponseSchema },
    },
  }),
};
