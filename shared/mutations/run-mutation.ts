import type { AnyRecord } from '../entities';
import { messageRef } from '../i18n/message-ref';
import { refOfZodError } from '../i18n/zod-issue-refs';
import { type AppError, type Result, refuse } from '../result';
import { authorizeWrites } from './authorize-writes';
import { listManagedProjectIds } from './managed-projects';
import { type MutationName, mutators } from './registry';
import { assertQueryField, listFromRows } from './row-queries';
import type { ListRows, MutationContext, ReadRow, RowQuery, RowRef, Write } from './types';

/** A mutator resolved and its args validated: what is left is to read its rows and apply it. */
export interface PreparedMutation {
  reads: RowRef[];
  /** The queries the mutator will list; a store answers exactly these (see ListRows). */
  queries: RowQuery[];
  /** Runs the mutator, then authorizes each of its writes for `ctx` (authorizeWrites). */
  apply(read: ReadRow, ctx: MutationContext, list: ListRows): Result<Write[], AppError>;
}

/**
 * Validates a mutation's args against its schema. A failure is permanent (the server records it,
 * bumps lastMutationId and goes on with the next mutation). Authorization is part of the prepared
 * apply, so the Durable Object, the client and the tests cannot run a mutator without it.
 */
export function prepareMutation(name: MutationName, rawArgs: unknown): Result<PreparedMutation> {
  const mutator = mutators[name] as (typeof mutators)[MutationName] | undefined;
  if (!mutator) return refuse('unknown_mutation', messageRef('refusal.mutation.unknown', { mutation: name }));
  const pollutingPath = findPrototypeKey(rawArgs);
  if (pollutingPath)
    return refuse('invalid_args', messageRef('refusal.args.prototypeKey', { mutation: name, path: pollutingPath }));
  const parsed = mutator.args.safeParse(rawArgs);
  if (!parsed.success)
    return refuse(
      'invalid_args',
      messageRef('refusal.args.invalid', { mutation: name, issues: refOfZodError(parsed.error) }),
    );
  const args = parsed.data as never;
  const queries = (mutator as { queries?: (a: never) => RowQuery[] }).queries?.(args) ?? [];
  for (const query of queries) assertQueryField(query);
  return {
    ok: true,
    value: {
      reads: (mutator.reads as (a: never) => RowRef[])(args),
      queries,
      apply(read, ctx, list) {
        const result = (mutator.apply as (a: never, r: ReadRow, c: MutationContext, l: ListRows) => Result<Write[]>)(
          args,
          read,
          ctx,
          list,
        );
        if (!result.ok) return result;
        return authorizeWrites(result.value, read, ctx) ?? result;
      },
    },
  };
}

/**
 * Applies a mutation to an in-memory map of rows keyed `entity:id`; used by clients and tests.
 * The map holds the whole workspace, so a pm's managed projects come from it unless `ctx` has them.
 */
export function applyToMap(
  rows: Map<string, AnyRecord>,
  name: MutationName,
  rawArgs: unknown,
  ctx: MutationContext,
): Result<Write[]> {
  const prepared = prepareMutation(name, rawArgs);
  if (!prepared.ok) return prepared;
  const context = ctx.role === 'pm' && !ctx.managedProjectIds ? withManagedProjects(rows, ctx) : ctx;
  const result = prepared.value.apply(
    (entity, id) => rows.get(rowKey(entity, id)),
    context,
    (query) => listFromRows(rows, query),
  );
  if (!result.ok) return result;
  for (const write of result.value) {
    if (write.op === 'put') rows.set(rowKey(write.entity, write.id), write.value);
    else rows.delete(rowKey(write.entity, write.id));
  }
  return result;
}

export const rowKey = (entity: string, id: string) => `${entity}:${id}`;

/** `ctx` with the projects its actor manages among `rows`. */
function withManagedProjects(rows: Map<string, AnyRecord>, ctx: MutationContext): MutationContext {
  const projects = [...rows].filter(([key]) => key.startsWith('project:')).map(([, record]) => record);
  return { ...ctx, managedProjectIds: listManagedProjectIds(projects, ctx.actorId) };
}

const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Finds a key that could reach Object.prototype. zod silently drops `__proto__` from records, so
 * without this a hostile `expected: {"__proto__": …}` would pass as "no precondition".
 */
export function findPrototypeKey(value: unknown, path = ''): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (prototypeKeys.has(key)) return keyPath;
    const nested = findPrototypeKey((value as Record<string, unknown>)[key], keyPath);
    if (nested) return nested;
  }
  return undefined;
}
