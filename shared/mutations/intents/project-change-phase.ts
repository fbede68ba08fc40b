import { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { fail, type Result } from '../../result';
import { IdSchema } from '../../schemas/common';
import { checkExpected, ExpectedSchema, findTarget } from '../preconditions';
import { stampUpdated, writeRecord } from '../record-writes';
import { denyUnlessWriter } from '../role-gates';
import type { Mutator } from '../types';

export const ProjectChangePhaseArgsSchema = z.object({
  id: IdSchema,
  toPhaseId: IdSchema,
  /** The gate review that approved this move with a "go". */
  gateReviewId: IdSchema,
  expected: ExpectedSchema.optional(),
});
export type ProjectChangePhaseArgs = z.infer<typeof ProjectChangePhaseArgsSchema>;

const requestAndPass = 'request the gate into that phase ("gate.request") and pass it with a "go" first.';

/** Why a gate review does not approve this move, if it does not. */
function refuseUnapprovedGate(
  project: AnyRecord,
  review: AnyRecord | undefined,
  args: ProjectChangePhaseArgs,
): Result<never> | undefined {
  const refuse = (why: string) =>
    fail('gate_not_approved', `${why}; ${requestAndPass}`, { gateReviewId: args.gateReviewId });
  if (!review) return refuse(`Gate review ${args.gateReviewId} does not exist`);
  if (review.projectId !== project.id) return refuse(`Gate review ${args.gateReviewId} belongs to another project`);
  if (review.toPhaseId !== args.toPhaseId) return refuse(`Gate review ${args.gateReviewId} is for another phase`);
  if (review.status !== 'decided') return refuse(`Gate review ${args.gateReviewId} is still waiting for a decision`);
  if (review.decision !== 'go')
    return refuse(`Gate review ${args.gateReviewId} was decided "${String(review.decision)}", not "go"`);
  // An approval is for a move from one phase; once the project has moved on it cannot be reused.
  if (review.fromPhaseId !== project.currentPhaseId)
    return refuse(`Gate review ${args.gateReviewId} approved a move from another phase than the current one`);
  return undefined;
}

/** `project.changePhase`: moves a project into the phase a "go" gate review approved. */
export const projectChangePhase: Mutator<ProjectChangePhaseArgs> = {
  name: 'project.changePhase',
  args: ProjectChangePhaseArgsSchema,
  reads: (args) => [
    { entity: 'project', id: args.id },
    { entity: 'gateReview', id: args.gateReviewId },
  ],
  apply(args, read, ctx) {
    const denied = denyUnlessWriter(ctx);
    if (denied) return denied;
    const found = findTarget(read, 'project', args.id);
    if (!found.ok) return found;
    const project = found.value;
    const stale = checkExpected('project', project, args.expected);
    if (stale) return stale;
    if (project.currentPhaseId === args.toPhaseId)
      return fail('already_in_phase', `Project ${String(project.code)} is already in this phase; nothing was changed.`);
    const refused = refuseUnapprovedGate(project, read('gateReview', args.gateReviewId), args);
    if (refused) return refused;
    return writeRecord('project', stampUpdated(project, { currentPhaseId: args.toPhaseId }, ctx));
  },
};
