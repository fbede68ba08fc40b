import { type AppError, entityStartTerm, messageRef, type Result, refuse, type Write } from '../../shared';

/**
 * Whether a record with this id was deleted: its tombstone is still there, or it was pruned into
 * `retired_ids` (tombstones.ts). Such an id is never written again.
 */
export function isRetiredId(sql: SqlStorage, entity: string, id: string): boolean {
  const found = sql
    .exec(
      `SELECT 1 FROM entities WHERE entity = ? AND id = ? AND deleted = 1
       UNION ALL SELECT 1 FROM retired_ids WHERE entity = ? AND id = ? LIMIT 1`,
      entity,
      id,
      entity,
      id,
    )
    .toArray();
  return found.length > 0;
}

/**
 * Refuses writes that would bring a deleted record back. Without this, whoever re-created a deleted
 * project's id would become its manager and could then change the records others had filed under it.
 * Mutators read tombstones as absent, so this is the one place that knows; clients learn of the
 * refusal like any other and keep their ids random, so an honest client never meets it.
 */
export function refuseRetiredIds(sql: SqlStorage, writes: readonly Write[]): Result<never, AppError> | undefined {
  for (const write of writes) {
    if (write.op !== 'put' || !isRetiredId(sql, write.entity, write.id)) continue;
    return refuse(
      'id_retired',
      messageRef('refusal.retired.id', { entity: entityStartTerm(write.entity), id: write.id }),
      { entity: write.entity, id: write.id },
    );
  }
  return undefined;
}
