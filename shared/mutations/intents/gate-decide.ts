import { z } from 'zod';
import { fail } from '../../result';
import { IdSchema, longText } from '../../schemas/common';
import { GateDecisionSchema, type GateReviewFields } from '../../schemas/gate-review';
import { checkExpected, ExpectedSchema, findTarget } from '../preconditions';
import { stampUpdated, writeRecord } from '../record-writes';
import { denyUnlessGovernor } from '../role-gates';
import type { Mutator } from '../types';

export const GateDecideArgsSchema = z.object({
  id: IdSchema,
  decision: GateDecisionSchema,
  conditions: longText(2000).optional(),
  expected: ExpectedSchema.optional(),
});
export type GateDecideArgs = z.infer<typeof GateDecideArgsSchema>;

/**
 * `gate.decide`: the PMO's go / kill / hold / recycle on a requested gate review. A "go" needs
 * every must-meet criterion met; it is what lets `project.changePhase` move the project.
 */
export const gateDecide: Mutator<GateDecideArgs> = {
  name: 'gate.decide',
  args: GateDecideArgsSchema,
  reads: (args) => [{ entity: 'gateReview', id: args.id }],
  apply(args, read, ctx) {
    const denied = denyUnlessGovernor(ctx, 'decide a gate');
    if (denied) return denied;
    const found = findTarget(read, 'gateReview', args.id);
    if (!found.ok) return found;
    const review = found.value;
    const stale = checkExpected('gateReview', review, args.expected);
    if (stale) return stale;
    if (review.status !== 'requested')
      return fail(
        'gate_already_decided',
        `Gate review ${review.id} was already decided (${String(review.decision)}) by ${String(review.decidedBy)}; request a new gate review to revisit it.`,
        { decision: review.decision },
      );
    const unmet = (review.mustMeet as GateReviewFields['mustMeet']).filter((criterion) => !criterion.met);
    if (args.decision === 'go' && unmet.length > 0) {
      const names = unmet.map((criterion) => `"${criterion.text ?? criterion.criterionId}"`).join(', ');
      return fail(
        'gate_criteria_unmet',
        `A "go" needs every must-meet criterion met; not met: ${names}. Decide hold or recycle, or record the evidence that they are met first.`,
        { criterionIds: unmet.map((criterion) => criterion.criterionId) },
      );
    }
    return writeRecord(
      'gateReview',
      stampUpdated(
        review,
        {
          status: 'decided',
          decision: args.decision,
          conditions: args.conditions,
          decidedBy: ctx.actorId,
          decidedAt: ctx.now,
        },
        ctx,
      ),
    );
  },
};
