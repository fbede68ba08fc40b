import type { Gate } from '../schemas/methodology';
import type { ShouldMeetAnswer } from './gate-criteria';

/** The weighted should-meet score of a gate against its pass score. */
export interface WeightedGateScore {
  /** Σ(weight × score) / Σ(weight) over the gate's should-meet criteria, 0–5; null when no criterion has weight. */
  score: number | null;
  passScore: number;
  /** Whether `score` reaches `passScore`; null when the score is unknown. */
  isPassing: boolean | null;
  /** Criteria with a score given, and criteria in the gate. */
  scored: number;
  total: number;
  totalWeight: number;
}

/**
 * The weighted score of the should-meet criteria (Cooper's Stage-Gate scorecard): each criterion's
 * 0–5 score times its weight, over the sum of the weights. A criterion not scored counts 0, as an
 * unanswered must-meet criterion counts as not met; answers to criteria the gate does not have are
 * ignored. A "go" is bound only by the must-meet criteria: the score informs the decision.
 */
export function computeWeightedGateScore(
  gate: Gate | undefined,
  answers: readonly Pick<ShouldMeetAnswer, 'criterionId' | 'score'>[],
): WeightedGateScore {
  const criteria = gate?.shouldMeet ?? [];
  const passScore = gate?.passScore ?? 3;
  let weighted = 0;
  let totalWeight = 0;
  let scored = 0;
  for (const criterion of criteria) {
    const answer = answers.find((each) => each.criterionId === criterion.id);
    if (answer) scored += 1;
    weighted += criterion.weight * (answer?.score ?? 0);
    totalWeight += criterion.weight;
  }
  const score = totalWeight > 0 ? weighted / totalWeight : null;
  return {
    score,
    passScore,
    isPassing: score === null ? null : score >= passScore - 1e-9,
    scored,
    total: criteria.length,
    totalWeight,
  };
}
