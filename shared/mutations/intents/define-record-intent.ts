import type { z } from 'zod';
import type { AnyRecord, EntityName } from '../../entities';
import type { AppError, Result } from '../../result';
import { checkExpected, findTarget } from '../preconditions';
import { denyUnlessWriter } from '../role-gates';
import type { ListRows, MutationContext, Mutator, ReadRow, RowQuery, RowRef, Write } from '../types';

/** What an intent on one existing record adds to the checks every such intent makes. */
export interface RecordIntent<A extends { id: string; expected?: Record<string, unknown> }> {
  name: string;
  args: z.ZodType<A>;
  /** The entity of the record `args.id` names. */
  entity: EntityName;
  /** Who may run it; by default every role that writes. */
  gate?: (ctx: MutationContext) => Result<never> | undefined;
  /** Rows the rule reads besides the record itself. */
  extraReads?: (args: A) => RowRef[];
  /** Queries the rule lists (e.g. the workspace settings, whose id it cannot know). */
  queries?: (args: A) => RowQuery[];
  /** The rule itself, once the actor may act, the record exists and is as the person saw it. */
  decide(record: AnyRecord, args: A, read: ReadRow, ctx: MutationContext, list: ListRows): Result<Write[], AppError>;
}

/**
 * An intent mutation on one existing record (reschedule a milestone, escalate a risk, decide a gate …):
 * the role gate, then the record (a deleted one refuses: delete wins), then its `expected`
 * precondition (docs/sync.md "Conflicts"), then the intent's own rule.
 */
export function defineRecordIntent<A extends { id: string; expected?: Record<string, unknown> }>(
  intent: RecordIntent<A>,
): Mutator<A> {
  const gate = intent.gate ?? denyUnlessWriter;
  return {
    name: intent.name,
    args: intent.args,
    reads: (args) => [{ entity: intent.entity, id: args.id }, ...(intent.extraReads?.(args) ?? [])],
    queries: (args) => intent.queries?.(args) ?? [],
    apply(args, read, ctx, list) {
      const denied = gate(ctx);
      if (denied) return denied;
      const found = findTarget(read, intent.entity, args.id);
      if (!found.ok) return found;
      const stale = checkExpected(intent.entity, found.value, args.expected);
      if (stale) return stale;
      return intent.decide(found.value, args, read, ctx, list);
    },
  };
}
