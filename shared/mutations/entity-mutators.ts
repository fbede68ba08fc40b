import { z } from 'zod';
import type { AnyRecord, EntityName } from '../entities';
import { describeZodError, fail, ok, type Result } from '../result';
import { IdSchema, type Role } from '../schemas/common';
import type { MutationContext, Mutator, ReadRow, RowRef, Write } from './types';

const rolesThatWrite: ReadonlySet<Role> = new Set(['owner', 'pmo', 'pm', 'contributor']);

/** Role gate shared by all mutators until the per-project access model lands (SYNC.md roles). */
export function denyUnlessWriter(ctx: MutationContext): Result<never> | undefined {
  if (rolesThatWrite.has(ctx.role)) return undefined;
  return fail(
    'forbidden',
    `A ${ctx.role} can read this workspace but not change it. Ask an owner or PMO for a role that can edit.`,
  );
}

function isSameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface EntityMutatorOptions<F extends z.ZodObject> {
  entity: EntityName;
  record: z.ZodType<AnyRecord>;
  fields: F;
  /** Extra rows a create needs (e.g. the parent project) and the check on them. */
  createReads?: (fields: z.infer<F>) => RowRef[];
  checkCreate?: (fields: z.infer<F>, read: ReadRow) => Result<never> | undefined;
}

/**
 * Builds `<entity>.create`, `<entity>.update` (named fields only, optional `expected`
 * precondition) and `<entity>.delete` (a tombstone; delete wins over later updates).
 */
export function defineEntityMutators<F extends z.ZodObject>(options: EntityMutatorOptions<F>) {
  const { entity, record, fields } = options;
  const label = entity.charAt(0).toUpperCase() + entity.slice(1);

  type CreateArgs = z.infer<F> & { id: string };
  const create: Mutator<CreateArgs> = {
    name: `${entity}.create`,
    args: fields.extend({ id: IdSchema }) as unknown as z.ZodType<CreateArgs>,
    reads: (args) => [{ entity, id: args.id }, ...(options.createReads?.(args as z.infer<F>) ?? [])],
    apply(args, read, ctx) {
      const denied = denyUnlessWriter(ctx);
      if (denied) return denied;
      if (read(entity, args.id))
        return fail('already_exists', `${label} ${args.id} already exists; create it with a new id.`);
      const refused = options.checkCreate?.(args as z.infer<F>, read);
      if (refused) return refused;
      const value = {
        ...args,
        createdAt: ctx.now,
        createdBy: ctx.actorId,
        updatedAt: ctx.now,
        updatedBy: ctx.actorId,
        version: 0,
      };
      const checked = record.safeParse(value);
      if (!checked.success) return fail('invalid_args', describeZodError(checked.error));
      return ok([{ op: 'put', entity, id: args.id, value: checked.data }] satisfies Write[]);
    },
  };

  const patchSchema = fields.partial().strict();
  type UpdateArgs = { id: string; patch: Partial<z.infer<F>>; expected?: Record<string, unknown> };
  const update: Mutator<UpdateArgs> = {
    name: `${entity}.update`,
    args: z.object({
      id: IdSchema,
      patch: patchSchema,
      expected: z.record(z.string(), z.unknown()).optional(),
    }) as unknown as z.ZodType<UpdateArgs>,
    reads: (args) => [{ entity, id: args.id }],
    apply(args, read, ctx) {
      const denied = denyUnlessWriter(ctx);
      if (denied) return denied;
      const current = read(entity, args.id);
      if (!current)
        return fail(
          'not_found',
          `${label} ${args.id} no longer exists (it may have been deleted); nothing was changed.`,
        );
      for (const [field, expectedValue] of Object.entries(args.expected ?? {})) {
        if (!isSameValue(current[field], expectedValue)) {
          return fail(
            'precondition_failed',
            `${label} ${field} changed to "${String(current[field])}" before your edit arrived; review it and try again.`,
            { field, expected: expectedValue, actual: current[field] },
          );
        }
      }
      const next: AnyRecord = { ...current, updatedAt: ctx.now, updatedBy: ctx.actorId };
      for (const [field, value] of Object.entries(args.patch as Record<string, unknown>)) {
        if (value === undefined) delete next[field];
        else next[field] = value;
      }
      const checked = record.safeParse(next);
      if (!checked.success) return fail('invalid_args', describeZodError(checked.error));
      return ok([{ op: 'put', entity, id: args.id, value: checked.data }] satisfies Write[]);
    },
  };

  const deleteArgs = z.object({ id: IdSchema });
  const remove: Mutator<z.infer<typeof deleteArgs>> = {
    name: `${entity}.delete`,
    args: deleteArgs,
    reads: (args) => [{ entity, id: args.id }],
    apply(args, read, ctx) {
      const denied = denyUnlessWriter(ctx);
      if (denied) return denied;
      // Deleting what is already gone is a no-op, so a retried delete never fails.
      if (!read(entity, args.id)) return ok([]);
      return ok([{ op: 'del', entity, id: args.id }] satisfies Write[]);
    },
  };

  return { create, update, delete: remove };
}
