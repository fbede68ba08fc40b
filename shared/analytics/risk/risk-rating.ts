import { scoreRisk } from '../../risk-score';
import type { Risk } from '../../schemas/risk';

/** The rating fields of a risk. */
export type RiskRatings = Pick<Risk, 'probability' | 'impact' | 'residualProbability' | 'residualImpact'>;

/**
 * Which rating to read: `inherent` (before any response) or `residual` (after the planned
 * response). A risk with no residual rating yet reads its inherent one as residual: with no
 * response assessed, nothing has reduced it.
 */
export type RatingBasis = 'inherent' | 'residual';

/** Probability and impact of a risk on the given basis. */
export function ratingOf(risk: RiskRatings, basis: RatingBasis): { probability: number; impact: number } {
  if (basis === 'residual' && risk.residualProbability !== undefined && risk.residualImpact !== undefined) {
    return { probability: risk.residualProbability, impact: risk.residualImpact };
  }
  return { probability: risk.probability, impact: risk.impact };
}

/** P × I on the given basis (reuses scoreRisk). */
export function scoreOf(risk: RiskRatings, basis: RatingBasis): number {
  const { probability, impact } = ratingOf(risk, basis);
  return scoreRisk(probability, impact);
}

/**
 * The score the PMO judges a risk by today: residual when assessed, else inherent. Appetite,
 * escalation, top-N, the suggested RAG and every screen's score chip use it, so they never disagree.
 */
export function currentScore(risk: RiskRatings): number {
  return scoreOf(risk, 'residual');
}

/** The probability and impact behind `currentScore`, for a screen that shows them beside it. */
export function currentRating(risk: RiskRatings): { probability: number; impact: number } {
  return ratingOf(risk, 'residual');
}

/** Open and mitigating risks are live; closed and occurred ones are history (an occurred risk is now an issue). */
export function isOpenRisk(risk: Pick<Risk, 'status'>): boolean {
  return risk.status === 'open' || risk.status === 'mitigating';
}

/** A live threat (not an opportunity). */
export function isOpenThreat(risk: Pick<Risk, 'status' | 'kind'>): boolean {
  return risk.kind === 'threat' && isOpenRisk(risk);
}
