import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { PullRequestSchema, PushRequestSchema } from '../../shared';
import { requireMember, requireRole } from '../auth/require-member';
import type { AppEnv } from '../env';
import { respondError } from '../http/errors';
import { maxSmallBodyBytes, readJsonBody } from '../http/read-json-body';
import { rejectInvalidBody } from '../http/reject-invalid-body';
import { getWorkspaceRpc } from '../workspace/workspace-stub';

/**
 * `POST /v1/workspaces/:ws/push` and `/pull`: authenticated, validated here, then decided by the
 * workspace's Durable Object, which answers a value or an error with its status.
 */
export const sync = new Hono<AppEnv>()
  .post(
    '/push',
    requireMember,
    requireRole(['owner', 'pmo', 'pm', 'contributor'], 'change this workspace (push)'),
    readJsonBody({ opaqueKeys: ['args'] }),
    zValidator('json', PushRequestSchema, rejectInvalidBody),
    async (c) => {
      const member = c.get('member');
      const pushed = await getWorkspaceRpc(c.env, member.workspaceId).push(
        { id: member.id, role: member.role },
        c.req.valid('json'),
      );
      return pushed.ok ? c.json(pushed.value, 200) : respondError(c, pushed.error);
    },
  )
  .post(
    '/pull',
    requireMember,
    readJsonBody({ maxBytes: maxSmallBodyBytes, splitHint: 'A pull body is a client group id and a cookie.' }),
    zValidator('json', PullRequestSchema, rejectInvalidBody),
    async (c) => {
      const member = c.get('member');
      const pulled = await getWorkspaceRpc(c.env, member.workspaceId).pull(
        { id: member.id, role: member.role },
        c.req.valid('json'),
      );
      return pulled.ok ? c.json(pulled.value, 200) : respondError(c, pulled.error);
    },
  );
