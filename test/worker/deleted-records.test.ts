import { describe, expect, it } from 'vitest';
import { formatAppError, PushResponseSchema, type SessionResponse } from '../../shared';
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
    // A refusal learned from a pull (e.g. after a lost push answer) keeps its catalog message too.
    expect(refusal?.error.ref?.key).toBe('refusal.retired.id');
    expect(await liveRow(owner, 'project', projectId)).toBeUndefined();
  });
});

describe('refusals in the reader’s language', () => {
  it('sends a retired id’s refusal with its catalog message, in English as `message` and in French from `ref`', async () => {
    const owner = await createWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    await client.push([projectCreate(projectId), { name: 'project.delete', args: { id: projectId } }]);
    const pushed = await client.push([projectCreate(projectId)]);
    const error = PushResponseSchema.parse(pushed.json).results[0].error;
    expect(error).toEqual({
      code: 'id_retired',
      message: `Project ${projectId} was deleted, and a deleted record's id is never used again; create it with a new id.`,
      ref: {
        key: 'refusal.retired.id',
        params: { entity: { key: 'term.entity.project.start', params: {} }, id: projectId },
      },
      details: { entity: 'project', id: projectId },
    });
    expect(error && formatAppError('fr', error)).toBe(
      `Projet ${projectId} : cet enregistrement a été supprimé, et l’identifiant d’un enregistrement supprimé ne sert jamais deux fois ; créez-le avec un nouvel identifiant.`,
    );
  });

  it('sends the shared mutators’ refusals with their catalog message too', async () => {
    const owner = await createWorkspace();
    const contributor = new TestClient(await addMember(owner, 'contributor'));
    const pushed = await contributor.push([
      projectCreate(),
      { name: 'risk.update', args: { id: crypto.randomUUID(), patch: { colour: 'red' } } },
    ]);
    const [forbidden, invalid] = PushResponseSchema.parse(pushed.json).results.map((result) => result.error);
    expect([forbidden?.ref?.key, invalid?.ref?.key]).toEqual([
      'refusal.access.contributorEntity',
      'refusal.args.invalid',
    ]);
    expect(forbidden && formatAppError('fr', forbidden)).toBe(
      'Comme contributeur, vous pouvez créer des risques, des problèmes, des actions et des leçons apprises et modifier ceux que vous avez créés, mais pas un projet. Demandez cette modification au chef de projet ou au PMO.',
    );
    expect(invalid && formatAppError('fr', invalid)).toBe(
      'Arguments refusés pour risk.update : patch : champ inconnu "colour"',
    );
    expect(invalid && formatAppError('en', invalid)).toBe('risk.update: patch: Unrecognized key: "colour"');
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
