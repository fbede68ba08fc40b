import { readWorkspaceBase } from '../../../extension/background/sync/base-rows';
import type { SchedulerClock } from '../../../extension/background/sync/sync-scheduler';
import { createSyncService, type SyncService } from '../../../extension/background/sync/sync-service';
import { createWorkerApi } from '../../../extension/background/worker-api/worker-api';
import { PmoDatabase } from '../../../extension/db/database';
import { listWorkspaceRecords } from '../../../extension/db/read-records';
import type { MemberSummary } from '../../../shared/api/schemas';
import type { AnyRecord, EntityName } from '../../../shared/entities';
import type { MutationName } from '../../../shared/mutations/registry';
import { rowKey } from '../../../shared/mutations/run-mutation';
import type { Role } from '../../../shared/schemas/common';
import type { FaultyNetwork } from './faulty-network';
import type { BrowserView } from './random-edits';

/** A mutation a browser queued (the local engine accepted it and gave it an id). */
export interface QueuedMutation {
  id: number;
  name: MutationName;
  args: unknown;
}

let nextDatabaseNumber = 1;

/** The background's clock, without real timers: debounce and backoff timers never fire, the harness syncs. */
function createStillClock(): SchedulerClock & { now(): string } {
  let time = Date.parse('2026-03-02T10:00:00Z');
  let handle = 0;
  return {
    now() {
      time += 1000;
      return new Date(time).toISOString();
    },
    setTimeout: () => ++handle,
    clearTimeout: () => {},
    random: () => 0.5,
  };
}

/** One browser profile: its own IndexedDB (fake-indexeddb) and the real background sync engine. */
export class SimulatedBrowser {
  readonly databaseName = `fuzz-browser-${nextDatabaseNumber++}`;
  /** Every Dexie instance opened on the profile's database (one per engine start), closed at the end. */
  readonly databases: PmoDatabase[] = [];
  db!: PmoDatabase;
  sync!: SyncService;
  /** Syncs started by the harness that have not finished (an engine blocked on a held request is not finished). */
  tasks = new Set<Promise<unknown>>();
  readonly queued: QueuedMutation[] = [];
  /** Every record id the browser showed at some point, to find records it saw deleted. */
  readonly seen = new Map<string, { entity: EntityName; id: string }>();
  readonly clock = createStillClock();
  workspaceId = '';
  clientId = '';
  token = '';
  member!: MemberSummary;

  constructor(
    readonly index: number,
    readonly personName: string,
    readonly role: Role,
    private readonly network: FaultyNetwork,
  ) {
    this.startEngine();
  }

  /** Starts a background: a new Dexie instance on the profile's database and a new sync service. */
  startEngine(): void {
    this.db = new PmoDatabase(this.databaseName);
    this.databases.push(this.db);
    const api = createWorkerApi(this.network.fetchFor(this.index));
    this.sync = createSyncService({ db: this.db, api, clock: this.clock });
  }

  /** Counts a sync (or any engine promise) as running until it settles. */
  track<T>(promise: Promise<T>): Promise<T> {
    const tasks = this.tasks;
    tasks.add(promise);
    const done = () => {
      tasks.delete(promise);
      this.network.notify();
    };
    promise.then(done, done);
    return promise;
  }

  /** Reads the connection row the join flow stored: who this browser is to the server. */
  async adoptConnection(workspaceId: string): Promise<void> {
    const connection = await this.db.connections.get(workspaceId);
    if (!connection) throw new Error(`browser ${this.index} has no connection to ${workspaceId}`);
    this.workspaceId = workspaceId;
    this.clientId = connection.clientId;
    this.token = connection.token;
    this.member = connection.member;
  }

  /** The live records of the workspace (the UI's view), keyed `entity:id`. */
  async readRecords(): Promise<Map<string, AnyRecord>> {
    const rows = await listWorkspaceRecords(this.db, this.workspaceId);
    return new Map(rows.map((row) => [rowKey(row.entity, row.value.id), row.value]));
  }

  /** The base the browser rebases on: what it last pulled from the server, keyed `entity:id`. */
  readBase(): Promise<Map<string, AnyRecord>> {
    return readWorkspaceBase(this.db, this.workspaceId);
  }

  async readView(): Promise<BrowserView> {
    const rows = await listWorkspaceRecords(this.db, this.workspaceId);
    const live = new Map<EntityName, AnyRecord[]>();
    const liveKeys = new Set<string>();
    for (const { entity, value } of rows) {
      live.set(entity, [...(live.get(entity) ?? []), value]);
      liveKeys.add(rowKey(entity, value.id));
      this.seen.set(rowKey(entity, value.id), { entity, id: value.id });
    }
    const gone = [...this.seen].filter(([key]) => !liveKeys.has(key)).map(([, ref]) => ref);
    return { live, gone };
  }

  async countPending(): Promise<number> {
    return this.db.pending.where('workspaceId').equals(this.workspaceId).count();
  }

  async close(): Promise<void> {
    for (const database of this.databases) database.close();
    await PmoDatabase.delete(this.databaseName);
  }
}
