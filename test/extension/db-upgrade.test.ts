import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readWorkspaceBase } from '../../extension/background/sync/base-rows';
import { PmoDatabase } from '../../extension/db/database';
import { listProjectRecords, listRecords, listWorkspaceRecords, readRecord } from '../../extension/db/read-records';
import { rowsOfWorkspace } from '../../extension/db/record-rows';
import { writeRecords } from '../../extension/db/write-records';

/** The schema the releases before chunks declared, versions 1 to `upTo`, as they wrote databases. */
function declareReleasedSchema(database: Dexie, upTo: 2 | 4) {
  database.version(1).stores({
    connections: 'workspaceId',
    records: '[workspaceId+entity+id], workspaceId, [workspaceId+entity], [workspaceId+entity+projectId]',
    serverRecords: '[workspaceId+entity+id], workspaceId',
    pending: '[workspaceId+id], workspaceId',
    mutationErrors: '[workspaceId+clientId+id], workspaceId',
    settings: 'key',
  });
  database.version(2).stores({ accessNotices: 'workspaceId' });
  if (upTo === 2) return;
  database.version(3).stores({
    records: '[workspaceId+entity+id], [workspaceId+entity+projectId]',
    serverRecords: '[workspaceId+entity+id]',
  });
  database.version(4).stores({ importMemories: '[workspaceId+sourceKey]' });
}

/** The database as schema 2 left it: a full copy of every pulled row in serverRecords. */
async function createVersion2Database(name: string) {
  const old = new Dexie(name);
  declareReleasedSchema(old, 2);
  const project = (id: string, name: string) => ({ id, version: 1, code: id.toUpperCase(), name });
  const pulled = [project('p1', 'Pulled'), project('p2', 'Edited offline')];
  await old
    .table('serverRecords')
    .bulkPut(pulled.map((value) => ({ workspaceId: 'w1', entity: 'project', id: value.id, value })));
  await old.table('records').bulkPut([
    { workspaceId: 'w1', entity: 'project', id: 'p1', value: pulled[0] },
    { workspaceId: 'w1', entity: 'project', id: 'p2', value: { ...pulled[1], name: 'Renamed offline' } },
    { workspaceId: 'w1', entity: 'project', id: 'p3', value: project('p3', 'Created offline') },
  ]);
  await old.table('pending').bulkPut([
    {
      workspaceId: 'w1',
      clientId: 'c1',
      id: 1,
      name: 'project.update',
      args: {},
      clientTime: '',
      touched: [{ entity: 'project', id: 'p2' }],
    },
    {
      workspaceId: 'w1',
      clientId: 'c1',
      id: 2,
      name: 'project.create',
      args: {},
      clientTime: '',
      touched: [{ entity: 'project', id: 'p3' }],
    },
  ]);
  old.close();
}

describe('database upgrade to schema 3', () => {
  it('keeps base copies only for rows pending mutations touch, and marks locally created rows as absent from the base', async () => {
    await createVersion2Database('upgrade-test');
    const db = new PmoDatabase('upgrade-test');

    const copies = await rowsOfWorkspace(db.serverRecords, 'w1').toArray();
    const base = await readWorkspaceBase(db, 'w1');

    expect(copies.map((copy) => [copy.id, copy.value?.name ?? null])).toEqual([
      ['p2', 'Edited offline'],
      ['p3', null],
    ]);
    expect([...base.values()].map((value) => value.name).sort()).toEqual(['Edited offline', 'Pulled']);
    expect(await listWorkspaceRecords(db, 'w1')).toHaveLength(3);
    db.close();
  });
});

