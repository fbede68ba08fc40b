import type { z } from 'zod';
import { type AnyRecord, type EntityName, entitySchemas } from '../entities';
import { messageRef } from '../i18n/message-ref';
import { refOfZodError } from '../i18n/zod-issue-refs';
import { ok, type Result, refuse } from '../result';
import type { MutationContext, Write } from './types';

/**
 * Validates a whole record against its entity's schema (cross-field rules included) and wraps it
 * as a put. Absent optional fields are dropped rather than kept as `undefined`, so the server
 * (JSON) and the client (IndexedDB) store the same shape.
 */
export function putRecord(entity: EntityName, value: Record<string, unknown>): Result<Write> {
  const checked = (entitySchemas[entity].record as z.ZodType).safeParse(value);
  if (!checked.success)
    return refuse('invalid_args', messageRef('refusal.record.invalid', { issues: refOfZodError(checked.error) }));
  const record: AnyRecord = { ...(checked.data as AnyRecord) };
  for (const [field, fieldValue] of Object.entries(record)) if (fieldValue === undefined) delete record[field];
  return ok({ op: 'put', entity, id: record.id, value: record });
}

/** A new record's meta fields: created and updated by the actor, now; version 0 until the server stamps it. */
export function stampCreated(fields: Record<string, unknown>, ctx: MutationContext): Record<string, unknown> {
  return {
    ...fields,
    createdAt: ctx.now,
    createdBy: ctx.actorId,
    updatedAt: ctx.now,
    updatedBy: ctx.actorId,
    version: 0,
  };
}

/**
 * A copy of `current` with `changes` applied and stamped; `undefined` or `null` removes the field
 * (null is how a patch clears an optional field, see toPatchSchema).
 */
export function stampUpdated(
  current: AnyRecord,
  changes: Record<string, unknown>,
  ctx: MutationContext,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...current, updatedAt: ctx.now, updatedBy: ctx.actorId };
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined || value === null) delete next[field];
    else next[field] = value;
  }
  return next;
}

/** Collects the writes of a mutation that writes several records, stopping at the first refusal. */
export function collectWrites(results: Result<Write>[]): Result<Write[]> {
  const writes: Write[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    writes.push(result.value);
  }
  return ok(writes);
}

/** A mutation's single put, as the list of writes a mutator returns. */
export function writeRecord(entity: EntityName, value: Record<string, unknown>): Result<Write[]> {
  const write = putRecord(entity, value);
  return write.ok ? ok([write.value]) : write;
}

/** A copy without `undefined` members, for values nested in a record (the top level is handled by putRecord). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}
