import type { z } from 'zod';
import { messageRef } from '../../i18n/message-ref';
import { listUnmetMustMeet } from '../../methodology/gate-criteria';
import { refuse } from '../../result';
import { longText } from '../../schemas/common';
import { GateDecisionSchema, type GateReviewFields } from '../../schemas/gate-review';
import { joinWithCommas, termOrText } from '../entity-labels';
import { recordArgsSchema } from '../preconditions';
import { stampUpdated, writeRecord } from '../record-writes';
import { denyUnlessGovernor } from '../role-gates';
import { defineRecordIntent } from './define-record-intent';

export const GateDecideArgsSchema = recordArgsSchema({
  decision: GateDecisionSchema,
  conditions: longText(2000).optional(),
});
export type GateDecideArgs = z.infer<typeof GateDecideArgsSchema>;

/**
 * `gate.decide`: the PMO's go / kill / hold / recycle on a requested gate review. A "go" needs
 * every must-meet criterion met; it is what lets `project.changePhase` move the project.
 */
export const gateDecide = defineRecordIntent<GateDecideArgs>({
  name: 'gate.decide',
  args: GateDecideArgsSchema,
  entity: 'gateReview',
  gate: (ctx) => denyUnlessGovernor(ctx, 'decideGate'),
  decide(review, args, _read, ctx) {
    if (review.status !== 'requested')
      return refuse(
        'gate_already_decided',
        messageRef('refusal.gate.alreadyDecided', {
          id: review.id,
          decision: termOrText('term.gateDecision', review.decision),
          decidedBy: String(review.decidedBy),
        }),
        { decision: review.decision },
      );
    const unmet = listUnmetMustMeet(review.mustMeet as GateReviewFields['mustMeet']);
    if (args.decision === 'go' && unmet.length > 0) {
      const criteria = joinWithCommas(
        unmet.map((criterion) => messageRef('term.quotedAsTyped', { text: criterion.text ?? criterion.criterionId })),
      );
      return refuse('gate_criteria_unmet', messageRef('refusal.gate.criteriaUnmet', { criteria }), {
        criterionIds: unmet.map((criterion) => criterion.criterionId),
      });
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
});
