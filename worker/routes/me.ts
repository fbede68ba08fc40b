import { Hono } from 'hono';
import type { MeResponse } from '../../shared';
import { requireMember } from '../auth/require-member';
import type { AppEnv } from '../env';

/** `GET /v1/me`: who the token belongs to; the extension calls it to check a pasted token. */
export const me = new Hono<AppEnv>().get('/', requireMember, (c) => {
  const member = c.get('member');
  const body: MeResponse = {
    workspace: { id: member.workspaceId, name: member.workspaceName },
    member: { id: member.id, name: member.name, email: member.email, role: member.role },
  };
  return c.json(body);
});
