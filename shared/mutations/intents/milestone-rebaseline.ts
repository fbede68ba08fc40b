import type { z } from 'zod';
import { IsoDateSchema, titleText } from '../../schemas/common';
import type { MilestoneDateChange } from '../../schemas/plan';
import { appendDateChange, refuseAchieved } from '../entities/plan';
import { recordArgsSchema } from '../preconditions';
import { stampUpdated, withoutUndefined, writeRecord } from '../record-writes';
import { defineRecordIntent } from './define-record-intent';

export const MilestoneRebaselineArgsSchema = recordArgsSchema({
  /** The new baseline; by default the current forecast (the usual "accept the slip"). */
  baselineDate: IsoDateSchema.optional(),
  /** A rebaseline hides slip from the trend, so it always says why (e.g. the approved change request). */
  reason: titleText(2000),
});
export type MilestoneRebaselineArgs = z.infer<typeof MilestoneRebaselineArgsSchema>;

/** `milestone.rebaseline`: sets the baseline date and logs the move with its reason. */
export const milestoneRebaseline = defineRecordIntent<MilestoneRebaselineArgs>({
  name: 'milestone.rebaseline',
  args: MilestoneRebaselineArgsSchema,
  entity: 'milestone',
  decide(milestone, args, _read, ctx) {
    const refused = refuseAchieved(milestone);
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
});
