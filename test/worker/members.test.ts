import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { AuditPage, MemberResponse, MembersResponse, SessionResponse } from '../../shared';
import { changeRole as changeMemberRole, revokeMember } from '../../worker/directory/membership';
import { addMember, call, createWorkspace } from './api';
import { projectCreate, TestClient } from './sync-client';

function membersPath(session: SessionResponse, memberId?: string) {
  return `/v1/workspaces/${session.workspace.id}/members${memberId ? `/${memberId}` : ''}`;
}

function changeRole(actor: SessionResponse, memberId: string, role: string) {
  return call<MemberResponse>(membersPath(actor, memberId), { method: 'PATCH', token: actor.token, body: { role } });
}

function removeMember(actor: SessionResponse, memberId: string) {
  return call<MemberResponse>(membersPath(actor, memberId), { method: 'DELETE', token: actor.token });
}

async function readAudit(session: SessionResponse, query = '') {
  const page = await call<AuditPage>(`/v1/workspaces/${session.workspace.id}/audit${query}`, { token: session.token });
  expect(page.status).toBe(200);
  return page.json;
}

describe('GET /v1/workspaces/:ws/members', () => {
  it('shows every member the current members; owners and PMOs also see removed ones', async () => {
    const owner = await createWorkspace();
    const pmo = await addMember(owner, 'pmo');
    const viewer = await addMember(owner, 'viewer');
    const leaver = await addMember(owner, 'contributor');
    expect((await removeMember(owner, leaver.member.id)).status).toBe(200);
    const seenByViewer = await call<MembersResponse>(membersPath(viewer), { token: viewer.token });
    expect(seenByViewer.status).toBe(200);
    expect(seenByViewer.json.members.map((m) => m.role).sort()).toEqual(['owner', 'pmo', 'viewer']);
    for (const manager of [owner, pmo]) {
      const all = await call<MembersResponse>(membersPath(manager), { token: manager.token });
      expect(all.json.members.map((m) => [m.role, m.revokedAt === null])).toEqual([
        ['owner', true],
        ['pmo', true],
        ['viewer', true],
        ['contributor', false],
      ]);
    }
  });
});

