import type { z } from 'zod';
import type { AnyRecord, EntityName } from '../entities';
import type { AppError, Result } from '../result';
import type { Role } from '../schemas/common';

/** Who applies a mutation and when; the server passes its own clock, a client its local one. */
export interface MutationContext {
  actorId: string;
  role: Role;
  now: string;
  /**
   * For a `pm`: the projects whose managerId is the actor, read from the store the mutation runs
   * on (the Durable Object's rows on the server, never anything a client sent). Missing = none.
   */
  managedProjectIds?: ReadonlySet<string>;
}

export interface RowRef {
  entity: EntityName;
  id: string;
}

export type Write =
  | { op: 'put'; entity: EntityName; id: string; value: AnyRecord }
  | { op: 'del'; entity: EntityName; id: string };

/** The rows a mutator declared in `reads`, as they are before it runs (undefined = absent or deleted). */
export type ReadRow = (entity: EntityName, id: string) => AnyRecord | undefined;

/**
 * Live records a mutator needs but cannot name by id: every record of `entity`, or only those whose
 * `field` holds `value` (e.g. the risks of a project). Field names come from our code, never from input.
 */
export interface RowQuery {
  entity: EntityName;
  field?: string;
  value?: string;
}

/** The answer to a query the mutator declared in `queries`, as the store is before it runs. */
export type ListRows = (query: RowQuery) => AnyRecord[];

/**
 * A named, intent-level mutation. `reads` lists the rows it needs so that a synchronous store
 * (the Durable Object's SQLite) and an asynchronous one (Dexie) can both prefetch them, then
 * `apply` decides purely. A failed Result is a permanent failure: the server records it and
 * moves on; it never throws for bad input.
 */
export interface Mutator<A> {
  name: string;
  args: z.ZodType<A>;
  reads(args: A): RowRef[];
  /** Queries `apply` will `list`; most mutators need none. Stores prefetch them like `reads`. */
  queries?(args: A): RowQuery[];
  apply(args: A, read: ReadRow, ctx: MutationContext, list: ListRows): Result<Write[], AppError>;
}
