import { Hono } from 'hono';
import { apiRoutes } from '../../shared';
import type { AppEnv } from '../env';
import { respondError } from '../http/errors';
import { servedAs } from '../http/guard-route';
import { getWorkspaceRpc } from '../workspace/workspace-stub';

/**
 * `POST /v1/workspaces/:ws/push` and `/pull`: authenticated, validated here, then decided by the
 * workspace's Durable Object, which answers a value or an error with its status.
 */
export const sync = new Hono<AppEnv>()
  .on(...servedAs(apiRoutes.push), async (c) => {
    const member = c.get('member');
    const pushed = await getWorkspaceRpc(c.env, member.workspaceId).push(
      { id: member.id, role: member.role },
      c.req.valid('json'),
    );
    return pushed.ok ? c.json(pushed.value, 200) : respondError(c, pushed.error);
  })
  .on(...servedAs(apiRoutes.pull), async (c) => {
    const member = c.get('member');
    const pulled = await getWorkspaceRpc(c.env, member.workspaceId).pull(
      { id: member.id, role: member.role },
      c.req.valid('json'),
    );
    // Already JSON text (readPull splices the stored values): sent as it is.
    return pulled.ok
      ? c.body(pulled.value, 200, { 'content-type': 'application/json' })
      : respondError(c, pulled.error);
  });
