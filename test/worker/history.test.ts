import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { HistoryPage, SessionResponse } from '../../shared';
import { addMember, call, createEmptyWorkspace, createWorkspace } from './api';
import { seedWorkspace } from './seed-directory';
import { projectCreate, riskCreate, TestClient } from './sync-client';
import { getWorkspaceStub } from './workspace-storage';

const historyOf = (session: SessionResponse, query = '', token = session.token) =>
  call<HistoryPage>(`/v1/workspaces/${session.workspace.id}/history${query}`, { token });

/** A project and a risk the owner created, then edited three times by the owner, a pm and the owner again. */
async function riskEditedThreeTimes() {
  const owner = await createEmptyWorkspace();
  const pm = await addMember(owner, 'pm');
  const ownerClient = new TestClient(owner);
  const pmClient = new TestClient(pm);
  const projectId = crypto.randomUUID();
  const riskId = crypto.randomUUID();
  await ownerClient.push([
    { name: 'project.create', args: { id: projectId, code: 'ATL', name: 'Atlas', managerId: pm.member.id } },
    riskCreate(projectId, riskId),
  ]);
  await ownerClient.push([{ name: 'risk.update', args: { id: riskId, patch: { probability: 4 } } }]);
  const pmEdit = await pmClient.push([
    { name: 'risk.update', args: { id: riskId, patch: { title: 'Supplier will miss the delivery', impact: 5 } } },
  ]);
  expect(pmEdit.json.results[0].status).toBe('applied');
  await ownerClient.push([{ name: 'risk.update', args: { id: riskId, patch: { probability: 2 } } }]);
  return { owner, pm, projectId, riskId };
}

