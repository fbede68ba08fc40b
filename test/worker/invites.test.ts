import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared';
import { addMember, call, createWorkspace } from './api';

function invite(session: SessionResponse, body: Record<string, unknown> = { role: 'contributor' }) {
  return call<{ code: string; expiresAt: string }>(`/v1/workspaces/${session.workspace.id}/invites`, {
    token: session.token,
    body,
  });
}

function accept(code: string, email = 'casey@acme.example') {
  return call<SessionResponse>('/v1/invites/accept', { body: { code, name: 'Casey Contributor', email } });
}

describe('invites', () => {
  it('lets an owner create a typable one-time code that expires, stored only as a hash', async () => {
    const owner = await createWorkspace();
    const created = await invite(owner, { role: 'pm', expiresInHours: 24 });
    expect(created.status).toBe(201);
    expect(created.json.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const hoursLeft = (Date.parse(created.json.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);
    const stored = await env.DB.prepare('SELECT code_hash FROM invites WHERE workspace_id = ?')
      .bind(owner.workspace.id)
      .all<{ code_hash: string }>();
    expect(stored.results).toHaveLength(1);
    expect(stored.results[0].code_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lets a PMO invite but refuses pm, contributor and viewer with 403', async () => {
    const owner = await createWorkspace();
    const pmo = await addMember(owner, 'pmo');
    expect((await invite(pmo)).status).toBe(201);
    for (const role of ['pm', 'contributor', 'viewer'] as const) {
      const member = await addMember(owner, role);
      const refused = await invite(member);
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ error: { code: 'forbidden', message: expect.stringContaining(role) } });
    }
  });

  it('refuses to create an owner invite', async () => {
    const owner = await createWorkspace();
    const refused = await invite(owner, { role: 'owner' });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ error: { code: 'invalid_body', message: expect.stringContaining('role') } });
  });

  it('turns a code into a member with the invited role and a working token, and audits both steps', async () => {
    const owner = await createWorkspace();
    const { json } = await invite(owner, { role: 'viewer' });
    const joined = await accept(json.code);
    expect(joined.status).toBe(200);
    expect(joined.json).toMatchObject({
      workspace: owner.workspace,
      member: { name: 'Casey Contributor', email: 'casey@acme.example', role: 'viewer' },
      token: expect.stringMatching(/^ipmo_/),
    });
    const me = await call('/v1/me', { token: joined.json.token });
    expect(me.json).toMatchObject({ member: { id: joined.json.member.id, role: 'viewer' } });
    const audit = await env.DB.prepare('SELECT action, actor FROM audit_log WHERE workspace_id = ? ORDER BY id')
      .bind(owner.workspace.id)
      .all();
    expect(audit.results).toEqual([
      { action: 'workspace.create', actor: owner.member.id },
      { action: 'invite.create', actor: owner.member.id },
      { action: 'invite.accept', actor: joined.json.member.id },
    ]);
  });

  it('accepts the code in any case, with spaces instead of dashes or none', async () => {
    const owner = await createWorkspace();
    for (const retype of [
      (code: string) => code.toLowerCase(),
      (code: string) => code.replace(/-/g, ' '),
      (code: string) => ` ${code.replace(/-/g, '')} `,
    ]) {
      const { json } = await invite(owner);
      expect((await accept(retype(json.code))).status).toBe(200);
    }
  });

  it('refuses a second use of a code with 410 invite_used', async () => {
    const owner = await createWorkspace();
    const { json } = await invite(owner);
    expect((await accept(json.code)).status).toBe(200);
    const again = await accept(json.code, 'someone-else@acme.example');
    expect(again.status).toBe(410);
    expect(again.json).toMatchObject({
      error: { code: 'invite_used', message: expect.stringContaining('new invite') },
    });
  });

  it('lets only one of two simultaneous accepts of the same code win', async () => {
    const owner = await createWorkspace();
    const { json } = await invite(owner);
    const statuses = (await Promise.all([accept(json.code), accept(json.code), accept(json.code)]))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 410, 410]);
    const members = await env.DB.prepare('SELECT COUNT(*) AS n FROM members WHERE workspace_id = ?')
      .bind(owner.workspace.id)
      .first<{ n: number }>();
    expect(members?.n).toBe(2);
  });

  it('refuses an expired code with 410 invite_expired', async () => {
    const owner = await createWorkspace();
    const { json } = await invite(owner);
    await env.DB.prepare('UPDATE invites SET expires_at = ? WHERE workspace_id = ?')
      .bind('2020-01-01T00:00:00.000Z', owner.workspace.id)
      .run();
    const expired = await accept(json.code);
    expect(expired.status).toBe(410);
    expect(expired.json).toMatchObject({ error: { code: 'invite_expired' } });
  });

  it('refuses an unknown code with 404 invite_not_found', async () => {
    const unknown = await accept('ZZZZ-ZZZZ-ZZZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { code: 'invite_not_found' } });
  });

  it('keeps an invite made for an email address for that address', async () => {
    const owner = await createWorkspace();
    const { json } = await invite(owner, { role: 'pm', email: 'Dana@Acme.example' });
    const other = await accept(json.code, 'mallory@evil.example');
    expect(other.status).toBe(403);
    expect(other.json).toMatchObject({ error: { code: 'invite_email_mismatch' } });
    expect((await accept(json.code, 'dana@acme.example')).status).toBe(200);
  });
});
