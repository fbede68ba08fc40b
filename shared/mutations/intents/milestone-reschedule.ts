import { z } from 'zod';
import { IdSchema, IsoDateSchema, longText } from '../../schemas/common';
import type { MilestoneDateChange } from '../../schemas/plan';
import { appendDateChange, refuseAchieved } from '../entities/plan';
import { checkExpected, ExpectedSchema, findTarget } from '../preconditions';
import { stampUpdated, withoutUndefined, writeRecord } from '../record-writes';
import { denyUnlessWriter } from '../role-gates';
import type { Mutator } from '../types';

export const MilestoneRescheduleArgsSchema = z.object({
  id: IdSchema,
  forecastDate: IsoDateSchema,
  reason: longText(2000).optional(),
  expected: ExpectedSchema.optional(),
});
export type MilestoneRescheduleArgs = z.infer<typeof MilestoneRescheduleArgsSchema>;

/**
 * `milestone.reschedule`: moves the forecast and logs the move (from, to, why, who, when) in the
 * milestone's date trail, the raw material of milestone trend analysis. The baseline stays put.
 */
export const milestoneReschedule: Mutator<MilestoneRescheduleArgs> = {
  name: 'milestone.reschedule',
  args: MilestoneRescheduleArgsSchema,
  reads: (args) => [{ entity: 'milestone', id: args.id }],
  apply(args, read, ctx) {
    const denied = denyUnlessWriter(ctx);
    if (denied) return denied;
    const found = findTarget(read, 'milestone', args.id);
    if (!found.ok) return found;
    const milestone = found.value;
    const refused = checkExpected('milestone', milestone, args.expected) ?? refuseAchieved(milestone, 'move');
    if (refused) return refused;
    const move: MilestoneDateChange = withoutUndefined({
      kind: 'forecast' as const,
      from: milestone.forecastDate as string,
      to: args.forecastDate,
      reason: args.reason,
      at: ctx.now,
      by: ctx.actorId,
    });
    return writeRecord(
      'milestone',
      stampUpdated(milestone, { forecastDate: args.forecastDate, dateChanges: appendDateChange(milestone, move) }, ctx),
    );
  },
};