describe('database upgrade to schema 5 (records many to a row)', () => {
  const uuid = (prefix: string, n: number) => `${prefix}0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  const projectOf = (n: number) => uuid('1', n % 4);
  const risk = (n: number) => ({ id: uuid('2', n), version: 3, projectId: projectOf(n), title: `Risk ${n}` });
  const project = (n: number) => ({ id: uuid('1', n), version: 1, code: `P${n}`, name: `Project ${n}` });

  async function createSchema4Database(name: string) {
    const old = new Dexie(name);
    declareReleasedSchema(old, 4);
    const rows = [
      ...Array.from({ length: 530 }, (_, n) => ({ workspaceId: 'w1', entity: 'risk', value: risk(n) })),
      ...Array.from({ length: 4 }, (_, n) => ({ workspaceId: 'w1', entity: 'project', value: project(n) })),
      ...Array.from({ length: 3 }, (_, n) => ({ workspaceId: 'w2', entity: 'risk', value: risk(n) })),
      { workspaceId: 'w1', entity: 'settings', value: { id: uuid('3', 1), version: 1, riskMatrix: 5 } },
    ];
    await old.table('records').bulkPut(
      rows.map(({ workspaceId, entity, value }) => ({
        workspaceId,
        entity,
        id: value.id,
        ...('projectId' in value ? { projectId: value.projectId } : {}),
        value,
      })),
    );
    await old.table('connections').put({ workspaceId: 'w1', workspaceName: 'Acme', nextMutationId: 3 });
    await old.table('serverRecords').put({ workspaceId: 'w1', entity: 'risk', id: risk(7).id, value: risk(7) });
    await old.table('pending').bulkPut(
      [1, 2].map((id) => ({
        workspaceId: 'w1',
        clientId: 'c1',
        id,
        name: 'risk.update',
        args: { id: risk(7).id, patch: { title: `Edit ${id}` } },
        clientTime: '2026-12-01T09:00:00.000Z',
        touched: [{ entity: 'risk', id: risk(7).id }],
      })),
    );
    await old.table('importMemories').put({ workspaceId: 'w1', sourceKey: 'sheet:1', memory: { kind: 'raid' } });
    old.close();
    return rows;
  }

  it('keeps every record, pending mutation, base copy and import memory, and the records stay editable', async () => {
    const written = await createSchema4Database('upgrade-to-5');
    const db = new PmoDatabase('upgrade-to-5');

    const byWorkspace = (workspaceId: string) =>
      written
        .filter((row) => row.workspaceId === workspaceId)
        .map((row) => `${row.entity}:${JSON.stringify(row.value)}`)
        .sort();
    for (const workspaceId of ['w1', 'w2']) {
      const stored = await listWorkspaceRecords(db, workspaceId);
      expect(stored.map((row) => `${row.entity}:${JSON.stringify(row.value)}`).sort()).toEqual(
        byWorkspace(workspaceId),
      );
    }
    expect(db.tables.map((table) => table.name)).not.toContain('records');
    expect(
      await db.recordChunks.where('[workspaceId+entity+chunk]').between(['w1', 'risk', 0], ['w1', 'risk', 9]).count(),
    ).toBe(3);
    expect(await listProjectRecords(db, 'w1', 'risk', projectOf(1))).toHaveLength(133);
    expect((await db.pending.toArray()).map((mutation) => [mutation.id, mutation.args])).toEqual([
      [1, { id: risk(7).id, patch: { title: 'Edit 1' } }],
      [2, { id: risk(7).id, patch: { title: 'Edit 2' } }],
    ]);
    expect((await db.serverRecords.toArray()).map((copy) => copy.value)).toEqual([risk(7)]);
    expect(await db.connections.get('w1')).toMatchObject({ nextMutationId: 3 });
    expect(await db.importMemories.count()).toBe(1);

    await writeRecords(db, 'w1', [
      { entity: 'risk', id: risk(9).id, value: { ...risk(9), title: 'After the upgrade' } },
    ]);
    expect((await readRecord(db, 'w1', 'risk', risk(9).id))?.title).toBe('After the upgrade');
    expect(await listRecords(db, 'w1', 'risk')).toHaveLength(530);
    db.close();
  });
});
