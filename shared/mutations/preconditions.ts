import { z } from 'zod';
import type { AnyRecord, EntityName } from '../entities';
import { fail, ok, type Result } from '../result';
import { entityLabels, lowerLabel } from './entity-labels';
import type { ReadRow } from './types';

/** `expected: { field: value }`: what the client saw; a mismatch refuses the mutation (SYNC.md conflicts). */
export const ExpectedSchema = z.record(z.string(), z.unknown());

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
      return fail(
        'precondition_failed',
        `${entityLabels[entity]} ${field} changed to "${String(current[field])}" before your edit arrived; review it and try again.`,
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
  return fail(
    'not_found',
    `${entityLabels[entity]} ${id} no longer exists (it may have been deleted); nothing was changed.`,
  );
}

/** A record another one points at (its project, person, plan item …). */
export function findReference(read: ReadRow, entity: EntityName, id: string): Result<AnyRecord> {
  const row = read(entity, id);
  if (row) return ok(row);
  return fail(
    'not_found',
    `${entityLabels[entity]} ${id} does not exist (it may have been deleted); pick another ${lowerLabel(entity)}.`,
  );
}

/** Refuses a create whose id is taken, so a create never overwrites. */
export function checkAbsent(read: ReadRow, entity: EntityName, id: string): Result<never> | undefined {
  if (!read(entity, id)) return undefined;
  return fail('already_exists', `${entityLabels[entity]} ${id} already exists; create it with a new id.`);
}
