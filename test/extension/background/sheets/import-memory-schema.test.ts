import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PmoDatabase } from '../../../../extension/db/database';
import { listWorkspaceRecords } from '../../../../extension/db/read-records';

/** The database as schema 3 left it, with one pulled project. */
async function createVersion3Database(name: string) {
  const old = new Dexie(name);
  old.version(3).stores({
    connections: 'workspaceId',
    records: '[workspaceId+entity+id], [workspaceId+entity+projectId]',
    serverRecords: '[workspaceId+entity+id]',
    pending: '[workspaceId+id], workspaceId',
    mutationErrors: '[workspaceId+clientId+id], workspaceId',
    settings: 'key',
    accessNotices: 'workspaceId',
  });
  const value = { id: 'p1', version: 1, code: 'PAY', name: 'Payments' };
  await old.table('records').put({ workspaceId: 'w1', entity: 'project', id: 'p1', projectId: 'p1', value });
  old.close();
}

describe('database upgrade to schema 4', () => {
  it('adds an empty importMemories table and keeps every record', async () => {
    const name = `upgrade-4-${crypto.randomUUID()}`;
    await createVersion3Database(name);
    const db = new PmoDatabase(name);

    expect(await db.importMemories.count()).toBe(0);
    expect((await listWorkspaceRecords(db, 'w1')).map((row) => row.value.name)).toEqual(['Payments']);
    // Opening runs every later upgrade too: schema 5 moved the records into chunks.
    expect(db.verno).toBe(5);
    db.close();
  });
});
