import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared';
import { addMember, createWorkspace } from './api';
import { projectCreate, riskCreate, TestClient } from './sync-client';
import { readWorkspaceStorage } from './workspace-storage';

/** The stored value of one record, straight from the Durable Object's SQLite. */
async function readRecord(session: SessionResponse, entity: string, id: string) {
  const storage = await readWorkspaceStorage(session.workspace.id);
  const row = storage.entities.find((each) => each.entity === entity && each.id === id);
  return row?.value ? (JSON.parse(String(row.value)) as Record<string, unknown>) : undefined;
}

/** An owner's workspace with a project managed by a member who is not in the test. */
async function workspaceWithForeignProject() {
  const owner = await createWorkspace();
  const ownerClient = new TestClient(owner);
  const projectId = crypto.randomUUID();
  const created = await ownerClient.push([
    { name: 'project.create', args: { id: projectId, code: 'ERP', name: 'ERP migration', managerId: 'pm-elsewhere' } },
  ]);
  expect(created.json.results[0].status).toBe('applied');
  return { owner, ownerClient, projectId };
}

describe('pm writes, authorized against the server’s rows', () => {
  it('rejects a pm’s update of a project someone else manages with forbidden, and changes nothing', async () => {
    const { owner, projectId } = await workspaceWithForeignProject();
    const pm = new TestClient(await addMember(owner, 'pm'));
    const before = await readRecord(owner, 'project', projectId);
    const pushed = await pm.push([
      { name: 'project.update', args: { id: projectId, patch: { name: 'Mine now' } } },
      // Claims the client might make: "I manage it" in the patch, or a managed list in the args.
      { name: 'project.update', args: { id: projectId, patch: { managerId: pm.session.member.id } } },
      {
        name: 'project.update',
        args: { id: projectId, patch: { name: 'Mine now' }, managedProjectIds: [projectId], role: 'owner' },
      },
      riskCreate(projectId),
    ]);
    expect(pushed.status).toBe(200);
    expect(pushed.json.results.map((result) => [result.status, result.error?.code])).toEqual([
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
    ]);
    expect(pushed.json.results[0].error?.message).toMatch(/project manager.*Ask an owner or PMO/);
    expect(await readRecord(owner, 'project', projectId)).toEqual(before);
    const storage = await readWorkspaceStorage(owner.workspace.id);
    expect(storage.entities.filter((row) => row.entity === 'risk')).toEqual([]);
    expect(storage.errors.map((row) => row.code)).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden']);
  });

  it('lets a pm create a project without naming a manager, manage it, and add risks in the same push', async () => {
    const owner = await createWorkspace();
    const pm = new TestClient(await addMember(owner, 'pm'));
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    const pushed = await pm.push([
      projectCreate(projectId),
      riskCreate(projectId, riskId),
      { name: 'risk.update', args: { id: riskId, patch: { probability: 5 } } },
      { name: 'project.update', args: { id: projectId, patch: { state: 'on_hold' } } },
    ]);
    expect(pushed.json.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(await readRecord(owner, 'project', projectId)).toMatchObject({
      managerId: pm.session.member.id,
      state: 'on_hold',
    });
    expect(await readRecord(owner, 'risk', riskId)).toMatchObject({ probability: 5 });
  });

  it('follows the server’s managerId: once an owner assigns the project to the pm, the pm may edit it', async () => {
    const { owner, ownerClient, projectId } = await workspaceWithForeignProject();
    const pm = new TestClient(await addMember(owner, 'pm'));
    expect((await pm.push([riskCreate(projectId)])).json.results[0].status).toBe('rejected');
    const assigned = await ownerClient.push([
      { name: 'project.update', args: { id: projectId, patch: { managerId: pm.session.member.id } } },
    ]);
    expect(assigned.json.results[0].status).toBe('applied');
    expect((await pm.push([riskCreate(projectId)])).json.results[0].status).toBe('applied');
    const handedBack = await pm.push([
      { name: 'project.update', args: { id: projectId, patch: { managerId: 'pm-elsewhere' } } },
    ]);
    expect(handedBack.json.results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
  });

  it('rejects a pm moving a risk from their project to one they do not manage', async () => {
    const { owner, projectId: foreignProject } = await workspaceWithForeignProject();
    const pm = new TestClient(await addMember(owner, 'pm'));
    const ownProject = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    await pm.push([projectCreate(ownProject), riskCreate(ownProject, riskId)]);
    const moved = await pm.push([{ name: 'risk.update', args: { id: riskId, patch: { projectId: foreignProject } } }]);
    expect(moved.json.results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await readRecord(owner, 'risk', riskId)).toMatchObject({ projectId: ownProject });
  });

  it('keeps people and settings to an owner or PMO', async () => {
    const owner = await createWorkspace();
    const pm = new TestClient(await addMember(owner, 'pm'));
    const pushed = await pm.push([
      { name: 'person.create', args: { id: crypto.randomUUID(), name: 'Dana Okafor' } },
      { name: 'settings.create', args: { id: crypto.randomUUID(), riskAppetite: 10 } },
    ]);
    expect(pushed.json.results.map((result) => result.error?.code)).toEqual(['forbidden', 'forbidden']);
  });
});

describe('contributor writes', () => {
  it('lets a contributor create a risk in any project and then edit it, but not someone else’s', async () => {
    const { owner, ownerClient, projectId } = await workspaceWithForeignProject();
    const ownersRisk = crypto.randomUUID();
    await ownerClient.push([riskCreate(projectId, ownersRisk)]);
    const contributor = new TestClient(await addMember(owner, 'contributor'));
    const ownRisk = crypto.randomUUID();
    const pushed = await contributor.push([
      riskCreate(projectId, ownRisk),
      { name: 'risk.update', args: { id: ownRisk, patch: { impact: 5 } } },
      { name: 'risk.update', args: { id: ownersRisk, patch: { impact: 1 } } },
      { name: 'risk.delete', args: { id: ownersRisk } },
      {
        name: 'milestone.create',
        args: { id: crypto.randomUUID(), projectId, title: 'Go-live', forecastDate: '2027-03-01' },
      },
    ]);
    expect(pushed.json.results.map((result) => [result.status, result.error?.code])).toEqual([
      ['applied', undefined],
      ['applied', undefined],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
    ]);
    expect(pushed.json.results[2].error?.message).toContain('was created by someone else');
    expect(await readRecord(owner, 'risk', ownRisk)).toMatchObject({
      impact: 5,
      createdBy: contributor.session.member.id,
    });
    expect(await readRecord(owner, 'risk', ownersRisk)).toMatchObject({ impact: 4 });
  });

  it('tells the contributor why in the next pull, like any permanent failure', async () => {
    const { owner, ownerClient, projectId } = await workspaceWithForeignProject();
    const ownersRisk = crypto.randomUUID();
    await ownerClient.push([riskCreate(projectId, ownersRisk)]);
    const contributor = new TestClient(await addMember(owner, 'contributor'));
    await contributor.push([{ name: 'risk.update', args: { id: ownersRisk, patch: { impact: 1 } } }]);
    const pulled = await contributor.pull();
    expect(pulled.json.lastMutationIdChanges).toEqual({ [contributor.clientId]: 1 });
    expect(pulled.json.mutationErrors).toEqual([
      expect.objectContaining({
        clientId: contributor.clientId,
        id: 1,
        error: expect.objectContaining({ code: 'forbidden' }),
      }),
    ]);
  });
});
