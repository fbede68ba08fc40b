import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { AuditPage, InvitesResponse, MembersResponse, RevokeTokensResponse, SessionResponse } from '../../shared';
import { addMember, call, createWorkspace } from './api';
import { seedWorkspace } from './seed-directory';

const ws = (session: SessionResponse) => `/v1/workspaces/${session.workspace.id}`;

function revokeTokens(actor: SessionResponse, memberId: string, init: { rawBody?: string } = {}) {
  return call<RevokeTokensResponse>(`${ws(actor)}/members/${memberId}/revoke-tokens`, {
    method: 'POST',
    token: actor.token,
    ...init,
  });
}

async function listMembers(session: SessionResponse) {
  const listed = await call<MembersResponse>(`${ws(session)}/members`, { token: session.token });
  expect(listed.status).toBe(200);
  return listed.json.members;
}

async function countTokenRevocations(workspaceId: string) {
  const row = await env.DB.prepare(
    `SELECT COUNT(*) AS n FROM tokens t JOIN members m ON m.id = t.member_id
     WHERE m.workspace_id = ? AND t.revoked_at IS NOT NULL`,
  )
    .bind(workspaceId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe('POST /v1/workspaces/:ws/members/:memberId/revoke-tokens', () => {
  it('signs the member out on every device, keeps them with their role, and is audited', async () => {
    const owner = await createWorkspace();
    const pm = await addMember(owner, 'pm');
    const revoked = await revokeTokens(owner, pm.member.id);
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ member: { id: pm.member.id, role: 'pm', revokedAt: null }, revokedTokens: 1 });
    expect((await call('/v1/me', { token: pm.token })).status).toBe(401);
    expect((await listMembers(owner)).find((m) => m.id === pm.member.id)).toMatchObject({
      role: 'pm',
      revokedAt: null,
    });
    const audit = await call<AuditPage>(`${ws(owner)}/audit`, { token: owner.token });
    expect(audit.json.entries[0]).toMatchObject({
      action: 'token.revoke',
      actor: { id: owner.member.id },
      target: pm.member.id,
      details: { allTokens: true },
    });
    // Again: nothing left to revoke, no error and no second audit row.
    expect((await revokeTokens(owner, pm.member.id)).json.revokedTokens).toBe(0);
    const again = await call<AuditPage>(`${ws(owner)}/audit`, { token: owner.token });
    expect(again.json.entries.filter((entry) => entry.action === 'token.revoke')).toHaveLength(1);
  });

  it('lets a PMO sign out a pm but not an owner, and nobody their own tokens', async () => {
    const [owner, pmo, pm] = await seedWorkspace(['owner', 'pmo', 'pm']);
    expect((await revokeTokens(pmo, pm.member.id)).status).toBe(200);
    const onOwner = await revokeTokens(pmo, owner.member.id);
    expect(onOwner.status).toBe(403);
    expect(onOwner.json).toMatchObject({ error: { code: 'forbidden', message: expect.stringContaining('owner') } });
    for (const self of [owner, pmo]) {
      const own = await revokeTokens(self, self.member.id);
      expect(own.status).toBe(403);
      expect(own.json).toMatchObject({ error: { code: 'forbidden', message: expect.stringContaining('Sign out') } });
    }
    expect((await call('/v1/me', { token: owner.token })).status).toBe(200);
    expect(await countTokenRevocations(owner.workspace.id)).toBe(1);
  });

  it('answers 404 for a member of another workspace or a removed one, changing nothing', async () => {
    const [owner, gone] = await seedWorkspace(['owner', 'viewer']);
    const [stranger] = await seedWorkspace(['owner']);
    expect(
      (await call(`${ws(owner)}/members/${gone.member.id}`, { method: 'DELETE', token: owner.token })).status,
    ).toBe(200);
    const before = await countTokenRevocations(owner.workspace.id);
    for (const memberId of [stranger.member.id, gone.member.id, 'no-such-member']) {
      const refused = await revokeTokens(owner, memberId);
      expect(refused.status).toBe(404);
      expect(refused.json).toMatchObject({ error: { code: 'member_not_found', message: expect.any(String) } });
    }
    // The stranger's workspace through this workspace's path: 404 for :ws itself.
    expect((await revokeTokens(stranger, owner.member.id)).status).toBe(404);
    expect(await countTokenRevocations(owner.workspace.id)).toBe(before);
    expect((await call('/v1/me', { token: stranger.token })).status).toBe(200);
  });

  it('ignores whatever body comes with it: oversized or of the wrong type, 4xx or nothing read', async () => {
    const [owner, pm] = await seedWorkspace(['owner', 'pm']);
    const huge = await revokeTokens(owner, pm.member.id, { rawBody: JSON.stringify({ x: 'y'.repeat(100_000) }) });
    expect(huge.status).toBeLessThan(500);
    if (huge.status >= 400) expect(huge.json).toMatchObject({ error: { code: expect.any(String) } });
  });
});

