import { z } from 'zod';
import { IdSchema, IsoDateSchema, titleText } from '../../schemas/common';
import type { MilestoneDateChange } from '../../schemas/plan';
import { appendDateChange, refuseAchieved } from '../entities/plan';
import { checkExpected, ExpectedSchema, findTarget } from '../preconditions';
import { stampUpdated, withoutUndefined, writeRecord } from '../record-writes';
import { denyUnlessWriter } from '../role-gates';
import type { Mutator } from '../types';

export const MilestoneRebaselineArgsSchema = z.object({
  id: IdSchema,
  /** The new baseline; by default the current forecast (the usual "accept the slip"). */
  baselineDate: IsoDateSchema.optional(),
  /** A rebaseline hides slip from the trend, so it always says why (e.g. the approved change request). */
  reason: titleText(2000),
  expected: ExpectedSchema.optional(),
});
export type MilestoneRebaselineArgs = z.infer<typeof MilestoneRebaselineArgsSchema>;

/** `milestone.rebaseline`: sets the baseline date and logs the move with its reason. */
export const milestoneRebaseline: Mutator<MilestoneRebaselineArgs> = {
  name: 'milestone.rebaseline',
  args: MilestoneRebaselineArgsSchema,
  reads: (args) => [{ entity: 'milestone', id: args.id }],
  apply(args, read, ctx) {
    const denied = denyUnlessWriter(ctx);
    if (denied) return denied;
    const found = findTarget(read, 'milestone', args.id);
    if (!found.ok) return found;
    const milestone = found.value;
    const refused = checkExpected('milestone', milestone, args.expected) ?? refuseAchieved(milestone, 'move');
    if (refused) return refused;
    const baselineDate = args.baselineDate ?? (milestone.forecastDate as string);
    const move: MilestoneDateChange = withoutUndefined({
      kind: 'baseline' as const,
      from: milestone.baselineDate as string | undefined,
      to: baselineDate,
      reason: args.reason,
      at: ctx.now,
      by: ctx.actorId,
    });
    return writeRecord(
      'milestone',
      stampUpdated(milestone, { baselineDate, dateChanges: appendDateChange(milestone, move) }, ctx),
    );
  },
};
