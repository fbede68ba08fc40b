import type { AppError } from '../../../../shared/result';

/**
 * An edit that met someone else's: `field` of `recordId` held `theirs` when the edit arrived, not
 * what the editor saw, so the edit was refused (an `expected` precondition). `yours` is what the
 * user meant to write, when the edit named it.
 */
export interface FieldConflict {
  entity: string;
  recordId: string;
  field: string;
  theirs: unknown;
  yours: unknown;
  hasYours: boolean;
}

interface PreconditionDetails {
  field?: unknown;
  actual?: unknown;
}

/**
 * Reads a refused `<entity>.update` as a conflict, or undefined for any other refusal. The refusal's
 * details say which field and what it holds now (shared/mutations/preconditions.ts); the args say
 * what the user wrote.
 */
export function readFieldConflict(name: string | null, args: unknown, error: AppError): FieldConflict | undefined {
  if (error.code !== 'precondition_failed' || !name?.endsWith('.update')) return undefined;
  const details = (error.details ?? {}) as PreconditionDetails;
  const update = (args ?? {}) as { id?: unknown; patch?: Record<string, unknown> };
  if (typeof details.field !== 'string' || typeof update.id !== 'string') return undefined;
  const hasYours = update.patch !== undefined && Object.hasOwn(update.patch, details.field);
  return {
    entity: name.slice(0, -'.update'.length),
    recordId: update.id,
    field: details.field,
    theirs: details.actual,
    yours: hasYours ? update.patch?.[details.field] : undefined,
    hasYours,
  };
}

/**
 * The update that writes the user's value over theirs, on purpose: its precondition is the value
 * they now see, so a third change meanwhile is caught again rather than overwritten.
 */
export function keepMineUpdate(conflict: FieldConflict) {
  return {
    id: conflict.recordId,
    patch: { [conflict.field]: conflict.yours },
    expected: { [conflict.field]: conflict.theirs },
  };
}
