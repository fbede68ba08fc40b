import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readWorkspaceBase } from '../../extension/background/sync/base-rows';
import { PmoDatabase } from '../../extension/db/database';
import { rowsOfWorkspace } from '../../extension/db/record-rows';

/** The database as schema 2 left it: a full copy of every pulled row in serverRecords. */
async function createVersion2Database(name: string) {
  const old = new Dexie(name);
  old.version(1).stores({
    connections: 'workspaceId',
    records: '[workspaceId+entity+id], workspaceId, [workspaceId+entity], [workspaceId+entity+projectId]',
    serverRecords: '[workspaceId+entity+id], workspaceId',
    pending: '[workspaceId+id], workspaceId',
    mutationErrors: '[workspaceId+clientId+id], workspaceId',
    settings: 'key',
  });
  old.version(2).stores({ accessNotices: 'workspaceId' });
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
    expect(await rowsOfWorkspace(db.records, 'w1').count()).toBe(3);
    db.close();
  });
});