describe('PATCH /v1/workspaces/:ws/members/:memberId', () => {
  it('changes a role, takes effect on the next push, and is audited with from and to', async () => {
    const owner = await createWorkspace();
    const viewer = await addMember(owner, 'viewer');
    expect((await new TestClient(viewer).push([projectCreate()])).status).toBe(403);
    const changed = await changeRole(owner, viewer.member.id, 'pmo');
    expect(changed.status).toBe(200);
    expect(changed.json.member).toMatchObject({ id: viewer.member.id, role: 'pmo', revokedAt: null });
    expect((await new TestClient(viewer).push([projectCreate()])).status).toBe(200);
    const [latest] = (await readAudit(owner)).entries;
    expect(latest).toMatchObject({
      actor: { id: owner.member.id, name: 'Olivia Owner' },
      action: 'member.role_change',
      target: viewer.member.id,
      details: { from: 'viewer', to: 'pmo' },
    });
  });

  it('lets a PMO change a pm but neither change an owner nor make anyone an owner', async () => {
    const owner = await createWorkspace();
    const pmo = await addMember(owner, 'pmo');
    const pm = await addMember(owner, 'pm');
    expect((await changeRole(pmo, pm.member.id, 'contributor')).status).toBe(200);
    for (const [target, role] of [
      [owner.member.id, 'viewer'],
      [pm.member.id, 'owner'],
      [pmo.member.id, 'owner'],
    ]) {
      const refused = await changeRole(pmo, target, role);
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ error: { code: 'forbidden', message: expect.stringContaining('owner') } });
    }
  });

  it('refuses to demote the last owner with 409, but lets one of two owners step down', async () => {
    const owner = await createWorkspace();
    const refused = await changeRole(owner, owner.member.id, 'pmo');
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({
      error: { code: 'last_owner', message: expect.stringContaining('Make another member an owner first') },
    });
    const second = await addMember(owner, 'pmo');
    expect((await changeRole(owner, second.member.id, 'owner')).status).toBe(200);
    expect((await changeRole(owner, owner.member.id, 'pm')).status).toBe(200);
    expect((await changeRole(second, second.member.id, 'pm')).status).toBe(409);
  });

  it('keeps one owner when two owners demote each other at the same time', async () => {
    const owner = await createWorkspace();
    const second = await addMember(owner, 'pmo');
    await changeRole(owner, second.member.id, 'owner');
    const [a, b] = await Promise.all([
      changeRole(owner, second.member.id, 'pm'),
      changeRole(second, owner.member.id, 'pm'),
    ]);
    // The loser is refused by the guarded UPDATE (409) or, if it arrives after, as a pm (403).
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const owners = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM members WHERE workspace_id = ? AND role = 'owner' AND revoked_at IS NULL",
    )
      .bind(owner.workspace.id)
      .first<{ n: number }>();
    expect(owners?.n).toBe(1);
    const roleChanges = (await readAudit(a.status === 200 ? owner : second)).entries.filter(
      (entry) => entry.action === 'member.role_change',
    );
    expect(roleChanges).toHaveLength(2);
  });

  it("refuses in the UPDATE itself, even when the caller's owner role was read before it was lost", async () => {
    const owner = await createWorkspace();
    const second = await addMember(owner, 'pmo');
    await changeRole(owner, second.member.id, 'owner');
    expect((await changeRole(owner, second.member.id, 'pm')).status).toBe(200);
    // `second` as requireMember saw it a moment before the demotion above.
    const staleSecond = {
      ...second.member,
      role: 'owner' as const,
      workspaceId: owner.workspace.id,
      workspaceName: owner.workspace.name,
      tokenHash: 'stale',
    };
    for (const refused of [
      await changeMemberRole(env.DB, staleSecond, owner.member.id, 'pm'),
      await revokeMember(env.DB, staleSecond, owner.member.id, 'member.revoke'),
    ]) {
      expect(refused).toMatchObject({ ok: false, error: { status: 409, code: 'last_owner' } });
    }
    expect((await call('/v1/me', { token: owner.token })).json).toMatchObject({ member: { role: 'owner' } });
  });

  it('answers 404 for a member of another workspace or a removed one, and writes no audit row', async () => {
    const owner = await createWorkspace();
    const stranger = await createWorkspace();
    const gone = await addMember(owner, 'viewer');
    await removeMember(owner, gone.member.id);
    const before = (await readAudit(owner)).entries.length;
    for (const memberId of [stranger.member.id, gone.member.id, 'no-such-member']) {
      const missing = await changeRole(owner, memberId, 'pm');
      expect(missing.status).toBe(404);
      expect(missing.json).toMatchObject({ error: { code: 'member_not_found' } });
    }
    expect((await readAudit(owner)).entries.length).toBe(before);
    expect((await call('/v1/me', { token: stranger.token })).json).toMatchObject({ member: { role: 'owner' } });
  });
});

describe('DELETE /v1/workspaces/:ws/members/:memberId', () => {
  it('revokes the member and all their tokens: the next me, push and pull get 401', async () => {
    const owner = await createWorkspace();
    const pm = await addMember(owner, 'pm');
    const client = new TestClient(pm);
    expect((await client.push([projectCreate()])).status).toBe(200);
    expect((await client.pull()).status).toBe(200);
    const removed = await removeMember(owner, pm.member.id);
    expect(removed.status).toBe(200);
    expect(removed.json.member.revokedAt).toEqual(expect.any(String));
    expect((await call('/v1/me', { token: pm.token })).status).toBe(401);
    const pushed = await client.push([projectCreate()]);
    expect(pushed.status).toBe(401);
    expect(pushed.json).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await client.pull()).status).toBe(401);
    const tokens = await env.DB.prepare('SELECT revoked_at FROM tokens WHERE member_id = ?')
      .bind(pm.member.id)
      .all<{ revoked_at: string | null }>();
    expect(tokens.results.every((token) => token.revoked_at !== null)).toBe(true);
    expect((await readAudit(owner)).entries[0]).toMatchObject({
      action: 'member.revoke',
      target: pm.member.id,
      details: { role: 'pm', email: 'pm@acme.example' },
    });
  });

  it('refuses a PMO removing an owner (403) and anyone removing the last owner (409)', async () => {
    const owner = await createWorkspace();
    const pmo = await addMember(owner, 'pmo');
    expect((await removeMember(pmo, owner.member.id)).status).toBe(403);
    const last = await removeMember(owner, owner.member.id);
    expect(last.status).toBe(409);
    expect(last.json).toMatchObject({ error: { code: 'last_owner' } });
    expect((await call('/v1/me', { token: owner.token })).status).toBe(200);
  });

  it('answers 404 when removing a member twice', async () => {
    const owner = await createWorkspace();
    const viewer = await addMember(owner, 'viewer');
    expect((await removeMember(owner, viewer.member.id)).status).toBe(200);
    expect((await removeMember(owner, viewer.member.id)).status).toBe(404);
  });
});

