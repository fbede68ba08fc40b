import { describe, expect, it } from 'vitest';
import { maxMutationsPerPush, maxPushBytes } from '../../shared';
import { call, createWorkspace } from './api';
import { clientTime, projectCreate, riskCreate, TestClient } from './sync-client';
import { readWorkspaceStorage } from './workspace-storage';

/** A workspace with one project and one risk, and a snapshot to prove bad input changed nothing. */
async function seededWorkspace() {
  const owner = await createWorkspace();
  const client = new TestClient(owner);
  const projectId = crypto.randomUUID();
  const riskId = crypto.randomUUID();
  await client.push([projectCreate(projectId), riskCreate(projectId, riskId)]);
  return { owner, client, riskId, before: await readWorkspaceStorage(owner.workspace.id) };
}

describe('bad push input gets a 4xx, never a 5xx, and changes nothing', () => {
  it('refuses a body over 1 MiB with 413 payload_too_large saying to split it', async () => {
    const { owner, client, before } = await seededWorkspace();
    const padding = 'x'.repeat(maxPushBytes);
    const huge = await client.sendPush(
      client.number([{ name: 'project.update', args: { id: crypto.randomUUID(), patch: { description: padding } } }]),
    );
    expect(huge.status).toBe(413);
    expect(huge.json).toMatchObject({
      error: { code: 'payload_too_large', message: expect.stringContaining('Split') },
    });
    expect(await readWorkspaceStorage(owner.workspace.id)).toEqual(before);
  });

  it(`refuses more than ${maxMutationsPerPush} mutations with 413`, async () => {
    const { owner, client, before } = await seededWorkspace();
    const projectId = crypto.randomUUID();
    const tooMany = client.number(Array.from({ length: maxMutationsPerPush + 1 }, () => riskCreate(projectId)));
    const refused = await client.sendPush(tooMany);
    expect(refused.status).toBe(413);
    expect(refused.json).toMatchObject({
      error: { code: 'payload_too_large', message: expect.stringContaining('another push') },
    });
    expect(await readWorkspaceStorage(owner.workspace.id)).toEqual(before);
  });

  it('refuses an unknown mutation name with 400 naming it', async () => {
    const { owner, client, before } = await seededWorkspace();
    const unknown = await client.sendPush([
      { clientId: client.clientId, id: 3, name: 'risk.explode', args: {}, clientTime },
    ]);
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({
      error: { code: 'invalid_body', message: expect.stringContaining('risk.explode') },
    });
    expect(await readWorkspaceStorage(owner.workspace.id)).toEqual(before);
  });

  it('refuses wrong types in a push with 400 invalid_body', async () => {
    const { owner, client, before } = await seededWorkspace();
    for (const body of [
      {},
      [],
      'push',
      42,
      null,
      { clientGroupId: client.clientGroupId, mutations: 'all' },
      {
        clientGroupId: client.clientGroupId,
        mutations: [{ clientId: client.clientId, id: 0, name: 'risk.create', args: {}, clientTime }],
      },
    ]) {
      const response = await call(`/v1/workspaces/${owner.workspace.id}/push`, { token: owner.token, body });
      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({ error: { code: 'invalid_body' } });
    }
    expect(await readWorkspaceStorage(owner.workspace.id)).toEqual(before);
  });

  it('rejects __proto__, constructor and prototype keys in a patch without touching the record', async () => {
    const { owner, client, riskId, before } = await seededWorkspace();
    const hostilePatches = [
      '{"__proto__": {"probability": 5}}',
      '{"constructor": {"prototype": {"isAdmin": true}}}',
      '{"title": "ok", "__proto__": {"title": "polluted"}}',
    ];
    const mutations = hostilePatches.map(
      (patch, index) =>
        `{"clientId": "${client.clientId}", "id": ${3 + index}, "name": "risk.update", "args": {"id": "${riskId}", "patch": ${patch}}, "clientTime": "${clientTime}"}`,
    );
    const hostileExpected = `{"clientId": "${client.clientId}", "id": 6, "name": "risk.update", "args": {"id": "${riskId}", "patch": {"title": "Changed"}, "expected": {"__proto__": {"title": "x"}}}, "clientTime": "${clientTime}"}`;
    const pushed = await call<{ results: { status: string; error?: { code: string } }[] }>(
      `/v1/workspaces/${owner.workspace.id}/push`,
      {
        token: owner.token,
        rawBody: `{"clientGroupId": "${client.clientGroupId}", "mutations": [${[...mutations, hostileExpected].join(',')}]}`,
      },
    );
    expect(pushed.status).toBe(200);
    expect(pushed.json.results.slice(0, 3).map((r) => [r.status, r.error?.code])).toEqual([
      ['rejected', 'invalid_args'],
      ['rejected', 'invalid_args'],
      ['rejected', 'invalid_args'],
    ]);
    const after = await readWorkspaceStorage(owner.workspace.id);
    const risk = JSON.parse(String(after.entities.find((row) => row.id === riskId)?.value));
    const riskBefore = JSON.parse(String(before.entities.find((row) => row.id === riskId)?.value));
    // zod would drop a `__proto__` key of `expected`; the shared guard refuses it instead.
    expect([pushed.json.results[3].status, pushed.json.results[3].error?.code]).toEqual(['rejected', 'invalid_args']);
    expect(risk).toEqual(riskBefore);
    expect(risk.probability).toBe(riskBefore.probability);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
