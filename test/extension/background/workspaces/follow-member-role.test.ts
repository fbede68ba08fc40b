import { describe, expect, it } from 'vitest';
import { memberCheckIntervalMs } from '../../../../extension/background/workspaces/follow-member-role';
import { readRecord } from '../../../../extension/db/read-records';
import { createTestBackground } from '../../background-harness';

/** A pm's browser joined to a workspace whose owner changes their role on the (fake) Worker. */
async function joinAsPm() {
  const pmBrowser = createTestBackground();
  const { server } = pmBrowser;
  const owner = server.createWorkspace('Acme PMO');
  const pm = server.addMember(owner.workspace.id, { name: 'Paula Martin', email: 'paula@acme.example', role: 'pm' });
  await pmBrowser.send('workspace.connectWithToken', { serverUrl: server.url, token: pm.token });
  await pmBrowser.sync.syncNow(owner.workspace.id);
  const changeRole = async (role: string) => {
    const response = await server.fetch(`${server.url}/v1/workspaces/${owner.workspace.id}/members/${pm.member.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${owner.token}` },
      body: JSON.stringify({ role }),
    });
    expect(response.status).toBe(200);
  };
  return { ...pmBrowser, workspaceId: owner.workspace.id, owner, pm, changeRole };
}

describe('the extension follows its member role', () => {
  it('learns a new role at the next sync after the check interval, with a notice saying what it allows', async () => {
    const browser = await joinAsPm();
    await browser.changeRole('viewer');
    await browser.sync.syncNow(browser.workspaceId);
    // Within the interval nothing more is asked: a 2 s poll costs no extra request.
    expect((await browser.db.connections.get(browser.workspaceId))?.member.role).toBe('pm');
    const checks = browser.server.requestsTo('/v1/me').length;
    browser.timers.advance(memberCheckIntervalMs);
    await browser.sync.syncNow(browser.workspaceId);
    expect(browser.server.requestsTo('/v1/me').length).toBe(checks + 1);
    expect((await browser.db.connections.get(browser.workspaceId))?.member.role).toBe('viewer');
    expect(await browser.db.accessNotices.get(browser.workspaceId)).toMatchObject({
      reason: 'roleChanged',
      role: 'viewer',
      previousRole: 'pm',
    });
    // The data stays: only a removal wipes it.
    expect(await browser.db.connections.count()).toBe(1);
  });

  it('leaves no notice while the role stays the same, and wipes the workspace once the member is removed', async () => {
    const browser = await joinAsPm();
    browser.timers.advance(memberCheckIntervalMs);
    await browser.sync.syncNow(browser.workspaceId);
    expect(await browser.db.accessNotices.count()).toBe(0);
    browser.server.removeMember(browser.pm.member.id);
    await browser.sync.syncNow(browser.workspaceId);
    expect(await browser.db.connections.get(browser.workspaceId)).toBeUndefined();
    expect(await browser.db.accessNotices.get(browser.workspaceId)).toMatchObject({ reason: 'revoked' });
  });

  it('keeps reading after a demotion, and keeps the edits made before it queued, never dropped', async () => {
    const browser = await joinAsPm();
    const projectId = crypto.randomUUID();
    browser.server.isOffline = true;
    const queued = await browser.send('mutate', {
      workspaceId: browser.workspaceId,
      name: 'project.create',
      args: { id: projectId, code: 'PAY', name: 'Payments' },
    });
    expect(queued.ok).toBe(true);
    browser.server.isOffline = false;
    await browser.changeRole('viewer');
    // Meanwhile the owner writes: a viewer still sees it.
    const ownerProject = crypto.randomUUID();
    const pushed = await browser.server.fetch(`${browser.server.url}/v1/workspaces/${browser.workspaceId}/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${browser.owner.token}` },
      body: JSON.stringify({
        clientGroupId: crypto.randomUUID(),
        mutations: [
          {
            clientId: crypto.randomUUID(),
            id: 1,
            name: 'project.create',
            args: { id: ownerProject, code: 'OPS', name: 'Operations' },
            clientTime: new Date().toISOString(),
          },
        ],
      }),
    });
    expect(pushed.status).toBe(200);

    const outcome = await browser.sync.syncNow(browser.workspaceId);

    expect(outcome).toMatchObject({ ok: false, error: { status: 403, code: 'forbidden' } });
    expect(await readRecord(browser.db, browser.workspaceId, 'project', ownerProject)).toBeDefined();
    expect(await browser.db.pending.where('workspaceId').equals(browser.workspaceId).count()).toBe(1);
    expect((await browser.db.connections.get(browser.workspaceId))?.member.role).toBe('viewer');
  });

  it("follows the member's own change of role at once, from the members section", async () => {
    const browser = createTestBackground();
    const owner = browser.server.createWorkspace('Acme PMO');
    const second = browser.server.addMember(owner.workspace.id, {
      name: 'Otto',
      email: 'otto@acme.example',
      role: 'pmo',
    });
    await browser.send('workspace.connectWithToken', { serverUrl: browser.server.url, token: owner.token });
    await browser.send('members.changeRole', {
      workspaceId: owner.workspace.id,
      memberId: second.member.id,
      role: 'owner',
    });
    const demoted = await browser.send('members.changeRole', {
      workspaceId: owner.workspace.id,
      memberId: owner.member.id,
      role: 'pmo',
    });
    expect(demoted.ok).toBe(true);
    expect((await browser.db.connections.get(owner.workspace.id))?.member.role).toBe('pmo');
  });

  it("words a refusal in the reader's language, never with a status code", async () => {
    const browser = createTestBackground();
    const owner = browser.server.createWorkspace('Acme PMO');
    await browser.send('workspace.connectWithToken', { serverUrl: browser.server.url, token: owner.token });
    const refused = await browser.send('members.changeRole', {
      workspaceId: owner.workspace.id,
      memberId: owner.member.id,
      role: 'viewer',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'last_owner' } });
    if (!refused.ok)
      expect(refused.error.message).toBe(
        'The last owner of the workspace keeps the role and stays. Make another member an owner first.',
      );
    browser.server.isOffline = true;
    const offline = await browser.send('members.read', { workspaceId: owner.workspace.id });
    expect(offline).toMatchObject({ ok: false, error: { code: 'offline' } });
  });
});
