import { Hono } from 'hono';
import { apiRoutes, type HistoryPage } from '../../shared';
import { readMemberNames } from '../directory/member-names';
import type { AppEnv } from '../env';
import { servedAs } from '../http/guard-route';
import { getWorkspaceRpc } from '../workspace/workspace-stub';

/**
 * `GET /v1/workspaces/:ws/history?entity=&id=&since=&cursor=&limit=` (any member): who changed
 * which record, when and each field from → to, newest first, kept by the Durable Object; the
 * authors' names come from the directory (D1), which the object does not see.
 */
export const history = new Hono<AppEnv>().on(...servedAs(apiRoutes.readHistory), async (c) => {
  const { workspaceId } = c.get('member');
  const page = await getWorkspaceRpc(c.env, workspaceId).readHistory(c.req.valid('query'));
  const names = await readMemberNames(
    c.env.DB,
    workspaceId,
    page.entries.map((entry) => entry.by),
  );
  const body: HistoryPage = {
    entries: page.entries.map((entry) => ({ ...entry, byName: names.get(entry.by) ?? null })),
    nextCursor: page.nextCursor,
  };
  return c.json(body);
});
