import { type AppError, type PushMutation, prepareMutation, type Result, rowKey, type Write } from '../../shared';
import { readLiveRecord } from './entity-rows';
import type { SyncMember } from './sync-member';

/** Resolves and validates a mutation; injectable so tests can simulate a mutator that throws. */
export type PrepareMutation = typeof prepareMutation;

/**
 * Runs a mutation's shared mutator against the stored rows it declares (tombstones read as
 * absent) with the server's clock and the member's role; the prepared apply authorizes every write
 * against these stored rows and `managedProjectIds` (read from them too). Returns its writes or its
 * permanent failure; throws only on bugs.
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
  return prepared.value.apply(
    (entity, id) => {
      const key = rowKey(entity, id);
      // A mutator reading rows it did not declare would behave differently on clients: a bug, so throw.
      if (!declared.has(key)) throw new Error(`${mutation.name} read ${key} without declaring it in reads()`);
      return declared.get(key);
    },
    { actorId: member.id, role: member.role, now, ...(managedProjectIds ? { managedProjectIds } : {}) },
  );
}
