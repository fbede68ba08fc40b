import type { Risk } from '../../schemas/risk';
import { currentScore, isOpenThreat, type RiskRatings } from './risk-rating';

/** What escalation needs of a risk. */
export type RiskForEscalation = RiskRatings & Pick<Risk, 'kind' | 'status' | 'responseStrategy' | 'escalatedAt'>;

// "accept" is a response, but not an active one: an accepted threat above appetite still needs a decision.
const activeResponses = new Set(['avoid', 'mitigate', 'transfer', 'escalate', 'exploit', 'enhance', 'share']);

/** A response is under way: the risk is being mitigated, or an active strategy (not "accept") is chosen. */
export function hasActiveResponse(risk: Pick<Risk, 'status' | 'responseStrategy'>): boolean {
  return (
    risk.status === 'mitigating' || (risk.responseStrategy !== undefined && activeResponses.has(risk.responseStrategy))
  );
}

/** Current score (residual when assessed, else inherent) strictly above the workspace appetite. */
export function isAboveAppetite(risk: RiskRatings, appetite: number): boolean {
  return currentScore(risk) > appetite;
}

/** An open threat above appetite that nobody has escalated yet (escalatedAt unset). */
export function needsEscalation(risk: RiskForEscalation, appetite: number): boolean {
  return isOpenThreat(risk) && isAboveAppetite(risk, appetite) && risk.escalatedAt === undefined;
}

/** The risks that must be escalated now, in input order. */
export function findRisksNeedingEscalation<R extends RiskForEscalation>(risks: readonly R[], appetite: number): R[] {
  return risks.filter((risk) => needsEscalation(risk, appetite));
}
