import type { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { listUnmetMustMeet } from '../../methodology/gate-criteria';
import { refuse } from '../../result';
import { longText } from '../../schemas/common';
import { GateDecisionSchema, type GateReviewFields } from '../../schemas/gate-review';
import { joinWithCommas, termOrText } from '../entity-labels';
import { recordArgsSchema } from '../preconditions';
import { collectWrites, putRecord, stampUpdated } from '../record-writes';
import { denyUnlessGovernor } from '../role-gates';
import { defineRecordIntent } from './define-record-intent';

export const GateDecideArgsSchema = recordArgsSchema({
  decision: GateDecisionSchema,
  conditions: longText(2000).optional(),
  /** Why; required for kill, hold and recycle (docs/domain.md "Gate decision"). */
  reason: longText(2000).optional(),
});
export type GateDecideArgs = z.infer<typeof GateDecideArgsSchema>;

/** The project a "go" moves, when it still stands in the phase the review approves a move from. */
function projectToMove(review: AnyRecord, projects: readonly AnyRecord[]): AnyRecord | undefined {
  const project = projects.find((each) => each.id === review.projectId);
  if (!project || project.currentPhaseId === review.toPhaseId) return undefined;
  // A review requested from another phase than the project's current one approves a move that no
  // longer exists (the project moved meanwhile, or switched template): the decision is recorded,
  // the project stays where it is, and project.changePhase refuses it for the same reason.
  return project.currentPhaseId === review.fromPhaseId ? project : undefined;
}

/**
 * `gate.decide`: the PMO's go / kill / hold / recycle on a requested gate review, with conditions and
 * a reason (required unless go). A "go" needs every must-meet criterion met, and moves the project
 * into the review's phase in the same mutation when it is still in the review's starting phase.
 */
export const gateDecide = defineRecordIntent<GateDecideArgs>({
  name: 'gate.decide',
  args: GateDecideArgsSchema,
  entity: 'gateReview',
  gate: (ctx) => denyUnlessGovernor(ctx, 'decideGate'),
  // The project's id is on the review, not in the args: list the projects to find it.
  queries: () => [{ entity: 'project' }],
  decide(review, args, _read, ctx, list) {
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
    const reason = args.reason?.trim() ? args.reason : undefined;
    if (args.decision !== 'go' && !reason)
      return refuse(
        'gate_reason_required',
        messageRef('refusal.gate.reasonRequired', { decision: termOrText('term.gateDecision', args.decision) }),
        { field: 'reason' },
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
    const decided = putRecord(
      'gateReview',
      stampUpdated(
        review,
        {
          status: 'decided',
          decision: args.decision,
          conditions: args.conditions,
          reason,
          decidedBy: ctx.actorId,
          decidedAt: ctx.now,
        },
        ctx,
      ),
    );
    const project = args.decision === 'go' ? projectToMove(review, list({ entity: 'project' })) : undefined;
    if (!project) return collectWrites([decided]);
    return collectWrites([
      decided,
      putRecord('project', stampUpdated(project, { currentPhaseId: review.toPhaseId }, ctx)),
    ]);
  },
});