describe('GET /v1/workspaces/:ws/history', () => {
  it('shows a record edited three times as three entries, newest first, with field diffs and authors (Acceptance 3)', async () => {
    const { owner, pm, projectId, riskId } = await riskEditedThreeTimes();
    const answer = await historyOf(owner, `?entity=risk&id=${riskId}`);
    expect(answer.status).toBe(200);
    const { entries, nextCursor } = answer.json;
    expect(nextCursor).toBeNull();
    expect(entries.map((entry) => entry.mutation)).toEqual([
      'risk.update',
      'risk.update',
      'risk.update',
      'risk.create',
    ]);
    expect(entries.slice(0, 3).map((entry) => [entry.by, entry.byName, entry.changes])).toEqual([
      [owner.member.id, 'Olivia Owner', { probability: { from: 4, to: 2 } }],
      [
        pm.member.id,
        'Pat pm',
        {
          title: { from: 'Key supplier may miss the hardware delivery', to: 'Supplier will miss the delivery' },
          impact: { from: 4, to: 5 },
        },
      ],
      [owner.member.id, 'Olivia Owner', { probability: { from: 3, to: 4 } }],
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ entity: 'risk', id: riskId, projectId });
      expect(Date.parse(entry.at)).not.toBeNaN();
      expect(Object.keys(entry.changes)).not.toContain('version');
      expect(Object.keys(entry.changes)).not.toContain('updatedAt');
    }
    expect(entries[3].changes.title).toEqual({ from: null, to: 'Key supplier may miss the hardware delivery' });
  });

  it('records a delete with every field going to null', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    await client.push([
      projectCreate(projectId),
      riskCreate(projectId, riskId),
      { name: 'risk.delete', args: { id: riskId } },
    ]);
    const [deleted] = (await historyOf(owner, `?id=${riskId}`)).json.entries;
    expect(deleted.mutation).toBe('risk.delete');
    expect(deleted.changes.title).toEqual({ from: 'Key supplier may miss the hardware delivery', to: null });
    expect(deleted.projectId).toBe(projectId);
  });

  it('records what the server itself wrote: the built-in method of a new workspace, by its owner', async () => {
    const owner = await createWorkspace();
    const { entries } = (await historyOf(owner, '?entity=template')).json;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ mutation: 'template.create', by: owner.member.id, byName: 'Olivia Owner' });
    expect(entries[0].projectId).toBeNull();
    expect(entries[0].changes.phases.from).toBeNull();
  });

  it('leaves out refused mutations and writes that changed nothing', async () => {
    const owner = await createEmptyWorkspace();
    const viewer = await addMember(owner, 'contributor');
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    await client.push([projectCreate(projectId), riskCreate(projectId, riskId)]);
    const refused = await new TestClient(viewer).push([
      { name: 'risk.update', args: { id: riskId, patch: { impact: 1 } } },
    ]);
    expect(refused.json.results[0].status).toBe('rejected');
    await client.push([{ name: 'risk.update', args: { id: riskId, patch: { impact: 4 } } }]);
    const { entries } = (await historyOf(owner, `?id=${riskId}`)).json;
    expect(entries.map((entry) => entry.mutation)).toEqual(['risk.create']);
  });

  it('filters by entity, record and time, and pages newest first with a cursor', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskIds = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await client.push([projectCreate(projectId), ...riskIds.map((id) => riskCreate(projectId, id))]);
    const everything = (await historyOf(owner)).json.entries;
    expect(everything.map((entry) => entry.id)).toEqual([...riskIds].reverse().concat(projectId));
    expect((await historyOf(owner, '?entity=project')).json.entries.map((entry) => entry.id)).toEqual([projectId]);
    expect((await historyOf(owner, `?id=${riskIds[1]}`)).json.entries).toHaveLength(1);

    const first = (await historyOf(owner, '?limit=2')).json;
    expect(first.entries.map((entry) => entry.id)).toEqual([riskIds[2], riskIds[1]]);
    expect(first.nextCursor).toMatch(/^\d+$/);
    const second = (await historyOf(owner, `?limit=2&cursor=${first.nextCursor}`)).json;
    expect(second.entries.map((entry) => entry.id)).toEqual([riskIds[0], projectId]);
    expect(second.nextCursor).toBeNull();

    expect((await historyOf(owner, '?since=2999-01-01T00:00:00Z')).json.entries).toEqual([]);
    expect((await historyOf(owner, '?since=2000-01-01T00:00:00%2B02:00')).json.entries).toHaveLength(4);
  });

  it('prunes entries older than the workspace setting historyRetentionDays, and never answers them', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    await client.push([projectCreate(projectId)]);
    // An entry from 40 days ago, as if written then.
    await runInDurableObject(getWorkspaceStub(owner.workspace.id), (_instance, state) => {
      state.storage.sql.exec(
        "UPDATE record_history SET at = ? WHERE mutation = 'project.create'",
        new Date(Date.now() - 40 * 86_400_000).toISOString(),
      );
    });
    expect((await historyOf(owner)).json.entries).toHaveLength(1);
    const settingsId = crypto.randomUUID();
    await client.push([{ name: 'settings.create', args: { id: settingsId, historyRetentionDays: 30 } }]);
    const { entries } = (await historyOf(owner)).json;
    expect(entries.map((entry) => entry.mutation)).toEqual(['settings.create']);
    expect(entries[0].changes.historyRetentionDays).toEqual({ from: null, to: 30 });
    const stored = await runInDurableObject(getWorkspaceStub(owner.workspace.id), (_instance, state) =>
      state.storage.sql.exec<{ count: number }>('SELECT COUNT(*) AS count FROM record_history').one(),
    );
    expect(stored.count).toBe(1);
  });

  it('is open to every role, viewers included; no token is 401; another workspace is 404', async () => {
    const [owner, pmo, pm, contributor, viewer] = await seedWorkspace(['owner', 'pmo', 'pm', 'contributor', 'viewer']);
    const [foreign] = await seedWorkspace(['owner']);
    for (const session of [owner, pmo, pm, contributor, viewer]) expect((await historyOf(session)).status).toBe(200);
    const anonymous = await call(`/v1/workspaces/${owner.workspace.id}/history`);
    expect(anonymous.status).toBe(401);
    const fromElsewhere = await historyOf(owner, '', foreign.token);
    expect(fromElsewhere.status).toBe(404);
    expect(fromElsewhere.json).toMatchObject({ error: { code: 'not_found' } });
    expect(fromElsewhere.text).not.toContain('entries');
  });

  it('refuses hostile queries with 400 invalid_query and a message, reading nothing', async () => {
    const owner = await createEmptyWorkspace();
    const hostile = [
      '?limit=0',
      '?limit=201',
      '?limit=ten',
      '?limit=1e3',
      '?entity=secrets',
      '?entity=__proto__',
      "?id=1'%20OR%201=1--",
      '?id=%3Cscript%3E',
      '?since=yesterday',
      '?since=2026-13-45T99:00:00Z',
      '?cursor=-1',
      '?cursor=0',
      '?cursor=abc',
      `?cursor=${'9'.repeat(40)}`,
      `?id=${'a'.repeat(10_000)}`,
    ];
    for (const query of hostile) {
      const answer = await call<{ error: { code: string; message: string } }>(
        `/v1/workspaces/${owner.workspace.id}/history${query}`,
        { token: owner.token },
      );
      expect(answer.status, query).toBe(400);
      expect(answer.json.error.code, query).toBe('invalid_query');
      expect(answer.json.error.message.length, query).toBeGreaterThan(0);
    }
  });

  it('keeps hostile text as stored data, answered as JSON', async () => {
    const owner = await createEmptyWorkspace();
    const client = new TestClient(owner);
    const projectId = crypto.randomUUID();
    const riskId = crypto.randomUUID();
    const title = "<img src=x onerror=alert(1)> '); DROP TABLE record_history; --";
    await client.push([projectCreate(projectId), riskCreate(projectId, riskId, { title })]);
    const answer = await historyOf(owner, `?id=${riskId}`);
    expect(answer.headers.get('Content-Type')).toContain('application/json');
    expect(answer.json.entries[0].changes.title).toEqual({ from: null, to: title });
    expect((await historyOf(owner)).json.entries).toHaveLength(2);
  });
});
