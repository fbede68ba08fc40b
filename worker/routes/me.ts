import { Hono } from 'hono';
import { apiRoutes, type MeResponse } from '../../shared';
import { revokeMember, revokeToken } from '../directory/membership';
import type { AppEnv } from '../env';
import { respondError } from '../http/errors';
import { servedAs } from '../http/guard-route';

/**
 * `/v1/me`: who the token belongs to (the extension checks a pasted token with it), signing out
 * (revokes this token only) and leaving the workspace (revokes the membership and every token).
 */
export const me = new Hono<AppEnv>()
  .on(...servedAs(apiRoutes.readMe), (c) => {
    const member = c.get('member');
    const body: MeResponse = {
      workspace: { id: member.workspaceId, name: member.workspaceName },
      member: { id: member.id, name: member.name, email: member.email, role: member.role },
    };
    return c.json(body);
  })
  .on(...servedAs(apiRoutes.signOut), async (c) => {
    await revokeToken(c.env.DB, c.get('member'));
    return c.body(null, 204);
  })
  .on(...servedAs(apiRoutes.leaveWorkspace), async (c) => {
    const member = c.get('member');
    const left = await revokeMember(c.env.DB, member, member.id, 'member.leave');
    return left.ok ? c.body(null, 204) : respondError(c, left.error);
  });
