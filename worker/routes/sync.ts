import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { PullRequestSchema, PushRequestSchema } from '../../shared';
import { requireMember, requireRole } from '../auth/require-member';
import type { AppEnv, AuthedMember, Env } from '../env';
import { respondError } from '../http/errors';
import { readJsonBody } from '../http/read-json-body';
import { rejectInvalidBody } from '../http/reject-invalid-body';
import type { WorkspaceRpc } from '../workspace/workspace-object';

/** The workspace's Durable Object, where push and pull are decided (SYNC.md "Topology"). */
function getWorkspace(env: Env, member: AuthedMember): WorkspaceRpc {
  return env.WORKSPACE.get(env.WORKSPACE.idFromName(member.workspaceId)) as unknown as WorkspaceRpc;
}

/**
 * `POST /v1/workspaces/:ws/push` and `/pull`: authenticated, validated here, then decided by the
 * workspace's Durable Object, which answers a value or an error with its status.
 */
export const sync = new Hono<AppEnv>()
  .post(
    '/push',
    requireMember,
    requireRole(['owner', 'pmo', 'pm', 'contributor'], 'change this workspace (push)'),
    readJsonBody(),
    zValidator('json', PushRequestSchema, rejectInvalidBody),
    async (c) => {
      const member = c.get('member');
      const pushed = await getWorkspace(c.env, member).push({ id: member.id, role: member.role }, c.req.valid('json'));
      return pushed.ok ? c.json(pushed.value, 200) : respondError(c, pushed.error);
    },
  )
  .post('/pull', requireMember, readJsonBody(), zValidator('json', PullRequestSchema, rejectInvalidBody), async (c) => {
    const member = c.get('member');
    const pulled = await getWorkspace(c.env, member).pull({ id: member.id, role: member.role }, c.req.valid('json'));
    return pulled.ok ? c.json(pulled.value, 200) : respondError(c, pulled.error);
  });
