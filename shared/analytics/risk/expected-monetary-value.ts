import type { Risk } from '../../schemas/risk';
import { probabilityShare } from './probability-share';
import { isOpenRisk, type RatingBasis, type RiskRatings, ratingOf } from './risk-rating';

/** What EMV needs of a risk. */
export type RiskForEmv = RiskRatings & Pick<Risk, 'kind' | 'status' | 'costImpact'>;

/**
 * Expected monetary value (PMBOK): probability share × cost impact, signed the PMBOK way — a
 * threat is a negative amount, an opportunity a positive one.
 */
export function expectedMonetaryValue(share: number, costImpact: number, kind: Risk['kind']): number {
  const value = share * costImpact;
  return kind === 'opportunity' ? value : -value;
}

/** EMV of a risk from its probability rating (see probabilityShare); undefined without a cost impact. */
export function emvOfRisk(risk: RiskForEmv, matrixSize: number, basis: RatingBasis = 'residual'): number | undefined {
  if (risk.costImpact === undefined) return undefined;
  const share = probabilityShare(ratingOf(risk, basis).probability, matrixSize);
  return expectedMonetaryValue(share, risk.costImpact, risk.kind);
}

/** Money at stake in a project's open risks. */
export interface RiskExposure {
  /** Σ |EMV| of open threats: the contingency the threats call for (a positive amount). */
  exposure: number;
  /** Σ EMV of open opportunities (positive). */
  opportunityValue: number;
  /** Σ EMV of all open risks: opportunityValue − exposure. */
  netEmv: number;
  /** Open threats with no cost impact, so missing from `exposure`. */
  threatsWithoutCostImpact: number;
}

/**
 * Exposure of a project (docs/domain.md "Risk score, exposure and EMV"): Σ EMV of its open threats (status open or
 * mitigating), on the residual basis by default. Pass the project's risks only.
 */
export function summarizeRiskExposure(
  risks: readonly RiskForEmv[],
  matrixSize: number,
  basis: RatingBasis = 'residual',
): RiskExposure {
  let threatEmv = 0;
  let opportunityValue = 0;
  let threatsWithoutCostImpact = 0;
  for (const risk of risks) {
    if (!isOpenRisk(risk)) continue;
    const emv = emvOfRisk(risk, matrixSize, basis);
    if (emv === undefined) {
      if (risk.kind === 'threat') threatsWithoutCostImpact++;
    } else if (risk.kind === 'threat') threatEmv += emv;
    else opportunityValue += emv;
  }
  return { exposure: -threatEmv, opportunityValue, netEmv: threatEmv + opportunityValue, threatsWithoutCostImpact };
}

/** Σ |EMV| of a project's open threats: its risk exposure as a positive amount. */
export function projectExposure(risks: readonly RiskForEmv[], matrixSize: number): number {
  return summarizeRiskExposure(risks, matrixSize).exposure;
}
