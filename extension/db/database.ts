import Dexie, { type Table } from 'dexie';
import type { MemberSummary } from '../../shared/api/schemas';
import type { AnyRecord, EntityName } from '../../shared/entities';
import type { MutationName } from '../../shared/mutations/registry';
import type { RowRef } from '../../shared/mutations/types';
import type { AppError } from '../../shared/result';
import type { Role } from '../../shared/schemas/common';
import type { Cookie } from '../../shared/sync/protocol';
import type { ImportMemory } from '../messaging/sheets-messages';
import type { SyncError, SyncStatus } from '../messaging/sync-state';
import { keepOnlyPendingBases } from './keep-only-pending-bases';
import { moveRecordsToChunks } from './move-records-to-chunks';
import type { RecordChunkKey, RecordChunkRow, RecordMapRow } from './record-chunks';

/** One joined workspace: how to reach it, who we are in it, and where its sync stands. */
export interface ConnectionRow {
  workspaceId: string;
  workspaceName: string;
  serverUrl: string;
  token: string;
  member: MemberSummary;
  clientGroupId: string;
  clientId: string;
  /** Id the next local mutation gets; ids per client increase by 1 (docs/sync.md "Push rules"). */
  nextMutationId: number;
  cookie: Cookie | null;
  syncStatus: SyncStatus;
  pendingCount: number;
  /** When the last sync succeeded. */
  lastSyncAt: string | null;
  /** Why the last sync failed: the server's message, or why the server was unreachable. */
  lastError: SyncError | null;
  /** While paused: when the server said we may sync again (its Retry-After). Absent on rows from before it existed. */
  retryAt?: string | null;
  connectedAt: string;
  /** When the member's role was last asked of the Worker (follow-member-role.ts); absent until then. */
  memberCheckedAt?: string;
}

/**
 * A workspace this browser lost without the user leaving it (token revoked, member removed), or
 * whose role an owner or PMO changed, shown until dismissed.
 */
export interface AccessNoticeRow {
  workspaceId: string;
  workspaceName: string;
  serverUrl: string;
  reason: 'revoked' | 'roleChanged';
  /** For `roleChanged`: the role now and the one before. */
  role?: Role;
  previousRole?: Role;
  /** Edits not synced yet that were deleted with the workspace's data. */
  discardedEdits: number;
  at: string;
}

/**
 * A row of `serverRecords`: the base (last pulled server state) of a row that a pending mutation
 * touches; `value` null when the server has no such row (the mutation creates it). Only those rows
 * are kept: every other row's base is its view (`recordChunks`), so a first sync writes each record once.
 */
export interface BaseRow {
  workspaceId: string;
  entity: EntityName;
  id: string;
  value: AnyRecord | null;
}

export interface PendingMutationRow {
  workspaceId: string;
  clientId: string;
  id: number;
  name: MutationName;
  args: unknown;
  clientTime: string;
  /** Rows the mutation read or wrote: the rows a rebase must recompute when it goes away. */
  touched: RowRef[];
}

/** A mutation the server refused for good; kept (dismissed or not) so a re-sent error stays dismissed. */
export interface MutationErrorRow {
  workspaceId: string;
  clientId: string;
  id: number;
  name: MutationName | null;
  /** The refused mutation's args when still known: what the user meant, to offer it again after a conflict. */
  args?: unknown;
  error: AppError;
  receivedAt: string;
  dismissed: 0 | 1;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** How a sheet tab or a file was last imported into a workspace (kind, mapping, what it created). */
export interface ImportMemoryRow {
  workspaceId: string;
  sourceKey: string;
  memory: ImportMemory;
}

export type RecordKey = [workspaceId: string, entity: EntityName, id: string];

/** The extension's one IndexedDB database; only the background writes to it. */
export class PmoDatabase extends Dexie {
  connections!: Table<ConnectionRow, string>;
  recordChunks!: Table<RecordChunkRow, RecordChunkKey>;
  recordMaps!: Table<RecordMapRow, [string, EntityName]>;
  serverRecords!: Table<BaseRow, RecordKey>;
  pending!: Table<PendingMutationRow, [string, number]>;
  mutationErrors!: Table<MutationErrorRow, [string, string, number]>;
  settings!: Table<SettingRow, string>;
  accessNotices!: Table<AccessNoticeRow, string>;
  importMemories!: Table<ImportMemoryRow, [string, string]>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      connections: 'workspaceId',
      records: '[workspaceId+entity+id], workspaceId, [workspaceId+entity], [workspaceId+entity+projectId]',
      serverRecords: '[workspaceId+entity+id], workspaceId',
      pending: '[workspaceId+id], workspaceId',
      mutationErrors: '[workspaceId+clientId+id], workspaceId',
      settings: 'key',
    });
    this.version(2).stores({ accessNotices: 'workspaceId' });
    // Indexes that repeat a prefix of the primary key go: each is one more B-tree to write per
    // record on a first sync. rowsOfWorkspace reads a workspace through the key, and Dexie serves
    // where('[workspaceId+entity]') from it as a virtual index.
    this.version(3)
      .stores({
        records: '[workspaceId+entity+id], [workspaceId+entity+projectId]',
        serverRecords: '[workspaceId+entity+id]',
      })
      .upgrade((tx) => keepOnlyPendingBases(tx.table('pending'), tx.table('serverRecords')));
    this.version(4).stores({ importMemories: '[workspaceId+sourceKey]' });
    // Records many to a row (record-chunks.ts): `ids` finds a record's chunk, `projects` a project's.
    this.version(5)
      .stores({
        records: null,
        recordChunks: '[workspaceId+entity+chunk], *ids, *projects',
        recordMaps: '[workspaceId+entity]',
      })
      .upgrade(moveRecordsToChunks);
  }
}

export const databaseName = 'interim-pmo';

/** The instance every extension context opens; Dexie propagates its changes across contexts. */
export const db = new PmoDatabase(databaseName);
