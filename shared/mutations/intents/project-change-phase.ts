import type { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { type MessageRef, messageRef } from '../../i18n/message-ref';
import { type Result, refuse } from '../../result';
import { IdSchema } from '../../schemas/common';
import { termOrText } from '../entity-labels';
import { recordArgsSchema } from '../preconditions';
import { stampUpdated, writeRecord } from '../record-writes';
import { defineRecordIntent } from './define-record-intent';

export const ProjectChangePhaseArgsSchema = recordArgsSchema({
  toPhaseId: IdSchema,
  /** The gate review that approved this move with a "go". */
  gateReviewId: IdSchema,
});
export type ProjectChangePhaseArgs = z.infer<typeof ProjectChangePhaseArgsSchema>;

/** Why a gate review does not approve this move, if it does not. */
function refuseUnapprovedGate(
  project: AnyRecord,
  review: AnyRecord | undefined,
  args: ProjectChangePhaseArgs,
): Result<never> | undefined {
  const { gateReviewId } = args;
  const refuseFor = (why: MessageRef) =>
    refuse('gate_not_approved', messageRef('refusal.phase.gateNotApproved', { why }), { gateReviewId });
  if (!review) return refuseFor(messageRef('refusal.phase.gateMissing', { gateReviewId }));
  if (review.projectId !== project.id)
    return refuseFor(messageRef('refusal.phase.gateOfOtherProject', { gateReviewId }));
  if (review.toPhaseId !== args.toPhaseId)
    return refuseFor(messageRef('refusal.phase.gateForOtherPhase', { gateReviewId }));
  if (review.status !== 'decided') return refuseFor(messageRef('refusal.phase.gateUndecided', { gateReviewId }));
  if (review.decision !== 'go')
    return refuseFor(
      messageRef('refusal.phase.gateNotGo', {
        gateReviewId,
        decision: termOrText('term.gateDecision', review.decision),
      }),
    );
  // An approval is for a move from one phase; once the project has moved on it cannot be reused.
  if (review.fromPhaseId !== project.currentPhaseId)
    return refuseFor(messageRef('refusal.phase.gateFromOtherPhase', { gateReviewId }));
  return undefined;
}

/** `project.changePhase`: moves a project into the phase a "go" gate review approved. */
export const projectChangePhase = defineRecordIntent<ProjectChangePhaseArgs>({
  name: 'project.changePhase',
  args: ProjectChangePhaseArgsSchema,
  entity: 'project',
  extraReads: (args) => [{ entity: 'gateReview', id: args.gateReviewId }],
  decide(project, args, read, ctx) {
    if (project.currentPhaseId === args.toPhaseId)
      return refuse('already_in_phase', messageRef('refusal.phase.alreadyIn', { code: String(project.code) }));
    const refused = refuseUnapprovedGate(project, read('gateReview', args.gateReviewId), args);
    if (refused) return refused;
    return writeRecord('project', stampUpdated(project, { currentPhaseId: args.toPhaseId }, ctx));
  },
});
