import { i18n } from '#i18n';
import { listDecidingProjects } from '../../../shared/mutations/managed-projects';
import { buildMutationContext } from '../../../shared/mutations/mutation-context';
import type { MutationName } from '../../../shared/mutations/registry';
import { queryKey } from '../../../shared/mutations/row-queries';
import { prepareMutation, rowKey } from '../../../shared/mutations/run-mutation';
import type { RowRef } from '../../../shared/mutations/types';
import { type AppError, fail, ok, type Result } from '../../../shared/result';
import type { PmoDatabase } from '../../db/database';
import { readRecords } from '../../db/read-records';
import { recordStores, writeRecords } from '../../db/write-records';
import { keepBaseOfRows } from './base-rows';
import { prefetchQueries } from './list-local-records';
import { readManagedProjectIds } from './managed-projects';
import { addRowRefs, foldWrites, type RowMap, readFromRowMap } from './row-map';

export interface LocalMutation {
  workspaceId: string;
  name: MutationName;
  args: unknown;
}

/** Every table a local edit writes, in its one transaction: the connection, the view, base copies and pending mutations. */
export function localEditTables(db: PmoDatabase) {
  return [db.connections, ...recordStores(db), db.serverRecords, db.pending];
}

/**
 * Applies a mutation to the local view and queues it for the server in ONE Dexie transaction,
 * so a crash never keeps the edit without its pending mutation (or the reverse). A refused
 * mutation stores nothing and comes back as the error to show.
 */
export async function applyLocalMutation(
  db: PmoDatabase,
  mutation: LocalMutation,
  now: string,
): Promise<Result<{ mutationId: number }, AppError>> {
  const prepared = prepareMutation(mutation.name, mutation.args);
  if (!prepared.ok) return prepared;
  const { workspaceId } = mutation;
  return db.transaction('rw', localEditTables(db), async () => {
    const connection = await db.connections.get(workspaceId);
    if (!connection) return fail('not_connected', i18n.t('errors.notConnected'));
    const { reads, queries, apply } = prepared.value;
    const stored = await readRecords(db, workspaceId, reads);
    const listed = await prefetchQueries(db, workspaceId, queries);
    const rows: RowMap = new Map();
    stored.forEach((value, index) => {
      if (value) rows.set(rowKey(reads[index].entity, reads[index].id), value);
    });
    const managedProjectIds = await readManagedProjectIds(db, workspaceId, connection.member);
    const read = readFromRowMap(rows);
    const result = apply(
      read,
      buildMutationContext(connection.member, now, managedProjectIds),
      (query) => listed.get(queryKey(query)) ?? [],
    );
    if (!result.ok) return result;

    const touched = new Map<string, RowRef>();
    addRowRefs(touched, reads);
    addRowRefs(touched, result.value);
    // The projects that decided a pm's rights, so a rebase replays this mutation with them at hand.
    addRowRefs(touched, listDecidingProjects(result.value, read));
    await keepBaseOfRows(db, workspaceId, [...touched.values()]);
    await writeRecords(db, workspaceId, foldWrites(result.value).values());
    const mutationId = connection.nextMutationId;
    await db.pending.add({
      workspaceId,
      clientId: connection.clientId,
      id: mutationId,
      name: mutation.name,
      args: mutation.args,
      clientTime: now,
      touched: [...touched.values()],
    });
    const pendingCount = await db.pending.where('workspaceId').equals(workspaceId).count();
    await db.connections.update(workspaceId, {
      nextMutationId: mutationId + 1,
      pendingCount,
      // Offline and error stay visible until a sync settles them; only "synced" turns "pending".
      syncStatus: connection.syncStatus === 'synced' ? 'pending' : connection.syncStatus,
    });
    return ok({ mutationId });
  });
}
