import { z } from 'zod';
import type { AnyRecord, EntityName } from '../entities';
import { messageRef } from '../i18n/message-ref';
import { ok, type Result, refuse } from '../result';
import { IdSchema } from '../schemas/common';
import { entityStartTerm, entityTerm } from './entity-labels';
import type { ReadRow } from './types';

/** `expected: { field: value }`: what the client saw; a mismatch refuses the mutation (docs/sync.md "Conflicts"). */
export const ExpectedSchema = z.record(z.string(), z.unknown());

/** Args of a mutation on one existing record: its id, the mutation's own fields, then what the client saw. */
export function recordArgsSchema<const F extends z.ZodRawShape>(fields: F) {
  return z.object({ id: IdSchema, ...fields, expected: ExpectedSchema.optional() });
}

/** Values compare as their JSON, the form in which they are stored and synced. */
export function isSameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Refuses when a field the client expected no longer holds the value it saw. */
export function checkExpected(
  entity: EntityName,
  current: AnyRecord,
  expected: Record<string, unknown> | undefined,
): Result<never> | undefined {
  for (const [field, expectedValue] of Object.entries(expected ?? {})) {
    if (!isSameValue(current[field], expectedValue)) {
      return refuse(
        'precondition_failed',
        messageRef('refusal.conflict.changed', {
          entity: entityStartTerm(entity),
          field,
          value: String(current[field]),
        }),
        { field, expected: expectedValue, actual: current[field] },
      );
    }
  }
  return undefined;
}

/** The record a mutation changes; missing means deleted meanwhile (delete wins). */
export function findTarget(read: ReadRow, entity: EntityName, id: string): Result<AnyRecord> {
  const current = read(entity, id);
  if (current) return ok(current);
  return refuse('not_found', messageRef('refusal.conflict.gone', { entity: entityStartTerm(entity), id }));
}

/** A record another one points at (its project, person, plan item …). */
export function findReference(read: ReadRow, entity: EntityName, id: string): Result<AnyRecord> {
  const row = read(entity, id);
  if (row) return ok(row);
  return refuse(
    'not_found',
    messageRef('refusal.reference.missing', { entity: entityStartTerm(entity), id, kind: entityTerm(entity) }),
  );
}

/** Refuses a create whose id is taken, so a create never overwrites. */
export function checkAbsent(read: ReadRow, entity: EntityName, id: string): Result<never> | undefined {
  if (!read(entity, id)) return undefined;
  return refuse('already_exists', messageRef('refusal.create.idTaken', { entity: entityStartTerm(entity), id }));
}
