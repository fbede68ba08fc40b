import { describe, expect, it } from 'vitest';
import type { InviteResponse, InvitesResponse, SessionResponse } from '../../shared';
import { addMember, call, createWorkspace } from './api';

function createInvite(owner: SessionResponse, body: Record<string, unknown> = { role: 'pm' }) {
  return call<{ id: string; code: string }>(`/v1/workspaces/${owner.workspace.id}/invites`, {
    token: owner.token,
    body,
  });
}

function revokeInvite(session: SessionResponse, inviteId: string) {
  return call<InviteResponse>(`/v1/workspaces/${session.workspace.id}/invites/${inviteId}`, {
    method: 'DELETE',
    token: session.token,
  });
}

describe('invite management', () => {
  it('lists invites newest first with their status, never their code', async () => {
    const owner = await createWorkspace();
    const used = await createInvite(owner, { role: 'viewer' });
    await call('/v1/invites/accept', { body: { code: used.json.code, name: 'Val Viewer', email: 'val@acme.example' } });
    const pending = await createInvite(owner, { role: 'pm', email: 'dana@acme.example' });
    const listed = await call<InvitesResponse>(`/v1/workspaces/${owner.workspace.id}/invites`, { token: owner.token });
    expect(listed.status).toBe(200);
    expect(listed.json.invites.map((invite) => [invite.id, invite.status, invite.role])).toEqual([
      [pending.json.id, 'pending', 'pm'],
      [used.json.id, 'used', 'viewer'],
    ]);
    expect(JSON.stringify(listed.json)).not.toContain(used.json.code);
  });

  it('revokes an unused invite: its code then answers 410 invite_revoked; revoking is audited', async () => {
    const owner = await createWorkspace();
    const invite = await createInvite(owner);
    const revoked = await revokeInvite(owner, invite.json.id);
    expect(revoked.status).toBe(200);
    expect(revoked.json.invite).toMatchObject({ id: invite.json.id, status: 'revoked' });
    const accepted = await call('/v1/invites/accept', {
      body: { code: invite.json.code, name: 'Late Larry', email: 'larry@acme.example' },
    });
    expect(accepted.status).toBe(410);
    expect(accepted.json).toMatchObject({ error: { code: 'invite_revoked' } });
    const audit = await call<{ entries: { action: string; target: string }[] }>(
      `/v1/workspaces/${owner.workspace.id}/audit`,
      { token: owner.token },
    );
    expect(audit.json.entries[0]).toMatchObject({ action: 'invite.revoke', target: invite.json.id });
    expect((await revokeInvite(owner, invite.json.id)).status).toBe(200);
  });

  it('refuses to revoke a used invite (409) or one of another workspace (404)', async () => {
    const owner = await createWorkspace();
    const other = await createWorkspace();
    const invite = await createInvite(owner);
    await call('/v1/invites/accept', { body: { code: invite.json.code, name: 'Pat', email: 'pat@acme.example' } });
    const used = await revokeInvite(owner, invite.json.id);
    expect(used.status).toBe(409);
    expect(used.json).toMatchObject({ error: { code: 'invite_used' } });
    const foreign = await createInvite(other);
    expect((await revokeInvite(owner, foreign.json.id)).status).toBe(404);
    const stillValid = await call('/v1/invites/accept', {
      body: { code: foreign.json.code, name: 'Quinn', email: 'quinn@acme.example' },
    });
    expect(stillValid.status).toBe(200);
  });

  it('keeps listing and revoking invites to owners and PMOs', async () => {
    const owner = await createWorkspace();
    const invite = await createInvite(owner);
    for (const role of ['pm', 'contributor', 'viewer'] as const) {
      const member = await addMember(owner, role);
      expect((await call(`/v1/workspaces/${owner.workspace.id}/invites`, { token: member.token })).status).toBe(403);
      expect((await revokeInvite(member, invite.json.id)).status).toBe(403);
    }
  });
});
