import { z } from 'zod';
import type { AnyRecord, EntityName } from '../entities';
import { messageRef } from '../i18n/message-ref';
import { ok, type Result, refuse } from '../result';
import { IdSchema } from '../schemas/common';
import { authorizeWrites } from './authorize-writes';
import { queriesOfChildren, refuseWhileChildrenLive } from './children';
import { entityStartTerm, entityTerm } from './entity-labels';
import { checkAbsent, checkExpected, findReference, findTarget, isSameValue, recordArgsSchema } from './preconditions';
import { putRecord, stampCreated, stampUpdated } from './record-writes';
import { denyUnlessWriter } from './role-gates';
import type { ListRows, MutationContext, Mutator, ReadRow, RowQuery, RowRef, Write } from './types';

export { denyUnlessWriter } from './role-gates';

/** A refusal, or undefined to go on. */
export type Refusal = Result<never> | undefined;
type Values = Record<string, unknown>;

/** A field holding the id of another record that must exist when the field is set or changed. */
export interface Reference {
  field: string;
  entity: EntityName;
}

/** An update about to be written: the stored record, the patch, and the record after the patch. */
export interface EntityChange {
  current: AnyRecord;
  patch: Values;
  next: Values;
}

/** What sets one entity apart from the generic create / update / delete. */
export interface EntityRules<E extends EntityName, F extends z.ZodObject> {
  entity: E;
  fields: F;
  /** Who may write this entity; by default every role but viewer. */
  gate?: (ctx: MutationContext) => Refusal;
  /** Checked on create, and on update whenever the patch names the field. */
  references?: readonly Reference[];
  /** Set at creation, never changed afterwards (a record moved between projects would break its links). */
  fixedFields?: readonly string[];
  /** Fields that only an intent mutation sets, by the name of that mutation. */
  intentFields?: Readonly<Record<string, string>>;
  /** Fields a create implies from who makes it (a pm's new project is theirs); must be pure. */
  completeCreate?: (record: Values, ctx: MutationContext) => Values;
  /** Extra rows the checks below read; gets the create args or the update patch. */
  extraReads?: (values: Values, id: string) => RowRef[];
  /** Queries the checks below list (e.g. every project, to keep codes unique); gets the create args or the update patch. */
  queries?: (values: Values, id: string) => RowQuery[];
  checkCreate?: (record: Values, read: ReadRow, list: ListRows) => Refusal;
  checkUpdate?: (change: EntityChange, read: ReadRow, list: ListRows) => Refusal;
  /** Fields an update implies (a version bump, a history entry); must be pure. */
  reviseUpdate?: (change: EntityChange, ctx: MutationContext) => Values;
  /** Refuses any update or delete of a record in this state (submitted reports are history). */
  checkEditable?: (current: AnyRecord) => Refusal;
}

export type CreateArgs<F extends z.ZodObject> = z.infer<F> & { id: string };
export type UpdateArgs<F extends z.ZodObject> = {
  id: string;
  patch: Partial<z.infer<F>>;
  expected?: Record<string, unknown>;
};
export type DeleteArgs = { id: string };

/**
 * A patch schema: every field optional and WITHOUT its default. zod 4 fills defaults inside
 * `.partial()`, which would silently reset e.g. a closed risk's status to "open" on a title edit.
 * A field the record may lack also takes `null`, which clears it: JSON has no `undefined`, so an
 * edit that empties a date or an owner needs a value that survives the trip (stampUpdated).
 */
export function toPatchSchema(fields: z.ZodObject) {
  const shape = Object.fromEntries(
    Object.entries(fields.shape).map(([key, schema]) => {
      const field = schema instanceof z.ZodDefault ? schema.unwrap() : schema;
      const value = field as z.ZodType;
      return [key, value instanceof z.ZodOptional ? value.nullable() : value.optional()];
    }),
  );
  return z.strictObject(shape);
}

function readsOfReferences(references: readonly Reference[], values: Values): RowRef[] {
  return references.flatMap((ref) =>
    typeof values[ref.field] === 'string' ? [{ entity: ref.entity, id: values[ref.field] as string }] : [],
  );
}

function checkReferences(references: readonly Reference[], values: Values, read: ReadRow): Refusal {
  for (const ref of references) {
    const id = values[ref.field];
    if (typeof id !== 'string') continue;
    const found = findReference(read, ref.entity, id);
    if (!found.ok) return found;
  }
  return undefined;
}

/**
 * Builds `<entity>.create`, `<entity>.update` (named fields only, optional `expected`
 * precondition) and `<entity>.delete` (a tombstone; delete wins over later updates; refused while
 * records that belong to it are live, see children.ts).
 */
