import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { prepareMutation } from '../../shared';
import { applyPush } from '../../worker/workspace/push';
import type { PrepareMutation } from '../../worker/workspace/run-mutator';
import { createEmptyWorkspace } from './api';
import { clientTime, projectCreate, riskCreate, TestClient } from './sync-client';
import { getWorkspaceStub, readWorkspaceStorage } from './workspace-storage';

async function startProject() {
  const owner = await createEmptyWorkspace();
  const client = new TestClient(owner);
  const projectId = crypto.randomUUID();
  expect((await client.push([projectCreate(projectId)])).status).toBe(200);
  return { owner, client, projectId };
}

describe('push', () => {
  it('applies a retried push once and reports the repeats as skipped', async () => {
    const { owner, client, projectId } = await startProject();
    const mutations = client.number([riskCreate(projectId), riskCreate(projectId)]);
    const first = await client.sendPush(mutations);
    expect(first.json.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const before = await readWorkspaceStorage(owner.workspace.id);
    const retry = await client.sendPush(mutations);
    expect(retry.status).toBe(200);
    expect(retry.json.results.map((r) => r.status)).toEqual(['skipped', 'skipped']);
    expect(await readWorkspaceStorage(owner.workspace.id)).toEqual(before);
  });

  it('applies only the new tail of a push that overlaps what was applied', async () => {
    const { owner, client, projectId } = await startProject();
    const [one, two] = client.number([riskCreate(projectId), riskCreate(projectId)]);
    await client.sendPush([one]);
    const overlap = await client.sendPush([one, two]);
    expect(overlap.json.results.map((r) => r.status)).toEqual(['skipped', 'applied']);
    expect((await readWorkspaceStorage(owner.workspace.id)).version).toBe(3);
  });

  it('refuses a gap with 409 mutation_gap and applies nothing of the push', async () => {
    const { owner, client, projectId } = await startProject();
    const [, , third] = client.number([riskCreate(projectId), riskCreate(projectId), riskCreate(projectId)]);
    const fresh = new TestClient(owner);
    const [freshFirst] = fresh.number([projectCreate()]);
    const gap = await client.sendPush([{ ...freshFirst, clientId: crypto.randomUUID() }, third]);
    expect(gap.status).toBe(409);
    expect(gap.json).toMatchObject({
      error: { code: 'mutation_gap', details: { clientId: client.clientId, expected: 2, received: 4 } },
    });
    const storage = await readWorkspaceStorage(owner.workspace.id);
    expect(storage.version).toBe(1);
    expect(storage.entities).toHaveLength(1);
    expect(storage.clients).toHaveLength(1);
  });

  it('rejects an invalid risk in the middle of a push, names the field, and still applies the later ones', async () => {
    const { owner, client, projectId } = await startProject();
    const goodBefore = crypto.randomUUID();
    const bad = crypto.randomUUID();
    const goodAfter = crypto.randomUUID();
    const pushed = await client.push([
      riskCreate(projectId, goodBefore),
      riskCreate(projectId, bad, { probability: 9 }),
      riskCreate(projectId, goodAfter),
    ]);
    expect(pushed.status).toBe(200);
    expect(pushed.json.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    const rejected = pushed.json.results[1];
    expect(rejected.error?.code).toBe('invalid_args');
    expect(rejected.error?.message).toContain('probability');
    const storage = await readWorkspaceStorage(owner.workspace.id);
    expect(storage.entities.map((row) => row.id)).toEqual(expect.arrayContaining([goodBefore, goodAfter]));
    expect(storage.entities.map((row) => row.id)).not.toContain(bad);
    expect(storage.version).toBe(4);
    expect(storage.clients).toEqual([
      {
        client_id: client.clientId,
        client_group_id: client.clientGroupId,
        last_mutation_id: 4,
        last_mutation_id_version: 4,
      },
    ]);
    expect(storage.errors).toEqual([
      expect.objectContaining({ client_id: client.clientId, mutation_id: 3, version: 3, code: 'invalid_args' }),
    ]);
  });

  it('rolls back only the mutation whose mutator throws, answers 500, and applies it on retry', async () => {
    const { owner, client, projectId } = await startProject();
    const mutations = client.number([riskCreate(projectId), riskCreate(projectId), riskCreate(projectId)]);
    const stub = getWorkspaceStub(owner.workspace.id);
    const member = { id: owner.member.id, role: owner.member.role };
    const request = { clientGroupId: client.clientGroupId, mutations };
    let calls = 0;
    // The second mutation writes its risk, then a value that cannot be stored (BigInt breaks JSON):
    // a stand-in for a server bug or a storage failure halfway through a mutation.
    const flaky: PrepareMutation = (name, args) => {
      const prepared = prepareMutation(name, args);
      if (++calls !== 2 || !prepared.ok) return prepared;
      const apply: typeof prepared.value.apply = (read, ctx, list) => {
        const result = prepared.value.apply(read, ctx, list);
        if (!result.ok) return result;
        const broken = {
          op: 'put',
          entity: 'risk',
          id: crypto.randomUUID(),
          value: { id: 'x', version: 0, size: 1n },
        } as const;
        return { ok: true, value: [...result.value, broken] };
      };
      return { ok: true, value: { ...prepared.value, apply } };
    };
    const failed = await runInDurableObject(stub, (_instance, state) =>
      applyPush(state.storage, member, request, flaky),
    );
    expect(failed).toMatchObject({
      ok: false,
      error: { status: 500, code: 'internal', message: expect.stringContaining('BigInt') },
    });
    const afterFailure = await readWorkspaceStorage(owner.workspace.id);
    expect(afterFailure.version).toBe(2);
    expect(afterFailure.entities).toHaveLength(2);
    expect(afterFailure.errors).toEqual([]);
    expect(afterFailure.clients[0]).toMatchObject({ last_mutation_id: 2 });
    const retried = await client.sendPush(mutations);
    expect(retried.json.results.map((r) => r.status)).toEqual(['skipped', 'applied', 'applied']);
    expect((await readWorkspaceStorage(owner.workspace.id)).version).toBe(4);
  });

  it('keeps both edits when two clients change different fields of one risk', async () => {
    const { owner, client, projectId } = await startProject();
    const riskId = crypto.randomUUID();
    await client.push([riskCreate(projectId, riskId)]);
    const other = new TestClient(owner);
    await client.push([{ name: 'risk.update', args: { id: riskId, patch: { title: 'Supplier late by four weeks' } } }]);
    await other.push([{ name: 'risk.update', args: { id: riskId, patch: { probability: 5 } } }]);
    const { entities } = await readWorkspaceStorage(owner.workspace.id);
    const risk = JSON.parse(String(entities.find((row) => row.id === riskId)?.value));
    expect(risk).toMatchObject({ title: 'Supplier late by four weeks', probability: 5, impact: 4, version: 4 });
  });

  it('stamps records with the server time and the pushing member, not the client clock', async () => {
    const { owner, client, projectId } = await startProject();
    const riskId = crypto.randomUUID();
    await client.push([riskCreate(projectId, riskId)]);
    const { entities } = await readWorkspaceStorage(owner.workspace.id);
    const risk = JSON.parse(String(entities.find((row) => row.id === riskId)?.value));
    expect(risk.createdBy).toBe(owner.member.id);
    expect(risk.updatedAt).not.toBe(clientTime);
    expect(Math.abs(Date.parse(risk.updatedAt) - Date.now())).toBeLessThan(60_000);
  });
});
