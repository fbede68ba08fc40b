import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LocalWorker } from './local-worker';

/** A record as it travels in pull patches and sits in the extension's `recordChunks` rows. */
export type SyncedRecord = { id: string; version: number } & Record<string, unknown>;

interface PullPage {
  cookie: unknown;
  hasMore: boolean;
  patch: { op: 'put' | 'del' | 'clear'; entity?: string; id?: string; value?: SyncedRecord }[];
}

/** Every record the Worker holds for a workspace, by entity, read through its pull API from scratch. */
export async function pullWorkerRecords(
  worker: LocalWorker,
  workspaceId: string,
  token: string,
): Promise<Map<string, SyncedRecord[]>> {
  const byKey = new Map<string, { entity: string; value: SyncedRecord }>();
  let cookie: unknown = null;
  for (let request = 0; request < 100; request++) {
    const pulled = await worker.call<PullPage>(`/v1/workspaces/${workspaceId}/pull`, {
      token,
      body: { clientGroupId: `e2e-check-${Date.now()}`, cookie },
    });
    if (pulled.status !== 200) throw new Error(`pull answered ${pulled.status}: ${JSON.stringify(pulled.json)}`);
    for (const op of pulled.json.patch) {
      if (op.op === 'clear') byKey.clear();
      else if (op.op === 'del') byKey.delete(`${op.entity}/${op.id}`);
      else if (op.value && op.entity) byKey.set(`${op.entity}/${op.value.id}`, { entity: op.entity, value: op.value });
    }
    cookie = pulled.json.cookie;
    if (!pulled.json.hasMore) break;
  }
  const records = new Map<string, SyncedRecord[]>();
  for (const { entity, value } of byKey.values()) records.set(entity, [...(records.get(entity) ?? []), value]);
  return records;
}

/** A workspace on the local Worker, read with its owner's token. */
export interface WorkerWorkspace {
  worker: LocalWorker;
  workspaceId: string;
  token: string;
}

/** One entity's records on the Worker. */
export async function workerRecordsOf(workspace: WorkerWorkspace, entity: string): Promise<SyncedRecord[]> {
  const records = await pullWorkerRecords(workspace.worker, workspace.workspaceId, workspace.token);
  return records.get(entity) ?? [];
}

/** Polls the Worker until one entity's records satisfy `isDone` (the extension syncs shortly after a write). */
export async function waitForWorkerRecords(
  workspace: WorkerWorkspace,
  entity: string,
  isDone: (records: SyncedRecord[]) => boolean,
  timeout = 30_000,
): Promise<SyncedRecord[]> {
  let latest: SyncedRecord[] = [];
  await expect
    .poll(
      async () => {
        latest = await workerRecordsOf(workspace, entity);
        return isDone(latest);
      },
      { timeout, interval: 300 },
    )
    .toBe(true);
  return latest;
}

/**
 * One entity's records in the extension's Dexie (the `records` of its `recordChunks` rows, many
 * records to a row), read from an extension page; by id, as the extension lists them.
 */
export function readLocalRecords(extensionPage: Page, workspaceId: string, entity: string): Promise<SyncedRecord[]> {
  return extensionPage.evaluate(
    ({ workspaceId, entity }) =>
      new Promise<SyncedRecord[]>((resolve, reject) => {
        const request = indexedDB.open('interim-pmo');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          // Keys are [workspaceId, entity, chunk]: this range holds exactly one entity of one workspace.
          const range = IDBKeyRange.bound([workspaceId, entity], [workspaceId, `${entity}\u0000`]);
          const read = database.transaction('recordChunks', 'readonly').objectStore('recordChunks').getAll(range);
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            database.close();
            const records = read.result.flatMap((row: { records: SyncedRecord[] }) => row.records);
            // Chunks hold records in arrival order: sorted by id, as callers had them when a row was a record.
            resolve(records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
          };
        };
      }),
    { workspaceId, entity },
  );
}

/** A mutation as a test pushes it straight to the Worker. */
export interface PushedMutation {
  name: string;
  args: Record<string, unknown>;
}

/**
 * Pushes mutations as another browser of the member would (a new client each call, so its ids start
 * at 1); answers each mutation's outcome. The extension then pulls them like any other change.
 */
export async function pushToWorker(
  workspace: WorkerWorkspace,
  mutations: readonly PushedMutation[],
): Promise<{ status: string; error?: { code: string; message: string } }[]> {
  const client = crypto.randomUUID();
  const pushed = await workspace.worker.call<{
    results: { status: string; error?: { code: string; message: string } }[];
  }>(`/v1/workspaces/${workspace.workspaceId}/push`, {
    token: workspace.token,
    body: {
      clientGroupId: `group-${client}`,
      mutations: mutations.map((mutation, index) => ({
        clientId: client,
        id: index + 1,
        clientTime: new Date().toISOString(),
        ...mutation,
      })),
    },
  });
  expect(pushed.status, JSON.stringify(pushed.json)).toBe(200);
  return pushed.json.results;
}
