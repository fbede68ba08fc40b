import Dexie from 'dexie';
import type { MemberSummary } from '../../shared/api/schemas';
import type { AnyRecord } from '../../shared/entities';
import { rowKey } from '../../shared/mutations/run-mutation';
import type { RowRef } from '../../shared/mutations/types';
import type { PullResponse } from '../../shared/sync/protocol';
import type { PendingMutationRow, PmoDatabase } from '../db/database';
import { toRecordKey, toRecordRow } from '../db/record-rows';
import { replayPending } from './replay-pending';
import { addRowRefs, entityOfRowKey, type RowMap } from './row-map';
import { storeMutationErrors } from './store-mutation-errors';

/**
 * Applies one pull page in ONE Dexie transaction: patch the base (`serverRecords`), drop the
 * pending mutations the server has acknowledged, keep its refusals for the user, then rebase:
 * every row the patch or a pending mutation touched becomes base + replay of what is still pending.
 * Answers false when the workspace was left meanwhile.
 */
export async function applyPullPage(
  db: PmoDatabase,
  workspaceId: string,
  page: PullResponse,
  receivedAt: string,
): Promise<boolean> {
  return db.transaction(
    'rw',
    [db.connections, db.serverRecords, db.records, db.pending, db.mutationErrors],
    async () => {
      const connection = await db.connections.get(workspaceId);
      // The workspace was left while the page was in flight: nothing to keep.
      if (!connection) return false;

      const touched = new Map<string, RowRef>();
      const hasClear = await applyPatchToBase(db, workspaceId, page, touched);

      const acknowledgedUpTo = page.lastMutationIdChanges[connection.clientId];
      const acknowledged =
        acknowledgedUpTo === undefined ? [] : await listPending(db, workspaceId, 0, acknowledgedUpTo);
      await storeMutationErrors(db, workspaceId, page.mutationErrors, acknowledged, receivedAt);
      for (const mutation of acknowledged) addRowRefs(touched, mutation.touched);
      await db.pending.bulkDelete(acknowledged.map((mutation) => [workspaceId, mutation.id] as [string, number]));

      const remaining = await listPending(db, workspaceId, Dexie.minKey, Dexie.maxKey);
      if (hasClear) {
        await rebuildRecords(db, workspaceId, remaining, connection.member);
      } else {
        for (const mutation of remaining) addRowRefs(touched, mutation.touched);
        await rebaseRows(db, workspaceId, [...touched.values()], remaining, connection.member);
      }
      await db.connections.update(workspaceId, { cookie: page.cookie, pendingCount: remaining.length });
      return true;
    },
  );
}

/** Writes the patch into the base; answers whether it contained a `clear`. */
async function applyPatchToBase(
  db: PmoDatabase,
  workspaceId: string,
  page: PullResponse,
  touched: Map<string, RowRef>,
): Promise<boolean> {
  let hasClear = false;
  for (const op of page.patch) {
    if (op.op === 'clear') {
      hasClear = true;
      await db.serverRecords.where('workspaceId').equals(workspaceId).delete();
    } else if (op.op === 'put') {
      const entity = op.entity as RowRef['entity'];
      await db.serverRecords.put(toRecordRow(workspaceId, entity, op.value as AnyRecord));
      addRowRefs(touched, [{ entity, id: op.id }]);
    } else {
      const entity = op.entity as RowRef['entity'];
      await db.serverRecords.delete(toRecordKey(workspaceId, entity, op.id));
      addRowRefs(touched, [{ entity, id: op.id }]);
    }
  }
  return hasClear;
}

function listPending(db: PmoDatabase, workspaceId: string, fromId: unknown, toId: unknown) {
  return db.pending.where('[workspaceId+id]').between([workspaceId, fromId], [workspaceId, toId], true, true).toArray();
}

/** Recomputes the given rows of the view as base + replay of the remaining pending mutations. */
async function rebaseRows(
  db: PmoDatabase,
  workspaceId: string,
  refs: RowRef[],
  remaining: PendingMutationRow[],
  member: MemberSummary,
): Promise<void> {
  if (refs.length === 0) return;
  const keys = refs.map((ref) => toRecordKey(workspaceId, ref.entity, ref.id));
  const base = await db.serverRecords.bulkGet(keys);
  const rows: RowMap = new Map();
  base.forEach((row, index) => {
    if (row) rows.set(rowKey(refs[index].entity, refs[index].id), row.value);
  });
  replayPending(rows, remaining, member);
  const puts = [];
  const deletes = [];
  for (const [index, ref] of refs.entries()) {
    const value = rows.get(rowKey(ref.entity, ref.id));
    if (value) puts.push(toRecordRow(workspaceId, ref.entity, value));
    else deletes.push(keys[index]);
  }
  await db.records.bulkPut(puts);
  await db.records.bulkDelete(deletes);
}

/** After a `clear` every row may have changed: rebuild the whole view of the workspace. */
async function rebuildRecords(
  db: PmoDatabase,
  workspaceId: string,
  remaining: PendingMutationRow[],
  member: MemberSummary,
): Promise<void> {
  const base = await db.serverRecords.where('workspaceId').equals(workspaceId).toArray();
  const rows: RowMap = new Map(base.map((row) => [rowKey(row.entity, row.id), row.value]));
  replayPending(rows, remaining, member);
  await db.records.where('workspaceId').equals(workspaceId).delete();
  await db.records.bulkPut([...rows].map(([key, value]) => toRecordRow(workspaceId, entityOfRowKey(key), value)));
}