export function defineEntityMutators<E extends EntityName, F extends z.ZodObject>(rules: EntityRules<E, F>) {
  const { entity, fields } = rules;
  const gate = rules.gate ?? denyUnlessWriter;
  const references = rules.references ?? [];
  const intentFields = Object.entries(rules.intentFields ?? {});

  /** A field's starting value: its default, or undefined. */
  const startingValue = (field: string) => {
    const parsed = (fields.shape[field] as z.ZodType | undefined)?.safeParse(undefined);
    return parsed?.success ? parsed.data : undefined;
  };

  const create: Mutator<CreateArgs<F>> = {
    name: `${entity}.create`,
    args: fields.extend({ id: IdSchema }) as unknown as z.ZodType<CreateArgs<F>>,
    reads: (args) => [
      { entity, id: args.id },
      ...readsOfReferences(references, args),
      ...(rules.extraReads?.(args, args.id) ?? []),
    ],
    queries: (args) => rules.queries?.(args, args.id) ?? [],
    apply(args, read, ctx, list) {
      const record = rules.completeCreate?.(args, ctx) ?? args;
      const refused =
        gate(ctx) ??
        checkAbsent(read, entity, args.id) ??
        refuseIntentFieldsOnCreate(record) ??
        checkReferences(references, record, read) ??
        rules.checkCreate?.(record, read, list);
      if (refused) return refused;
      const write = putRecord(entity, stampCreated(record, ctx));
      return write.ok ? ok([write.value]) : write;
    },
  };

  function refuseIntentFieldsOnCreate(args: Values): Refusal {
    for (const [field, mutation] of intentFields) {
      const start = startingValue(field);
      if (isSameValue(args[field], start)) continue;
      const ref =
        start === undefined
          ? messageRef('refusal.create.intentFieldEmpty', { entity: entityTerm(entity), field, mutation })
          : messageRef('refusal.create.intentFieldStart', {
              entity: entityTerm(entity),
              field,
              value: String(start),
              mutation,
            });
      return refuse('use_named_mutation', ref, { field, mutation });
    }
    return undefined;
  }

  function refuseFrozenFields(current: AnyRecord, patch: Values): Refusal {
    for (const field of rules.fixedFields ?? []) {
      if (field in patch && !isSameValue(patch[field], current[field]))
        return refuse(
          'immutable_field',
          messageRef('refusal.update.fixedField', { field, entity: entityTerm(entity) }),
          {
            field,
          },
        );
    }
    for (const [field, mutation] of intentFields) {
      if (field in patch && !isSameValue(patch[field], current[field]))
        return refuse(
          'use_named_mutation',
          messageRef('refusal.update.useIntent', { entity: entityStartTerm(entity), field, mutation }),
          { field, mutation },
        );
    }
    return undefined;
  }

  const update: Mutator<UpdateArgs<F>> = {
    name: `${entity}.update`,
    args: recordArgsSchema({ patch: toPatchSchema(fields) }) as unknown as z.ZodType<UpdateArgs<F>>,
    reads: (args) => [
      { entity, id: args.id },
      ...readsOfReferences(references, args.patch),
      ...(rules.extraReads?.(args.patch, args.id) ?? []),
    ],
    queries: (args) => rules.queries?.(args.patch, args.id) ?? [],
    apply(args, read, ctx, list) {
      const denied = gate(ctx);
      if (denied) return denied;
      const found = findTarget(read, entity, args.id);
      if (!found.ok) return found;
      const current = found.value;
      const patch = args.patch as Values;
      const refused =
        rules.checkEditable?.(current) ??
        checkExpected(entity, current, args.expected) ??
        refuseFrozenFields(current, patch) ??
        checkReferences(references, patch, read);
      if (refused) return refused;
      const change: EntityChange = { current, patch, next: stampUpdated(current, patch, ctx) };
      const invalid = rules.checkUpdate?.(change, read, list);
      if (invalid) return invalid;
      const revised = rules.reviseUpdate ? { ...change.next, ...rules.reviseUpdate(change, ctx) } : change.next;
      const write = putRecord(entity, revised);
      return write.ok ? ok([write.value]) : write;
    },
  };

  const remove: Mutator<DeleteArgs> = {
    name: `${entity}.delete`,
    args: z.object({ id: IdSchema }),
    reads: (args) => [{ entity, id: args.id }],
    queries: (args) => queriesOfChildren(entity, args.id),
    apply(args, read, ctx, list) {
      const denied = gate(ctx);
      if (denied) return denied;
      const current = read(entity, args.id);
      // Deleting what is already gone is a no-op, so a retried delete never fails.
      if (!current) return ok([]);
      const writes: Write[] = [{ op: 'del', entity, id: args.id }];
      // Whether the actor may delete it at all comes first: a refusal should say what they can do.
      const refused =
        rules.checkEditable?.(current) ??
        authorizeWrites(writes, read, ctx) ??
        refuseWhileChildrenLive(entity, current, list);
      if (refused) return refused;
      return ok(writes);
    },
  };

  return { create, update, delete: remove };
}

/** Prefixes each mutator's key with its entity: `{ create }` → `{ 'risk.create' }`. */
export type NamedMutators<E extends string, M> = { [K in keyof M & string as `${E}.${K}`]: M[K] };

/** Keys an entity's mutators by their mutation names, for the registry. */
export function nameMutators<E extends EntityName, M extends object>(
  entity: E,
  mutatorsOfEntity: M,
): NamedMutators<E, M> {
  return Object.fromEntries(
    Object.entries(mutatorsOfEntity).map(([key, mutator]) => [`${entity}.${key}`, mutator]),
  ) as NamedMutators<E, M>;
}