describe('members: last seen and the guards of docs/sync.md "Roles"', () => {
  it('records when a member was last seen, at most once a minute', async () => {
    const [owner, pm] = await seedWorkspace(['owner', 'pm']);
    const before = (await listMembers(owner)).find((m) => m.id === pm.member.id);
    expect(before?.lastSeenAt).toBeNull();
    expect((await call('/v1/me', { token: pm.token })).status).toBe(200);
    const first = (await listMembers(owner)).find((m) => m.id === pm.member.id)?.lastSeenAt;
    expect(first).toEqual(expect.any(String));
    expect((await call('/v1/me', { token: pm.token })).status).toBe(200);
    expect((await listMembers(owner)).find((m) => m.id === pm.member.id)?.lastSeenAt).toBe(first);
    // A minute later (as stored), the next request moves it on.
    await env.DB.prepare('UPDATE members SET last_seen_at = ? WHERE id = ?')
      .bind(new Date(Date.now() - 61_000).toISOString(), pm.member.id)
      .run();
    await call('/v1/me', { token: pm.token });
    const later = (await listMembers(owner)).find((m) => m.id === pm.member.id)?.lastSeenAt;
    expect(Date.parse(later ?? '')).toBeGreaterThan(Date.now() - 10_000);
  });

  it('refuses to demote, or remove the last owner (409), and a PMO touching an owner (403)', async () => {
    const [owner, pmo] = await seedWorkspace(['owner', 'pmo']);
    const demote = await call(`${ws(owner)}/members/${owner.member.id}`, {
      method: 'PATCH',
      token: owner.token,
      body: { role: 'pmo' },
    });
    expect(demote.status).toBe(409);
    expect(demote.json).toMatchObject({ error: { code: 'last_owner' } });
    const remove = await call(`${ws(owner)}/members/${owner.member.id}`, { method: 'DELETE', token: owner.token });
    expect(remove.status).toBe(409);
    const promote = await call(`${ws(pmo)}/members/${pmo.member.id}`, {
      method: 'PATCH',
      token: pmo.token,
      body: { role: 'owner' },
    });
    expect(promote.status).toBe(403);
    const invite = await call(`${ws(pmo)}/invites`, { token: pmo.token, body: { role: 'owner' } });
    expect(invite.status).toBe(400);
    expect(invite.json).toMatchObject({ error: { code: 'invalid_body', message: expect.any(String) } });
    // Both joined in the same millisecond at times: the list's order then rests on random ids; roles are the point.
    expect((await listMembers(owner)).map((m) => m.role).sort()).toEqual(['owner', 'pmo']);
  });

  it('keeps the name an invite is for, shown in the list (never the code)', async () => {
    const owner = await createWorkspace();
    const created = await call<{ id: string; code: string }>(`${ws(owner)}/invites`, {
      token: owner.token,
      body: { name: 'Paula Martin', email: 'paula@acme.example', role: 'pm' },
    });
    expect(created.status).toBe(201);
    const listed = await call<InvitesResponse>(`${ws(owner)}/invites`, { token: owner.token });
    expect(listed.json.invites[0]).toMatchObject({ name: 'Paula Martin', email: 'paula@acme.example', role: 'pm' });
    expect(listed.text).not.toContain(created.json.code);
    const unnamed = await call<{ id: string }>(`${ws(owner)}/invites`, {
      token: owner.token,
      body: { role: 'viewer' },
    });
    const again = await call<InvitesResponse>(`${ws(owner)}/invites`, { token: owner.token });
    expect(again.json.invites.find((invite) => invite.id === unnamed.json.id)?.name).toBeNull();
  });
});
