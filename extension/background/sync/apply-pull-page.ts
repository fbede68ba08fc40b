import Dexie from 'dexie';
import type { MemberSummary } from '../../../shared/api/schemas';
import type { AnyRecord, EntityName } from '../../../shared/entities';
import { prepareMutation, rowKey } from '../../../shared/mutations/run-mutation';
import type { RowRef, Write } from '../../../shared/mutations/types';
import type { PatchOp, PullResponse } from '../../../shared/sync/protocol';
import type { PendingMutationRow, PmoDatabase } from '../../db/database';
import { rowsOfWorkspace, toRecordKey } from '../../db/record-rows';
import { deleteWorkspaceRecords, recordStores, writeRecords } from '../../db/write-records';
import { listRowsWithBase, readBaseRows, toBaseRow } from './base-rows';
import { listLocalRecords } from './list-local-records';
import { replayPending } from './replay-pending';
import { addRowRefs, foldWrites, type RowChange } from './row-map';
import { storeMutationErrors } from './store-mutation-errors';

/**
 * Applies one pull page in ONE Dexie transaction: patch the base, drop the pending mutations the
 * server has acknowledged, keep its refusals for the user, then rebase: every row a pending
 * mutation touched becomes base + replay of what is still pending. Rows no pending mutation
 * touches take the patch straight into the view (their view is their base), so a first sync
 * writes each record once. Answers false when the workspace was left meanwhile.
 */
export async function applyPullPage(
  db: PmoDatabase,
  workspaceId: string,
  page: PullResponse,
  receivedAt: string,
): Promise<boolean> {
  return db.transaction(
    'rw',
    [db.connections, db.serverRecords, ...recordStores(db), db.pending, db.mutationErrors],
    async () => {
      const connection = await db.connections.get(workspaceId);
      // The workspace was left while the page was in flight: nothing to keep.
      if (!connection) return false;

      const rowsWithBase = await listRowsWithBase(db, workspaceId);
      const { cleared, changes } = foldPatch(page.patch);
      if (cleared) {
        await deleteWorkspaceRecords(db, workspaceId);
        await rowsOfWorkspace(db.serverRecords, workspaceId).delete();
        rowsWithBase.clear();
      }
      const baseChanges: RowChange[] = [];
      const viewChanges: RowChange[] = [];
      for (const [key, change] of changes) (rowsWithBase.has(key) ? baseChanges : viewChanges).push(change);
      await writeRecords(db, workspaceId, viewChanges);
      await db.serverRecords.bulkPut(
        baseChanges.map((change) => toBaseRow(toRecordKey(workspaceId, change.entity, change.id), change.value)),
      );

      const acknowledgedUpTo = page.lastMutationIdChanges[connection.clientId];
      const acknowledged =
        acknowledgedUpTo === undefined ? [] : await listPending(db, workspaceId, 0, acknowledgedUpTo);
      await storeMutationErrors(db, workspaceId, page.mutationErrors, acknowledged, receivedAt);
      await db.pending.bulkDelete(acknowledged.map((mutation) => [workspaceId, mutation.id] as [string, number]));

      const remaining = await listPending(db, workspaceId, Dexie.minKey, Dexie.maxKey);
      await rebase(db, workspaceId, rowsWithBase, remaining, connection.member);
      await db.connections.update(workspaceId, { cookie: page.cookie, pendingCount: remaining.length });
      return true;
    },
  );
}

/** Each row's final state in the page; a `clear` (stale cookie) voids what came before it. */
function foldPatch(patch: readonly PatchOp[]): { cleared: boolean; changes: Map<string, RowChange> } {
  let lastClear = -1;
  patch.forEach((op, index) => {
    if (op.op === 'clear') lastClear = index;
  });
  const writes: Write[] = [];
  for (const op of patch.slice(lastClear + 1)) {
    if (op.op === 'clear') continue;
    // The schema checked the name against entityNames; zod types it as a plain string.
    const entity = op.entity as EntityName;
    writes.push(
      op.op === 'put'
        ? { op: 'put', entity, id: op.id, value: op.value as AnyRecord }
        : { op: 'del', entity, id: op.id },
    );
  }
  return { cleared: lastClear >= 0, changes: foldWrites(writes) };
}

function listPending(db: PmoDatabase, workspaceId: string, fromId: unknown, toId: unknown) {
  return db.pending.where('[workspaceId+id]').between([workspaceId, fromId], [workspaceId, toId], true, true).toArray();
}

/**
 * Lets the replay see the rows the pending mutations' queries find (another project holding a
 * code, records filed under a project being deleted), as the server will when it applies them.
 * Rows outside `rows` have no pending edit, so their view is their base, already patched by this
 * page; they are read, never rewritten.
 */
async function addQueriedRows(
  db: PmoDatabase,
  workspaceId: string,
  view: Map<string, AnyRecord>,
  rows: ReadonlyMap<string, RowRef>,
  remaining: readonly PendingMutationRow[],
): Promise<void> {
  for (const mutation of remaining) {
    const prepared = prepareMutation(mutation.name, mutation.args);
    if (!prepared.ok) continue;
    for (const query of prepared.value.queries) {
      for (const record of await listLocalRecords(db, workspaceId, query)) {
        const key = rowKey(query.entity, record.id);
        if (!rows.has(key)) view.set(key, record);
      }
    }
  }
}

/**
 * Recomputes the view of every row that had a base copy or that a pending mutation still touches,
 * as base + replay; then keeps base copies for exactly the rows still touched.
 */
async function rebase(
  db: PmoDatabase,
  workspaceId: string,
  rowsWithBase: ReadonlyMap<string, RowRef>,
  remaining: PendingMutationRow[],
  member: MemberSummary,
): Promise<void> {
  const stillTouched = new Map<string, RowRef>();
  for (const mutation of remaining) addRowRefs(stillTouched, mutation.touched);
  const rows = new Map([...rowsWithBase, ...stillTouched]);
  if (rows.size === 0) return;
  const base = await readBaseRows(db, workspaceId, [...rows.values()]);
  const view = new Map(base);
  await addQueriedRows(db, workspaceId, view, rows, remaining);
  replayPending(view, remaining, member);
  await writeRecords(
    db,
    workspaceId,
    [...rows].map(([key, ref]) => ({ ...ref, value: view.get(key) ?? null })),
  );
  const copies = [...stillTouched].map(([key, ref]) =>
    toBaseRow(toRecordKey(workspaceId, ref.entity, ref.id), base.get(key) ?? null),
  );
  const dropped = [...rowsWithBase]
    .filter(([key]) => !stillTouched.has(key))
    .map(([, ref]) => toRecordKey(workspaceId, ref.entity, ref.id));
  await db.serverRecords.bulkPut(copies);
  await db.serverRecords.bulkDelete(dropped);
}
