import { Hono } from 'hono';
import { apiRoutes } from '../../shared';
import type { RemindersResponse } from '../../shared/api/routes/reminder-routes';
import type { AppEnv } from '../env';
import { servedAs } from '../http/guard-route';
import { getWorkspaceRpc } from '../workspace/workspace-stub';

/**
 * `GET /v1/workspaces/:ws/reminders` (any member): the status reports due or late as of today (server
 * UTC date), every one for owner and PMO, the caller's own projects for anyone else. The Durable
 * Object decides who sees what (worker/workspace/reporting-reminders.ts).
 */
export const reminders = new Hono<AppEnv>().on(...servedAs(apiRoutes.readReminders), async (c) => {
  const member = c.get('member');
  const answer = await getWorkspaceRpc(c.env, member.workspaceId).readReminders(
    { id: member.id, role: member.role },
    new Date(),
  );
  return c.json(answer satisfies RemindersResponse);
});
