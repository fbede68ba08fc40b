import type { Risk } from '../../schemas/risk';
import { isOpenRisk, type RatingBasis, type RiskRatings, scoreOf } from './risk-rating';

/** What ranking needs of a risk. */
export type RiskForRanking = RiskRatings & Pick<Risk, 'id' | 'title' | 'kind' | 'status' | 'costImpact'>;

export interface TopRisksOptions {
  /** Rank by inherent or residual score; residual (the current score) by default. */
  basis?: RatingBasis;
  /** Only threats or only opportunities; both by default. */
  kind?: Risk['kind'];
  /** Rank closed and occurred risks too; only open and mitigating ones by default. */
  includeClosed?: boolean;
}

/**
 * The `count` highest-scoring risks, in `rankRisks` order; open and mitigating ones only unless
 * `includeClosed`.
 */
export function topRisks<R extends RiskForRanking>(
  risks: readonly R[],
  count: number,
  options: TopRisksOptions = {},
): R[] {
  const candidates = risks.filter(
    (risk) => (options.includeClosed || isOpenRisk(risk)) && (!options.kind || risk.kind === options.kind),
  );
  return rankRisks(candidates, options.basis).slice(0, Math.max(0, count));
}

/**
 * Every risk given, highest score first (the current score, residual when assessed, unless `basis`
 * says otherwise). Ties break by inherent score, then cost impact, then title, then id, so the order
 * is stable whatever the input order. The popup's risk list and `topRisks` both rank with it.
 */
export function rankRisks<R extends RiskForRanking>(risks: readonly R[], basis: RatingBasis = 'residual'): R[] {
  return risks
    .map((risk) => ({ risk, score: scoreOf(risk, basis), inherent: scoreOf(risk, 'inherent') }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.inherent - a.inherent ||
        (b.risk.costImpact ?? 0) - (a.risk.costImpact ?? 0) ||
        compareText(a.risk.title, b.risk.title) ||
        compareText(a.risk.id, b.risk.id),
    )
    .map((entry) => entry.risk);
}

// Plain code-unit order, not localeCompare: the same on every runtime and locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