describe('POST /v1/me/leave and DELETE /v1/me/token', () => {
  it('lets a member leave: every token stops working and the leave is audited', async () => {
    const owner = await createWorkspace();
    const contributor = await addMember(owner, 'contributor');
    const left = await call(`/v1/me/leave`, { method: 'POST', token: contributor.token });
    expect(left.status).toBe(204);
    expect((await call('/v1/me', { token: contributor.token })).status).toBe(401);
    expect((await readAudit(owner)).entries[0]).toMatchObject({
      action: 'member.leave',
      actor: { id: contributor.member.id },
      target: contributor.member.id,
    });
  });

  it('refuses the last owner leaving with 409 saying what to do', async () => {
    const owner = await createWorkspace();
    const refused = await call('/v1/me/leave', { method: 'POST', token: owner.token });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ error: { code: 'last_owner', message: expect.stringContaining('leave') } });
    expect((await call('/v1/me', { token: owner.token })).status).toBe(200);
  });

  it('signs out one token only: it gets 401 next, the member stays and is audited', async () => {
    const owner = await createWorkspace();
    const signedOut = await call('/v1/me/token', { method: 'DELETE', token: owner.token });
    expect(signedOut.status).toBe(204);
    const client = new TestClient(owner);
    expect((await client.pull()).status).toBe(401);
    const member = await env.DB.prepare('SELECT revoked_at FROM members WHERE id = ?')
      .bind(owner.member.id)
      .first<{ revoked_at: string | null }>();
    expect(member?.revoked_at).toBeNull();
    const audit = await env.DB.prepare('SELECT action FROM audit_log WHERE workspace_id = ? ORDER BY id DESC LIMIT 1')
      .bind(owner.workspace.id)
      .first<{ action: string }>();
    expect(audit?.action).toBe('token.revoke');
  });
});

describe('GET /v1/workspaces/:ws/audit', () => {
  it('pages newest first with ?before= until nextBefore is null', async () => {
    const owner = await createWorkspace();
    for (let index = 0; index < 4; index++) await addMember(owner, 'viewer');
    // 1 workspace.create + 4 × (invite.create + invite.accept)
    const seen: number[] = [];
    let query = '?limit=3';
    for (;;) {
      const page = await readAudit(owner, query);
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.entries.map((entry) => entry.id));
      if (page.nextBefore === null) break;
      query = `?limit=3&before=${page.nextBefore}`;
    }
    expect(seen).toHaveLength(9);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    const oldest = await readAudit(owner, `?before=${seen[7]}`);
    expect(oldest.entries.map((entry) => entry.action)).toEqual(['workspace.create']);
  });

  it('refuses a bad ?before= or ?limit= with 400 invalid_query', async () => {
    const owner = await createWorkspace();
    for (const query of ['?before=abc', '?limit=0', '?limit=100000', '?before=-1']) {
      const bad = await call(`/v1/workspaces/${owner.workspace.id}/audit${query}`, { token: owner.token });
      expect(bad.status).toBe(400);
      expect(bad.json).toMatchObject({ error: { code: 'invalid_query' } });
    }
  });
});
