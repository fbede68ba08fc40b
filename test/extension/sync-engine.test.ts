import { describe, expect, it } from 'vitest';
import { readWorkspaceBase } from '../../extension/background/sync/base-rows';
import { pullChanges } from '../../extension/background/sync/pull-changes';
import { FakeServer } from './fake-server';
import { createTestClient } from './sync-harness';

const newProject = (code: string, name = `Project ${code}`) => ({ id: crypto.randomUUID(), code, name });
const newRisk = (projectId: string, title: string, probability = 3, impact = 3) => ({
  id: crypto.randomUUID(),
  projectId,
  title,
  probability,
  impact,
});

async function setUpTwoBrowsers() {
  const server = new FakeServer();
  const owner = server.createWorkspace('Acme PMO');
  const colleague = server.addMember(owner.workspace.id, { name: 'Pat PM', email: 'pat@example.com', role: 'pmo' });
  const a = await createTestClient(server, owner);
  const b = await createTestClient(server, colleague);
  return { server, a, b };
}

describe('local mutations', () => {
  it('writes the edit to the view and queues its pending mutation with the next id', async () => {
    const { a } = await setUpTwoBrowsers();
    const project = newProject('ERP');

    const first = await a.mutate('project.create', project);
    const second = await a.mutate('risk.create', newRisk(project.id, 'Vendor late'));

    expect(first).toEqual({ ok: true, value: { mutationId: 1 } });
    expect(second).toEqual({ ok: true, value: { mutationId: 2 } });
    expect(await a.view('project')).toMatchObject([{ id: project.id, code: 'ERP', version: 0 }]);
    const pending = await a.pending();
    expect(pending.map((mutation) => [mutation.id, mutation.name])).toEqual([
      [1, 'project.create'],
      [2, 'risk.create'],
    ]);
    expect(pending[1].touched).toEqual(
      expect.arrayContaining([
        { entity: 'risk', id: expect.any(String) },
        { entity: 'project', id: project.id },
      ]),
    );
    expect(await a.connection()).toMatchObject({ nextMutationId: 3, pendingCount: 2, syncStatus: 'pending' });
  });

  it('stores nothing when the mutator refuses, and answers its error', async () => {
    const { a } = await setUpTwoBrowsers();

    const result = await a.mutate('risk.create', newRisk(crypto.randomUUID(), 'Orphan'));

    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await a.view('risk')).toEqual([]);
    expect(await a.pending()).toEqual([]);
    expect(await a.connection()).toMatchObject({ nextMutationId: 1 });
  });

  it('rolls the edit back when its pending mutation cannot be stored (one transaction)', async () => {
    const { a } = await setUpTwoBrowsers();
    // A stray pending row with the next id makes the add fail inside the transaction.
    await a.db.pending.add({
      workspaceId: a.workspaceId,
      clientId: 'x',
      id: 1,
      name: 'project.delete',
      args: { id: crypto.randomUUID() },
      clientTime: '2026-03-02T10:00:00.000Z',
      touched: [],
    });

    await expect(a.mutate('project.create', newProject('ERP'))).rejects.toThrow();

    expect(await a.view('project')).toEqual([]);
    expect(await a.connection()).toMatchObject({ nextMutationId: 1 });
  });
});

