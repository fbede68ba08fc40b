import type { Risk } from '../../schemas/risk';
import { isOpenRisk, type RatingBasis, type RiskRatings, ratingOf } from './risk-rating';

/** What the heat map needs of a risk. */
export type RiskForHeatMap = RiskRatings & Pick<Risk, 'id' | 'kind' | 'status'>;

/** Risks counted per cell of the P × I matrix. */
export interface HeatMap {
  size: number;
  basis: RatingBasis;
  /** counts[probability − 1][impact − 1]. */
  counts: number[][];
  /** The ids behind each count, same indexing, in input order. */
  riskIds: string[][][];
  /** Risks placed on the map. */
  total: number;
  /** Risks whose rating does not fit the matrix (e.g. a 5 after the matrix shrank to 3×3). */
  outsideMatrix: string[];
}

export interface HeatMapOptions {
  /** Only threats or only opportunities; both by default. */
  kind?: Risk['kind'];
  /** Count closed and occurred risks too; only open and mitigating ones by default. */
  includeClosed?: boolean;
}

/** Heat map of risks on a matrix of `matrixSize` (docs/domain.md "Heat map"). */
export function buildHeatMap(
  risks: readonly RiskForHeatMap[],
  matrixSize: number,
  basis: RatingBasis,
  options: HeatMapOptions = {},
): HeatMap {
  const counts = Array.from({ length: matrixSize }, () => Array.from({ length: matrixSize }, () => 0));
  const riskIds = Array.from({ length: matrixSize }, () => Array.from({ length: matrixSize }, (): string[] => []));
  const outsideMatrix: string[] = [];
  let total = 0;
  for (const risk of risks) {
    if (options.kind !== undefined && risk.kind !== options.kind) continue;
    if (!options.includeClosed && !isOpenRisk(risk)) continue;
    const { probability, impact } = ratingOf(risk, basis);
    if (probability < 1 || impact < 1 || probability > matrixSize || impact > matrixSize) {
      outsideMatrix.push(risk.id);
      continue;
    }
    counts[probability - 1][impact - 1]++;
    riskIds[probability - 1][impact - 1].push(risk.id);
    total++;
  }
  return { size: matrixSize, basis, counts, riskIds, total, outsideMatrix };
}
