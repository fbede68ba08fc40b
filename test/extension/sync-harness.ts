import type { SchedulerClock } from '../../extension/background/sync/sync-scheduler';
import { createSyncService } from '../../extension/background/sync/sync-service';
import { createWorkerApi } from '../../extension/background/worker-api/worker-api';
import { type ConnectionRow, PmoDatabase } from '../../extension/db/database';
import { listRecords } from '../../extension/db/read-records';
import type { SessionResponse } from '../../shared/api/schemas';
import type { EntityName } from '../../shared/entities';
import type { MutationName } from '../../shared/mutations/registry';
import type { FakeServer } from './fake-server';

/** A clock whose timers fire only when the test says so. */
export function createManualClock(random = () => 0.5) {
  let nextHandle = 1;
  let time = Date.parse('2026-03-02T10:00:00Z');
  const timers = new Map<number, { callback: () => void; ms: number }>();
  const clock: SchedulerClock & { now(): string } = {
    now: () => {
      time += 1000;
      return new Date(time).toISOString();
    },
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.set(handle, { callback, ms });
      return handle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    random,
  };
  return {
    clock,
    /** Moves the clock on, as time passing while nothing runs. */
    advance(ms: number) {
      time += ms;
    },
    /** Delays of the timers waiting now. */
    pendingDelays: () => [...timers.values()].map((timer) => timer.ms),
    /** Fires every waiting timer once. */
    fireAll() {
      const due = [...timers.values()];
      timers.clear();
      for (const timer of due) timer.callback();
    },
  };
}

/** Builds the connection row a joined workspace gets. */
export function toConnectionRow(serverUrl: string, session: SessionResponse): ConnectionRow {
  return {
    workspaceId: session.workspace.id,
    workspaceName: session.workspace.name,
    serverUrl,
    token: session.token,
    member: session.member,
    clientGroupId: crypto.randomUUID(),
    clientId: crypto.randomUUID(),
    nextMutationId: 1,
    cookie: null,
    syncStatus: 'synced',
    pendingCount: 0,
    lastSyncAt: null,
    lastError: null,
    retryAt: null,
    connectedAt: '2026-03-02T09:00:00.000Z',
  };
}

/** One browser: its own IndexedDB, sync service and manual timers, joined to a fake server's workspace. */
export async function createTestClient(server: FakeServer, session: SessionResponse) {
  const db = new PmoDatabase(`test-${crypto.randomUUID()}`);
  const timers = createManualClock();
  const api = createWorkerApi(server.fetch);
  const sync = createSyncService({ db, api, clock: timers.clock });
  const workspaceId = session.workspace.id;
  await db.connections.add(toConnectionRow(server.url, session));
  return {
    db,
    api,
    sync,
    timers,
    workspaceId,
    mutate: (name: MutationName, args: unknown) => sync.mutate({ workspaceId, name, args }),
    syncNow: () => sync.syncNow(workspaceId),
    connection: async () => (await db.connections.get(workspaceId)) as ConnectionRow,
    pending: () => db.pending.where('workspaceId').equals(workspaceId).toArray(),
    view: (entity: EntityName) => listRecords(db, workspaceId, entity),
  };
}

export type TestClient = Awaited<ReturnType<typeof createTestClient>>;
