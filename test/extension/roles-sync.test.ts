import { describe, expect, it } from 'vitest';
import { pullChanges } from '../../extension/background/sync/pull-changes';
import { FakeServer } from './fake-server';
import { createTestClient, type TestClient } from './sync-harness';

const newProject = (code: string, extra: Record<string, unknown> = {}) => ({
  id: crypto.randomUUID(),
  code,
  name: `Project ${code}`,
  ...extra,
});
const newRisk = (projectId: string, title: string) => ({
  id: crypto.randomUUID(),
  projectId,
  title,
  probability: 3,
  impact: 3,
});

async function setUp(role: 'pm' | 'contributor') {
  const server = new FakeServer();
  const ownerSession = server.createWorkspace('Acme PMO');
  const memberSession = server.addMember(ownerSession.workspace.id, {
    name: 'Alice',
    email: 'alice@example.com',
    role,
  });
  const owner = await createTestClient(server, ownerSession);
  const member = await createTestClient(server, memberSession);
  return { server, owner, member, memberId: memberSession.member.id };
}

/** Pulls without pushing, so the client's pending mutations stay pending through the rebase. */
const pullOnly = async (client: TestClient) =>
  pullChanges(client.db, client.api, await client.connection(), () => '2026-03-02T11:00:00.000Z');

describe('a pm in the extension', () => {
  it('owns the project they create without a manager, adds risks to it, and the server agrees', async () => {
    const { server, member, memberId } = await setUp('pm');
    const project = newProject('WH');
    expect((await member.mutate('project.create', project)).ok).toBe(true);
    expect(await member.view('project')).toMatchObject([{ id: project.id, managerId: memberId }]);
    expect((await member.mutate('risk.create', newRisk(project.id, 'Forklift lease not signed'))).ok).toBe(true);

    await member.syncNow();

    expect(await member.pending()).toEqual([]);
    expect(await member.db.mutationErrors.toArray()).toEqual([]);
    expect(server.liveRows(member.workspaceId, 'risk')).toHaveLength(1);
  });

  it('is refused at once, and stores nothing, when editing a project someone else manages', async () => {
    const { owner, member } = await setUp('pm');
    const project = newProject('ERP', { managerId: 'someone-else' });
    await owner.mutate('project.create', project);
    await owner.syncNow();
    await member.syncNow();

    const edit = await member.mutate('project.update', { id: project.id, patch: { name: 'Mine' } });
    const risk = await member.mutate('risk.create', newRisk(project.id, 'Scope creep'));

    expect(edit).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(risk).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await member.pending()).toEqual([]);
    expect(await member.view('risk')).toEqual([]);
    expect(await member.view('project')).toMatchObject([{ name: 'Project ERP' }]);
  });

  it('keeps a pending edit visible through a rebase: the deciding project travels with the mutation', async () => {
    const { owner, member } = await setUp('pm');
    const project = newProject('WH');
    const risk = newRisk(project.id, 'Customs paperwork delayed');
    await member.mutate('project.create', project);
    await member.mutate('risk.create', risk);
    await member.syncNow();
    await owner.syncNow();

    await member.mutate('risk.update', { id: risk.id, patch: { impact: 5 } });
    const [pending] = await member.pending();
    expect(pending.touched).toEqual(expect.arrayContaining([{ entity: 'project', id: project.id }]));
    // Another change arrives while the edit is still pending: the rebase replays it.
    await owner.mutate('risk.update', { id: risk.id, patch: { title: 'Customs paperwork late' } });
    await owner.syncNow();
    await pullOnly(member);

    expect(await member.view('risk')).toMatchObject([{ title: 'Customs paperwork late', impact: 5 }]);
  });

  it('sees a pending edit undone once the project is reassigned on the server, as the server will refuse it', async () => {
    const { owner, member } = await setUp('pm');
    const project = newProject('WH');
    const risk = newRisk(project.id, 'Customs paperwork delayed');
    await member.mutate('project.create', project);
    await member.mutate('risk.create', risk);
    await member.syncNow();
    await owner.syncNow();

    await member.mutate('risk.update', { id: risk.id, patch: { impact: 5 } });
    await owner.mutate('project.update', { id: project.id, patch: { managerId: 'another-pm' } });
    await owner.syncNow();
    await pullOnly(member);
    expect(await member.view('risk')).toMatchObject([{ impact: 3 }]);

    await member.syncNow();
    const errors = await member.db.mutationErrors.toArray();
    expect(errors).toMatchObject([{ name: 'risk.update', error: { code: 'forbidden' } }]);
  });
});

describe('a contributor in the extension', () => {
  it('edits the risks they raised, and is refused locally on someone else’s', async () => {
    const { owner, member } = await setUp('contributor');
    const project = newProject('ERP');
    const ownersRisk = newRisk(project.id, 'Vendor late');
    await owner.mutate('project.create', project);
    await owner.mutate('risk.create', ownersRisk);
    await owner.syncNow();
    await member.syncNow();

    const mine = newRisk(project.id, 'Key user leaves');
    expect((await member.mutate('risk.create', mine)).ok).toBe(true);
    expect((await member.mutate('risk.update', { id: mine.id, patch: { impact: 4 } })).ok).toBe(true);
    expect(await member.mutate('risk.update', { id: ownersRisk.id, patch: { impact: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('created by someone else') },
    });

    await member.syncNow();
    expect(await member.db.mutationErrors.toArray()).toEqual([]);
    expect(await member.pending()).toEqual([]);
  });
});
