import { describe, expect, it } from 'vitest';
import { addMember, call, createEmptyWorkspace } from './api';
import { projectCreate, TestClient } from './sync-client';
import { readWorkspaceStorage } from './workspace-storage';

const pullBody = { clientGroupId: 'group-1', cookie: null };

describe('who may push and pull', () => {
  it('refuses push and pull without a token with 401', async () => {
    const owner = await createEmptyWorkspace();
    for (const path of ['push', 'pull']) {
      const response = await call(`/v1/workspaces/${owner.workspace.id}/${path}`, {
        body: { ...pullBody, mutations: [] },
      });
      expect(response.status).toBe(401);
      expect(response.json).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('refuses a forged token, a token without the prefix and another auth scheme with 401', async () => {
    const owner = await createEmptyWorkspace();
    const forged = `ipmo_${owner.token.slice(5, -4)}AAAA`;
    for (const authorization of [
      `Bearer ${forged}`,
      `Bearer ${owner.token.slice(5)}`,
      `Basic ${btoa('olivia:secret')}`,
    ]) {
      const response = await call(`/v1/workspaces/${owner.workspace.id}/pull`, {
        headers: { Authorization: authorization },
        body: pullBody,
      });
      expect(response.status).toBe(401);
    }
  });

  it('answers 404 to a member of workspace A who pushes, pulls or invites in workspace B', async () => {
    const a = await createEmptyWorkspace();
    const b = await createEmptyWorkspace();
    for (const [path, body] of [
      ['push', { clientGroupId: 'g', mutations: [] }],
      ['pull', pullBody],
      ['invites', { role: 'pm' }],
    ] as const) {
      const response = await call(`/v1/workspaces/${b.workspace.id}/${path}`, { token: a.token, body });
      expect(response.status).toBe(404);
      expect(response.json).toMatchObject({ error: { code: 'not_found' } });
    }
  });

  it('answers the same 404 for a workspace that does not exist, so existence does not leak', async () => {
    const a = await createEmptyWorkspace();
    const response = await call(`/v1/workspaces/${crypto.randomUUID()}/pull`, { token: a.token, body: pullBody });
    expect(response.status).toBe(404);
    expect(response.json).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses a viewer push with 403 but lets the viewer pull', async () => {
    const owner = await createEmptyWorkspace();
    const viewer = new TestClient(await addMember(owner, 'viewer'));
    const pushed = await viewer.push([projectCreate()]);
    expect(pushed.status).toBe(403);
    expect(pushed.json).toMatchObject({ error: { code: 'forbidden', message: expect.stringContaining('viewer') } });
    expect((await viewer.pull()).status).toBe(200);
    expect((await readWorkspaceStorage(owner.workspace.id)).version).toBe(0);
  });

  it("refuses with 403 a push or pull on another member's client group, and applies nothing", async () => {
    const owner = await createEmptyWorkspace();
    const ownerClient = new TestClient(owner);
    expect((await ownerClient.push([projectCreate()])).status).toBe(200);
    const pm = await addMember(owner, 'pm');
    const hijack = { clientGroupId: ownerClient.clientGroupId };
    const pushed = await call(`/v1/workspaces/${owner.workspace.id}/push`, {
      token: pm.token,
      body: {
        ...hijack,
        mutations: [
          {
            clientId: 'pm-client',
            id: 1,
            name: 'project.create',
            args: projectCreate().args,
            clientTime: new Date().toISOString(),
          },
        ],
      },
    });
    expect(pushed.status).toBe(403);
    expect(pushed.json).toMatchObject({ error: { code: 'client_group_forbidden' } });
    const pulled = await call(`/v1/workspaces/${owner.workspace.id}/pull`, {
      token: pm.token,
      body: { ...hijack, cookie: null },
    });
    expect(pulled.status).toBe(403);
    expect((await readWorkspaceStorage(owner.workspace.id)).version).toBe(1);
  });

  it('refuses with 403 a client id that already belongs to another client group', async () => {
    const owner = await createEmptyWorkspace();
    const first = new TestClient(owner);
    expect((await first.push([projectCreate()])).status).toBe(200);
    const second = new TestClient(owner);
    const reused = await second.sendPush([{ ...first.number([projectCreate()])[0] }]);
    expect(reused.status).toBe(403);
    expect(reused.json).toMatchObject({ error: { code: 'client_forbidden' } });
  });
});
