import type { z } from 'zod';
import { IsoDateSchema, longText } from '../../schemas/common';
import type { MilestoneDateChange } from '../../schemas/plan';
import { appendDateChange, refuseAchieved } from '../entities/plan';
import { recordArgsSchema } from '../preconditions';
import { stampUpdated, withoutUndefined, writeRecord } from '../record-writes';
import { defineRecordIntent } from './define-record-intent';

export const MilestoneRescheduleArgsSchema = recordArgsSchema({
  forecastDate: IsoDateSchema,
  reason: longText(2000).optional(),
});
export type MilestoneRescheduleArgs = z.infer<typeof MilestoneRescheduleArgsSchema>;

/**
 * `milestone.reschedule`: moves the forecast and logs the move (from, to, why, who, when) in the
 * milestone's date trail, the raw material of milestone trend analysis. The baseline stays put.
 */
export const milestoneReschedule = defineRecordIntent<MilestoneRescheduleArgs>({
  name: 'milestone.reschedule',
  args: MilestoneRescheduleArgsSchema,
  entity: 'milestone',
  decide(milestone, args, _read, ctx) {
    const refused = refuseAchieved(milestone);
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
});
