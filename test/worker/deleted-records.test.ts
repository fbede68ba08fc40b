import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared';
import { addMember, createWorkspace } from './api';
import { projectCreate, riskCreate, TestClient } from './sync-client';
import { getWorkspaceStub, readWorkspaceStorage } from './workspace-storage';

/** Pushes and returns each mutation's outcome as `status` or `rejected:code`. */
async function outcomes(client: TestClient, intents: Parameters<TestClient['push']>[0]) {
  const pushed = await client.push(intents);
  expect(pushed.status).toBe(200);
  return pushed.json.results.map((result) =>
    result.status === 'rejected' ? `rejected:${result.error?.code}` : result.status,
  );
}

async function liveRow(owner: SessionResponse, entity: string, id: string) {
  const { entities } = await readWorkspaceStorage(owner.workspace.id);
  return entities.find((row) => row.entity === entity && row.id === id && row.deleted === 0);
}

describe('deleted records stay deleted', () => {
  it('refuses to delete a project while others’ records are filed under it, so nobody can take them over', async () => {
    const owner = await createWorkspace();
    const [pm, contributor, otherPm] = [
      await addMember(owner, 'pm'),
      await addMember(owner, 'contributor'),
      await addMember(owner, 'pm'),
    ];
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    expect(await outcomes(new TestClient(pm), [projectCreate(projectId)])).toEqual(['applied']);
    expect(await outcomes(new TestClient(contributor), [riskCreate(projectId, riskId)])).toEqual(['applied']);

    expect(await outcomes(new TestClient(pm), [{ name: 'project.delete', args: { id: projectId } }])).toEqual([
      'rejected:has_children',
    ]);
    expect(await liveRow(owner, 'project', projectId)).toBeDefined();

    // The attack the rule closes: re-create the id, become its manager, then edit the records left behind.
    const attacker = new TestClient(otherPm);
    expect(await outcomes(attacker, [projectCreate(projectId)])).toEqual(['rejected:already_exists']);
    expect(
      await outcomes(attacker, [{ name: 'risk.update', args: { id: riskId, patch: { title: 'Nothing to see' } } }]),
    ).toEqual(['rejected:forbidden']);
  });

  it('never lets anyone re-create a deleted id, owner included, before and after its tombstone is pruned', async () => {
    const owner = await createWorkspace();
    const otherPm = await addMember(owner, 'pm');
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    expect(
      await outcomes(client, [
        projectCreate(projectId),
        riskCreate(projectId, riskId),
        { name: 'risk.delete', args: { id: riskId } },
        { name: 'project.delete', args: { id: projectId } },
      ]),
    ).toEqual(['applied', 'applied', 'applied', 'applied']);

    expect(await outcomes(new TestClient(otherPm), [projectCreate(projectId)])).toEqual(['rejected:id_retired']);
    expect(await outcomes(client, [projectCreate(projectId)])).toEqual(['rejected:id_retired']);

    const pruned = await getWorkspaceStub(owner.workspace.id).pruneTombstones(0);
    expect(pruned.pruned).toBe(2);
    const again = new TestClient(owner);
    const project = crypto.randomUUID();
    expect(
      await outcomes(again, [
        projectCreate(projectId),
        { name: 'project.create', args: { id: project, code: 'NEW', name: 'A new project' } },
        riskCreate(project, riskId),
      ]),
    ).toEqual(['rejected:id_retired', 'applied', 'rejected:id_retired']);
    const refusal = (await again.pull()).json.mutationErrors?.find((error) => error.error.code === 'id_retired');
    expect(refusal?.error.message).toMatch(
      /was deleted, and a deleted record's id is never used again; create it with a new id\./,
    );
    expect(await liveRow(owner, 'project', projectId)).toBeUndefined();
  });
});

describe('project codes', () => {
  it('keeps codes unique in a workspace whatever their case, across clients, and says which project holds one', async () => {
    const owner = await createWorkspace();
    const pm = await addMember(owner, 'pm');
    expect(await outcomes(new TestClient(owner), [projectCreate()])).toEqual(['applied']);
    const client = new TestClient(pm);
    const second = crypto.randomUUID();
    expect(
      await outcomes(client, [
        { name: 'project.create', args: { id: second, code: 'crm', name: 'CRM again' } },
        { name: 'project.create', args: { id: second, code: 'CRM-2', name: 'CRM, phase 2' } },
        { name: 'project.update', args: { id: second, patch: { code: 'Crm' } } },
      ]),
    ).toEqual(['rejected:code_taken', 'applied', 'rejected:code_taken']);
    const pulled = await client.pull();
    expect(pulled.json.mutationErrors?.[0]?.error.message).toBe(
      'Code CRM is already used by project "CRM rollout"; choose another code.',
    );
  });

  it('lets another workspace use the same code', async () => {
    const first = await createWorkspace();
    const second = await createWorkspace();
    expect(await outcomes(new TestClient(first), [projectCreate()])).toEqual(['applied']);
    expect(await outcomes(new TestClient(second), [projectCreate()])).toEqual(['applied']);
  });
});
