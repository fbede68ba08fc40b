import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { type MemberResponse, type MembersResponse, UpdateMemberRequestSchema } from '../../shared';
import { requireMember, requireRole } from '../auth/require-member';
import { listMembers } from '../directory/members';
import { changeRole, revokeMember } from '../directory/membership';
import type { AppEnv } from '../env';
import { respondError } from '../http/errors';
import { maxSmallBodyBytes, readJsonBody } from '../http/read-json-body';
import { rejectInvalidBody } from '../http/reject-invalid-body';

const managers = ['owner', 'pmo'] as const;

/**
 * `/v1/workspaces/:ws/members`: everyone sees the current members, owners and PMOs also the
 * removed ones; owners and PMOs change roles and remove members (audited, effective at once).
 */
export const members = new Hono<AppEnv>()
  .get('/', requireMember, async (c) => {
    const member = c.get('member');
    const seesRevoked = (managers as readonly string[]).includes(member.role);
    const body: MembersResponse = { members: await listMembers(c.env.DB, member.workspaceId, seesRevoked) };
    return c.json(body);
  })
  .patch(
    '/:memberId',
    requireMember,
    requireRole(managers, "change members' roles"),
    readJsonBody({ maxBytes: maxSmallBodyBytes, splitHint: 'Send only { "role": … }.' }),
    zValidator('json', UpdateMemberRequestSchema, rejectInvalidBody),
    async (c) => {
      const changed = await changeRole(c.env.DB, c.get('member'), c.req.param('memberId'), c.req.valid('json').role);
      if (!changed.ok) return respondError(c, changed.error);
      const body: MemberResponse = { member: changed.value };
      return c.json(body);
    },
  )
  .delete('/:memberId', requireMember, requireRole(managers, 'remove members'), async (c) => {
    const revoked = await revokeMember(c.env.DB, c.get('member'), c.req.param('memberId'), 'member.revoke');
    if (!revoked.ok) return respondError(c, revoked.error);
    const body: MemberResponse = { member: revoked.value };
    return c.json(body);
  });
