import { i18n } from '#i18n';
import { listDecidingProjects, reviseManagedProjectIds } from '../../../shared/mutations/managed-projects';
import { buildMutationContext } from '../../../shared/mutations/mutation-context';
import type { MutationName } from '../../../shared/mutations/registry';
import { listFromRows } from '../../../shared/mutations/row-queries';
import { type PreparedMutation, prepareMutation, rowKey } from '../../../shared/mutations/run-mutation';
import type { RowRef, Write } from '../../../shared/mutations/types';
import { type AppError, fail, ok, type Result } from '../../../shared/result';
import type { PendingMutationRow, PmoDatabase } from '../../db/database';
import { readRecords } from '../../db/read-records';
import { writeRecords } from '../../db/write-records';
import { localEditTables } from './apply-local-mutation';
import { keepBaseOfRows } from './base-rows';
import { listLocalRecords } from './list-local-records';
import { readManagedProjectIds } from './managed-projects';
import { addRowRefs, applyWritesToRowMap, foldWrites, type RowMap, readFromRowMap } from './row-map';

export interface BatchMutation {
  name: MutationName;
  args: unknown;
}

/** How a batch went: every mutation applied, or none and the first refusal. */
export interface BatchOutcome {
  applied: number;
  refusal?: { index: number; error: AppError };
}

/**
 * Applies many local mutations in order in ONE Dexie transaction, each queued as its own pending
 * mutation exactly as applyLocalMutation queues one (same base copies, same `touched`), so they sync,
 * rebase and work offline like single edits. One transaction and bulk reads and writes keep an import
 * of thousands of Jira issues fast. All or nothing: at the first refusal nothing is written, so an
 * import is never half-applied.
 */
export async function applyLocalBatch(
  db: PmoDatabase,
  workspaceId: string,
  mutations: readonly BatchMutation[],
  now: string,
): Promise<Result<BatchOutcome, AppError>> {
  const prepared: PreparedMutation[] = [];
  let refusal: BatchOutcome['refusal'];
  for (const [index, mutation] of mutations.entries()) {
    const result = prepareMutation(mutation.name, mutation.args);
    if (!result.ok) {
      refusal = { index, error: result.error };
      break;
    }
    prepared.push(result.value);
  }
  return db.transaction('rw', localEditTables(db), async () => {
    const connection = await db.connections.get(workspaceId);
    if (!connection) return fail('not_connected', i18n.t('errors.notConnected'));
    const rows = await prefetchReads(db, workspaceId, prepared);
    const read = readFromRowMap(rows);
    let managedProjectIds = await readManagedProjectIds(db, workspaceId, connection.member);
    const writes: Write[] = [];
    const touchedByAll = new Map<string, RowRef>();
    const pending: PendingMutationRow[] = [];
    for (const [index, mutation] of prepared.entries()) {
      const result = mutation.apply(
        read,
        buildMutationContext(connection.member, now, managedProjectIds),
        // Every queried row was prefetched into `rows`, which also holds the batch's own writes so far.
        (query) => listFromRows(rows, query),
      );
      if (!result.ok) {
        refusal = { index, error: result.error };
        break;
      }
      const touched = new Map<string, RowRef>();
      addRowRefs(touched, mutation.reads);
      addRowRefs(touched, result.value);
      addRowRefs(touched, listDecidingProjects(result.value, read));
      addRowRefs(touchedByAll, touched.values());
      applyWritesToRowMap(rows, result.value);
      writes.push(...result.value);
      if (managedProjectIds)
        managedProjectIds = reviseManagedProjectIds(managedProjectIds, result.value, connection.member.id);
      pending.push({
        workspaceId,
        clientId: connection.clientId,
        id: connection.nextMutationId + index,
        name: mutations[index].name,
        args: mutations[index].args,
        clientTime: now,
        touched: [...touched.values()],
      });
    }
    if (refusal) return ok({ applied: 0, refusal });
    if (pending.length === 0) return ok({ applied: 0 });
    await keepBaseOfRows(db, workspaceId, [...touchedByAll.values()]);
    await writeRecords(db, workspaceId, foldWrites(writes).values());
    await db.pending.bulkAdd(pending);
    const pendingCount = await db.pending.where('workspaceId').equals(workspaceId).count();
    await db.connections.update(workspaceId, {
      nextMutationId: connection.nextMutationId + pending.length,
      pendingCount,
      syncStatus: connection.syncStatus === 'synced' ? 'pending' : connection.syncStatus,
    });
    return ok({ applied: pending.length, ...(refusal ? { refusal } : {}) });
  });
}

/**
 * Every row any of the mutations declared, read in one bulk call (rows created by the batch are
 * absent), plus every row their queries find.
 */
async function prefetchReads(db: PmoDatabase, workspaceId: string, prepared: PreparedMutation[]): Promise<RowMap> {
  const refs = new Map<string, RowRef>();
  for (const mutation of prepared) addRowRefs(refs, mutation.reads);
  const wanted = [...refs.values()];
  const stored = await readRecords(db, workspaceId, wanted);
  const rows: RowMap = new Map();
  stored.forEach((value, index) => {
    if (value) rows.set(rowKey(wanted[index].entity, wanted[index].id), value);
  });
  for (const query of prepared.flatMap((mutation) => mutation.queries))
    for (const record of await listLocalRecords(db, workspaceId, query))
      rows.set(rowKey(query.entity, record.id), record);
  return rows;
}
