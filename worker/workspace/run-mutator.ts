import {
  type AnyRecord,
  type AppError,
  buildMutationContext,
  type PushMutation,
  prepareMutation,
  queryKey,
  type Result,
  rowKey,
  type Write,
} from '../../shared';
import { listLiveRecords, readLiveRecord } from './entity-rows';
import { refuseRetiredIds } from './retired-ids';
import type { SyncMember } from './sync-member';

/** Resolves and validates a mutation; injectable so tests can simulate a mutator that throws. */
export type PrepareMutation = typeof prepareMutation;

/**
 * Runs a mutation's shared mutator against the stored rows and queries it declares (tombstones
 * read as absent) with the server's clock and the member's role; the prepared apply authorizes
 * every write against these stored rows and `managedProjectIds` (read from them too). A write that
 * would bring a deleted id back is refused (retired-ids.ts). Returns its writes or its permanent
 * failure; throws only on bugs.
 */
export function runMutator(
  sql: SqlStorage,
  mutation: PushMutation,
  member: SyncMember,
  now: string,
  prepare: PrepareMutation = prepareMutation,
  managedProjectIds?: ReadonlySet<string>,
): Result<Write[], AppError> {
  const prepared = prepare(mutation.name, mutation.args);
  if (!prepared.ok) return prepared;
  const declared = new Map(
    prepared.value.reads.map((ref) => [rowKey(ref.entity, ref.id), readLiveRecord(sql, ref.entity, ref.id)]),
  );
  const listed = new Map<string, AnyRecord[]>(
    prepared.value.queries.map((query) => [queryKey(query), listLiveRecords(sql, query)]),
  );
  const result = prepared.value.apply(
    (entity, id) => {
      const key = rowKey(entity, id);
      // A mutator reading rows it did not declare would behave differently on clients: a bug, so throw.
      if (!declared.has(key)) throw new Error(`${mutation.name} read ${key} without declaring it in reads()`);
      return declared.get(key);
    },
    buildMutationContext(member, now, managedProjectIds),
    (query) => {
      const found = listed.get(queryKey(query));
      if (!found) throw new Error(`${mutation.name} listed ${queryKey(query)} without declaring it in queries()`);
      return found;
    },
  );
  if (!result.ok) return result;
  return refuseRetiredIds(sql, result.value) ?? result;
}