describe('push and pull', () => {
  it('pushes pending mutations, then a pull acknowledges them and clears pending', async () => {
    const { server, a } = await setUpTwoBrowsers();
    const project = newProject('ERP');
    await a.mutate('project.create', project);

    const outcome = await a.syncNow();

    expect(outcome).toEqual({ ok: true, value: undefined });
    expect(await a.pending()).toEqual([]);
    expect(server.liveRows(a.workspaceId, 'project')).toMatchObject([{ id: project.id, version: 1 }]);
    expect(await a.view('project')).toMatchObject([{ id: project.id, version: 1 }]);
    // Nothing pending: the view is the base, and no base copy is kept.
    expect(await a.db.serverRecords.count()).toBe(0);
    expect([...(await readWorkspaceBase(a.db, a.workspaceId)).values()]).toMatchObject([
      { id: project.id, version: 1 },
    ]);
    expect(await a.connection()).toMatchObject({
      syncStatus: 'synced',
      pendingCount: 0,
      lastError: null,
      cookie: { version: 1, epoch: 'e1' },
    });
  });

  it('rebases: server changes and local pending edits are both visible, field by field', async () => {
    const { a, b } = await setUpTwoBrowsers();
    const project = newProject('ERP', 'ERP migration');
    await a.mutate('project.create', project);
    await a.syncNow();
    await b.syncNow();
    // B renames the project and adds a risk without pushing; A changes the code and adds a risk.
    await b.mutate('project.update', { id: project.id, patch: { name: 'ERP roll-out' } });
    await b.mutate('risk.create', newRisk(project.id, 'Key user leaves'));
    await a.mutate('project.update', { id: project.id, patch: { code: 'ERP2' } });
    await a.mutate('risk.create', newRisk(project.id, 'Vendor late'));
    await a.syncNow();

    await pullChanges(b.db, b.api, await b.connection(), () => '2026-03-02T11:00:00.000Z');

    expect(await b.view('project')).toMatchObject([{ code: 'ERP2', name: 'ERP roll-out' }]);
    expect((await b.view('risk')).map((risk) => risk.title).sort()).toEqual(['Key user leaves', 'Vendor late']);
    expect(await b.pending()).toHaveLength(2);

    await b.syncNow();
    await a.syncNow();
    for (const client of [a, b]) {
      expect(await client.view('project')).toMatchObject([{ code: 'ERP2', name: 'ERP roll-out' }]);
      expect(await client.view('risk')).toHaveLength(2);
      expect(await client.pending()).toEqual([]);
    }
  });

  it('shows a refused mutation as a mutation error, drops it from pending and undoes its local effect', async () => {
    const { server, a, b } = await setUpTwoBrowsers();
    const project = newProject('ERP');
    await a.mutate('project.create', project);
    await a.syncNow();
    await b.syncNow();
    await a.mutate('project.delete', { id: project.id });
    await a.syncNow();
    // B has not seen the delete and adds a risk to the project.
    await b.mutate('risk.create', newRisk(project.id, 'Too late'));
    expect(await b.view('risk')).toHaveLength(1);

    await b.syncNow();

    expect(await b.pending()).toEqual([]);
    expect(await b.view('risk')).toEqual([]);
    expect(await b.view('project')).toEqual([]);
    const errors = await b.db.mutationErrors.toArray();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ id: 1, name: 'risk.create', dismissed: 0, error: { code: 'not_found' } });
    expect(errors[0].error.message).toContain('does not exist');
    expect(server.liveRows(a.workspaceId, 'risk')).toEqual([]);
    expect(await b.connection()).toMatchObject({ syncStatus: 'synced' });
  });

  it('keeps edits pending and reports "offline" when the server cannot be reached', async () => {
    const { server, a } = await setUpTwoBrowsers();
    server.isOffline = true;
    await a.mutate('project.create', newProject('ERP'));

    const outcome = await a.syncNow();

    expect(outcome).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(await a.connection()).toMatchObject({ syncStatus: 'offline', pendingCount: 1 });
    expect((await a.connection()).lastError?.message).toContain('Could not reach');
    expect(await a.pending()).toHaveLength(1);
    expect(await a.view('project')).toHaveLength(1);

    // An edit while offline keeps the state "offline" and counts it.
    await a.mutate('project.create', newProject('CRM'));
    expect(await a.connection()).toMatchObject({ syncStatus: 'offline', pendingCount: 2 });

    server.isOffline = false;
    await a.syncNow();
    expect(await a.connection()).toMatchObject({ syncStatus: 'synced', pendingCount: 0, lastError: null });
    expect(server.liveRows(a.workspaceId, 'project')).toHaveLength(2);
  });

  it('reports "error" with the server\'s reason for a 401 that is not the Worker\'s `unauthorized`, keeping edits', async () => {
    const { server, a } = await setUpTwoBrowsers();
    await a.mutate('project.create', newProject('ERP'));
    server.failNextRequest(401, 'proxy_auth_required', 'The corporate proxy wants you to sign in first.');

    await a.syncNow();

    const connection = await a.connection();
    expect(connection.syncStatus).toBe('error');
    expect(connection.lastError).toEqual({
      code: 'proxy_auth_required',
      message: 'The corporate proxy wants you to sign in first.',
      status: 401,
    });
    expect(await a.pending()).toHaveLength(1);
  });

  it('reports "error" on a 5xx and retries later with backoff', async () => {
    const { server, a } = await setUpTwoBrowsers();
    server.failNextRequest(500, 'internal', 'The Durable Object failed.');

    await a.syncNow();

    expect(await a.connection()).toMatchObject({ syncStatus: 'error', lastError: { status: 500 } });
    expect(a.sync.isBackingOff(a.workspaceId)).toBe(true);
    a.timers.fireAll();
    await a.syncNow();
    expect(await a.connection()).toMatchObject({ syncStatus: 'synced' });
  });

  it('pulls page after page while hasMore, ending at the server version', async () => {
    const { server, a, b } = await setUpTwoBrowsers();
    for (const code of ['A1', 'A2', 'A3', 'A4', 'A5']) await a.mutate('project.create', newProject(code));
    await a.syncNow();
    server.pullLimit = 2;
    const pullsBefore = server.requestsTo('/pull').length;

    await b.syncNow();

    expect(server.requestsTo('/pull').length - pullsBefore).toBe(3);
    expect((await b.view('project')).map((project) => project.code).sort()).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(await b.connection()).toMatchObject({ cookie: { version: 5 }, syncStatus: 'synced' });
  });

  it('applies a clear: the base is rebuilt from the full state and pending edits survive it', async () => {
    const { server, a, b } = await setUpTwoBrowsers();
    const kept = newProject('KEEP');
    const removed = newProject('GONE');
    await a.mutate('project.create', kept);
    await a.mutate('project.create', removed);
    await a.syncNow();
    await b.syncNow();
    await a.mutate('project.delete', { id: removed.id });
    await a.syncNow();
    server.changeEpoch(a.workspaceId);
    const local = newProject('LOCAL');
    await b.mutate('project.create', local);

    await pullChanges(b.db, b.api, await b.connection(), () => '2026-03-02T11:00:00.000Z');

    expect(server.log.at(-1)?.path).toContain('/pull');
    expect((await b.view('project')).map((project) => project.code).sort()).toEqual(['KEEP', 'LOCAL']);
    expect([...(await readWorkspaceBase(b.db, b.workspaceId)).values()].map((project) => project.code)).toEqual([
      'KEEP',
    ]);
    expect(await b.connection()).toMatchObject({ cookie: { epoch: 'e2' } });
  });

  it('on a 409 gap pulls, retries the push once, then reports the error', async () => {
    const { server, a } = await setUpTwoBrowsers();
    await a.mutate('project.create', newProject('ERP'));
    await a.mutate('project.create', newProject('CRM'));
    // Lose mutation 1 locally: the server now sees 2 first, a gap.
    await a.db.pending.delete([a.workspaceId, 1]);

    const outcome = await a.syncNow();

    expect(server.log.map((entry) => [entry.path.split('/').at(-1), entry.status])).toEqual([
      ['push', 409],
      ['pull', 200],
      ['push', 409],
    ]);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'mutation_gap', status: 409 } });
    expect(await a.connection()).toMatchObject({ syncStatus: 'error' });
  });

  it('splits a long queue into pushes of at most 500 mutations', async () => {
    const { server, a } = await setUpTwoBrowsers();
    const project = newProject('BIG');
    await a.mutate('project.create', project);
    for (let index = 0; index < 500; index += 1) {
      await a.mutate('project.update', { id: project.id, patch: { name: `Name ${index}` } });
    }

    await a.syncNow();

    const pushes = server.requestsTo('/push');
    expect(pushes.map((entry) => (entry.body as { mutations: unknown[] }).mutations.length)).toEqual([500, 1]);
    expect(server.liveRows(a.workspaceId, 'project')).toMatchObject([{ name: 'Name 499' }]);
    expect(await a.pending()).toEqual([]);
    // 501 local transactions: ~1.5 s alone, several times that beside the fuzz suite on 2 cores.
  }, 30_000);
});
