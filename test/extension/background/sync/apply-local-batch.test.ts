import { describe, expect, it } from 'vitest';
import { applyLocalBatch, type BatchMutation } from '../../../../extension/background/sync/apply-local-batch';
import { applyLocalMutation } from '../../../../extension/background/sync/apply-local-mutation';
import { type ConnectionRow, PmoDatabase } from '../../../../extension/db/database';
import { listRecords, listWorkspaceRecords } from '../../../../extension/db/read-records';
import { writeRecords } from '../../../../extension/db/write-records';
import { FakeServer } from '../../fake-server';
import { toConnectionRow } from '../../sync-harness';

const projectId = '00000000-0000-4000-8000-000000000001';
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const now = '2026-03-02T10:00:00.000Z';

const mutations: BatchMutation[] = [
  {
    name: 'milestone.create',
    args: { id: id(10), projectId, title: 'Go-live', forecastDate: '2026-06-01', baselineDate: '2026-06-01' },
  },
  {
    name: 'planItem.create',
    args: { id: id(20), projectId, title: 'Card form', end: '2026-05-01', milestoneId: id(10) },
  },
  { name: 'milestone.reschedule', args: { id: id(10), forecastDate: '2026-06-15' } },
  { name: 'planItem.update', args: { id: id(20), patch: { end: '2026-05-08' } } },
];

function connectionAs(role: 'owner' | 'pm'): ConnectionRow {
  const server = new FakeServer();
  const connection = toConnectionRow(server.url, server.createWorkspace('Acme PMO'));
  return { ...connection, member: { ...connection.member, role } };
}

/** A joined browser whose workspace holds one project (already synced: no base copy, no pending edit). */
async function joinedDatabase(connection = connectionAs('owner')) {
  const db = new PmoDatabase(`test-${crypto.randomUUID()}`);
  await db.connections.add(connection);
  const project = {
    id: projectId,
    code: 'PAY',
    name: 'Payments',
    state: 'active',
    managerId: connection.member.id,
    createdAt: now,
    createdBy: 'x',
    updatedAt: now,
    updatedBy: 'x',
    version: 3,
  };
  await writeRecords(db, connection.workspaceId, [{ entity: 'project', id: projectId, value: project }]);
  return { db, workspaceId: connection.workspaceId };
}

/** Everything a local edit leaves in Dexie, without the clock. */
async function snapshot(db: PmoDatabase, workspaceId: string) {
  return {
    records: await listWorkspaceRecords(db, workspaceId),
    bases: await db.serverRecords.toArray(),
    pending: (await db.pending.toArray()).map(({ clientTime, ...row }) => row),
    connection: await db.connections
      .toArray()
      .then((rows) =>
        rows.map(({ nextMutationId, pendingCount, syncStatus }) => ({ nextMutationId, pendingCount, syncStatus })),
      ),
  };
}

describe('applyLocalBatch', () => {
  it('leaves Dexie exactly as applying the mutations one by one would', async () => {
    for (const role of ['owner', 'pm'] as const) {
      const connection = connectionAs(role);
      const one = await joinedDatabase(connection);
      for (const mutation of mutations) {
        const result = await applyLocalMutation(one.db, { workspaceId: one.workspaceId, ...mutation }, now);
        expect(result.ok, `${role} ${mutation.name}`).toBe(true);
      }
      const batch = await joinedDatabase(connection);
      expect(await applyLocalBatch(batch.db, batch.workspaceId, mutations, now)).toEqual({
        ok: true,
        value: { applied: 4 },
      });

      const [expected, actual] = await Promise.all([
        snapshot(one.db, one.workspaceId),
        snapshot(batch.db, batch.workspaceId),
      ]);
      expect(actual.records).toEqual(expected.records);
      expect(actual.bases).toEqual(expected.bases);
      expect(actual.pending.map((row) => [row.id, row.name, row.touched])).toEqual(
        expected.pending.map((row) => [row.id, row.name, row.touched]),
      );
      expect(actual.connection).toEqual([{ nextMutationId: 5, pendingCount: 4, syncStatus: 'pending' }]);
    }
  });

  it('writes nothing when one mutation is refused, and names the refused one', async () => {
    const { db, workspaceId } = await joinedDatabase();
    const refused: BatchMutation = { name: 'planItem.update', args: { id: id(99), patch: { end: '2026-05-08' } } };

    const result = await applyLocalBatch(db, workspaceId, [mutations[0], refused, mutations[1]], now);

    expect(result).toMatchObject({
      ok: true,
      value: { applied: 0, refusal: { index: 1, error: { code: 'not_found' } } },
    });
    expect(await db.pending.count()).toBe(0);
    expect(await listRecords(db, workspaceId, 'milestone')).toHaveLength(0);
    expect(await db.connections.toArray()).toMatchObject([{ nextMutationId: 1, syncStatus: 'synced' }]);
  });

  it('refuses args that do not validate like a refusal, before writing anything after them', async () => {
    const { db, workspaceId } = await joinedDatabase();
    const invalid: BatchMutation = { name: 'milestone.create', args: { id: id(11), projectId, title: '' } };

    const result = await applyLocalBatch(db, workspaceId, [invalid, mutations[0]], now);

    expect(result).toMatchObject({
      ok: true,
      value: { applied: 0, refusal: { index: 0, error: { code: 'invalid_args' } } },
    });
    expect(await db.pending.count()).toBe(0);
    expect(await db.connections.toArray()).toMatchObject([{ nextMutationId: 1, syncStatus: 'synced' }]);
  });

  it('answers not_connected for a workspace this browser has not joined', async () => {
    const { db } = await joinedDatabase();
    expect(await applyLocalBatch(db, 'elsewhere', mutations, now)).toMatchObject({
      ok: false,
      error: { code: 'not_connected' },
    });
  });
});
