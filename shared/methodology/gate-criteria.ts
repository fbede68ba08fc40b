import type { GateReviewFields } from '../schemas/gate-review';
import type { Gate } from '../schemas/methodology';

/** One must-meet criterion answered: met or not, with its wording and the evidence given. */
export type MustMeetAnswer = GateReviewFields['mustMeet'][number];
/** One should-meet criterion scored 0–5. */
export type ShouldMeetAnswer = GateReviewFields['shouldMeet'][number];

/**
 * Every must-meet criterion of `gate`, in the template's order, with the answer given for it and its
 * wording from the template; an unanswered criterion counts as not met (docs/domain.md "Gate flow").
 */
export function answerMustMeet(
  gate: Gate | undefined,
  given: readonly Omit<MustMeetAnswer, 'text'>[],
): MustMeetAnswer[] {
  return (gate?.mustMeet ?? []).map((criterion) => {
    const answer = given.find((each) => each.criterionId === criterion.id);
    return { ...(answer ?? { met: false }), criterionId: criterion.id, text: criterion.text };
  });
}

/**
 * The must-meet answers that are not met, in their order: what stops a gate being requested
 * (`gate.request`) or passed with a "go" (`gate.decide`), and what a screen names before the click.
 */
export function listUnmetMustMeet<A extends Pick<MustMeetAnswer, 'met'>>(answers: readonly A[]): A[] {
  return answers.filter((answer) => !answer.met);
}
