import { Hono } from 'hono';
import {
  apiRoutes,
  isGoverningRole,
  type MemberResponse,
  type MembersResponse,
  type RevokeTokensResponse,
} from '../../shared';
import { listMembers } from '../directory/members';
import { changeRole, revokeMember, revokeMemberTokens } from '../directory/membership';
import type { AppEnv } from '../env';
import { respondError } from '../http/errors';
import { servedAs } from '../http/guard-route';

/**
 * `/v1/workspaces/:ws/members`: everyone sees the current members, owners and PMOs also the
 * removed ones; owners and PMOs change roles, remove members and sign them out everywhere (audited,
 * effective at once).
 */
export const members = new Hono<AppEnv>()
  .on(...servedAs(apiRoutes.listMembers), async (c) => {
    const member = c.get('member');
    const seesRevoked = isGoverningRole(member.role);
    const body: MembersResponse = { members: await listMembers(c.env.DB, member.workspaceId, seesRevoked) };
    return c.json(body);
  })
  .on(...servedAs(apiRoutes.changeMemberRole), async (c) => {
    const changed = await changeRole(c.env.DB, c.get('member'), c.req.param('memberId'), c.req.valid('json').role);
    if (!changed.ok) return respondError(c, changed.error);
    const body: MemberResponse = { member: changed.value };
    return c.json(body);
  })
  .on(...servedAs(apiRoutes.removeMember), async (c) => {
    const revoked = await revokeMember(c.env.DB, c.get('member'), c.req.param('memberId'), 'member.revoke');
    if (!revoked.ok) return respondError(c, revoked.error);
    const body: MemberResponse = { member: revoked.value };
    return c.json(body);
  })
  .on(...servedAs(apiRoutes.revokeMemberTokens), async (c) => {
    const revoked = await revokeMemberTokens(c.env.DB, c.get('member'), c.req.param('memberId'));
    if (!revoked.ok) return respondError(c, revoked.error);
    const body: RevokeTokensResponse = revoked.value;
    return c.json(body);
  });
