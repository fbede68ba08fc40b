import { afterEach, describe, expect, it } from 'vitest';
import { pullChanges } from '../../../../extension/background/sync/pull-changes';
import type { WorkerApi } from '../../../../extension/background/worker-api/worker-api';
import { type ConnectionRow, PmoDatabase } from '../../../../extension/db/database';
import { listRecords } from '../../../../extension/db/read-records';
import type { PullResponse } from '../../../../shared/sync/protocol';

const workspaceId = '00000000-0000-4000-8000-0000000000aa';
const connection: ConnectionRow = {
  workspaceId,
  workspaceName: 'Acme PMO',
  serverUrl: 'http://127.0.0.1:1',
  token: 'token',
  member: { id: 'm1', name: 'Pat', email: 'pat@example.com', role: 'pm' },
  clientGroupId: '00000000-0000-4000-8000-0000000000bb',
  clientId: '00000000-0000-4000-8000-0000000000cc',
  nextMutationId: 1,
  cookie: null,
  syncStatus: 'pending',
  pendingCount: 0,
  lastSyncAt: null,
  lastError: null,
  connectedAt: '2026-12-01T09:00:00.000Z',
};

/** Page `n` of `count`: two projects, the cookie at version n. */
function pageOf(n: number, count: number): PullResponse {
  const project = (m: number) => {
    const id = `10000000-0000-4000-8000-${(n * 10 + m).toString(16).padStart(12, '0')}`;
    return { op: 'put' as const, entity: 'project', id, value: { id, version: n, code: `P${n}-${m}`, name: 'x' } };
  };
  return {
    cookie: { version: n, epoch: 'e1' },
    lastMutationIdChanges: {},
    mutationErrors: [],
    patch: [project(1), project(2)],
    hasMore: n < count,
  };
}

/** A Worker that answers page after page at once (`count` pages, or a 503 for page `fail.at`), noting each cookie asked with. */
function serveInstantly(count: number, fail?: { at: number }) {
  const asked: { cookie: number | null }[] = [];
  const api = {
    pull: async (_access: unknown, body: { cookie: { version: number } | null }) => {
      const version = body.cookie?.version ?? 0;
      asked.push({ cookie: body.cookie?.version ?? null });
      if (fail && version + 1 === fail.at)
        return { ok: false as const, error: { status: 503, code: 'unavailable', message: 'down' } };
      return { ok: true as const, value: pageOf(version + 1, count) };
    },
  } as unknown as WorkerApi;
  return { api, asked };
}

/** Holds the chunks store in a readwrite transaction until released, as a long write elsewhere would. */
async function holdChunks(db: PmoDatabase) {
  const idb = db.backendDB();
  let isHeld = true;
  const done = new Promise<void>((resolve) => {
    const tx = idb.transaction('recordChunks', 'readwrite');
    const store = tx.objectStore('recordChunks');
    const spin = () => {
      if (isHeld) store.get(['nobody', 'risk', 0]).onsuccess = spin;
    };
    spin();
    tx.oncomplete = () => resolve();
  });
  return async () => {
    isHeld = false;
    await done;
  };
}

let db: PmoDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('pullChanges', () => {
  it('asks for the next pages while the first is still being written, two pages ahead at most', async () => {
    db = new PmoDatabase(`pull-changes-${crypto.randomUUID()}`);
    await db.connections.put(connection);
    await db.open();
    const { api, asked } = serveInstantly(6);
    const release = await holdChunks(db);

    const pulling = pullChanges(db, api, connection, () => '2026-12-01T10:00:00.000Z');
    await expect.poll(() => asked.length).toBe(3);
    // Page 1's write waits behind the held store: pages 2 and 3 were asked for, not page 4.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked.map((request) => request.cookie)).toEqual([null, 1, 2]);

    await release();
    expect(await pulling).toEqual({ ok: true, value: undefined });
    expect(asked.map((request) => request.cookie)).toEqual([null, 1, 2, 3, 4, 5]);
    expect(await listRecords(db, workspaceId, 'project')).toHaveLength(12);
    expect((await db.connections.get(workspaceId))?.cookie).toEqual({ version: 6, epoch: 'e1' });
  });

  it('keeps every page that came before a failed request, then answers the failure', async () => {
    db = new PmoDatabase(`pull-changes-${crypto.randomUUID()}`);
    await db.connections.put(connection);
    const { api } = serveInstantly(6, { at: 4 });

    const answer = await pullChanges(db, api, connection, () => '2026-12-01T10:00:00.000Z');

    expect(answer).toMatchObject({ ok: false, error: { status: 503 } });
    expect(await listRecords(db, workspaceId, 'project')).toHaveLength(6);
    expect((await db.connections.get(workspaceId))?.cookie).toEqual({ version: 3, epoch: 'e1' });
  });
});
