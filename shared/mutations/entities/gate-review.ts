import type { AnyRecord } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { refuse } from '../../result';
import { GateReviewFieldsSchema } from '../../schemas/gate-review';
import { termOrText } from '../entity-labels';
import { defineEntityMutators, type Refusal } from '../entity-mutators';

/** Decided gate reviews are the record that allowed (or stopped) a phase change. */
function refuseDecided(review: AnyRecord): Refusal {
  if (review.status !== 'decided') return undefined;
  return refuse(
    'immutable',
    messageRef('refusal.gate.decidedIsHistory', {
      id: review.id,
      decision: termOrText('term.gateDecision', review.decision),
    }),
  );
}

const criterionIds = (answers: unknown) =>
  ((answers as { criterionId: string }[] | undefined) ?? []).map((answer) => answer.criterionId).sort();

/**
 * `gateReview.*`. `gate.request` is the way to open one (it checks the template); a direct create
 * is for imports and may not carry a decision, which only `gate.decide` makes.
 */
export const gateReviewMutators = defineEntityMutators({
  entity: 'gateReview',
  fields: GateReviewFieldsSchema,
  references: [{ field: 'projectId', entity: 'project' }],
  fixedFields: ['projectId', 'fromPhaseId', 'toPhaseId', 'requestedBy', 'requestedAt'],
  intentFields: {
    status: 'gate.decide',
    decision: 'gate.decide',
    conditions: 'gate.decide',
    reason: 'gate.decide',
    decidedBy: 'gate.decide',
    decidedAt: 'gate.decide',
  },
  checkEditable: refuseDecided,
  checkUpdate({ current, next }) {
    for (const list of ['mustMeet', 'shouldMeet'] as const) {
      if (criterionIds(current[list]).join() !== criterionIds(next[list]).join())
        return refuse(
          'criteria_changed',
          messageRef('refusal.gate.criteriaChanged', { kind: messageRef(`term.criterion.${list}`, {}) }),
          { field: list },
        );
    }
    return undefined;
  },
});
