import type { WorkspaceSettingsFields } from './schemas/workspace-settings';

/** Risk score on the P × I matrix (docs/domain.md "Risk score, exposure and EMV"). */
export function scoreRisk(probability: number, impact: number): number {
  return probability * impact;
}

export type RiskBand = 'low' | 'medium' | 'high' | 'critical';

/** What banding reads of the workspace's risk matrix (settings `riskMatrix`): its size, N ratings a side. */
export type RiskMatrixSize = Pick<WorkspaceSettingsFields['riskMatrix'], 'size'>;

/** Lowest score of each band above `low`. */
export interface RiskBandThresholds {
  medium: number;
  high: number;
  critical: number;
}

// The size of the default matrix in workspace-settings.ts, written out so this module stays free of
// zod for the capture card's bundle; test/shared/risk-score.test.ts keeps the two equal.
const defaultMatrixSize = 5;

/**
 * Where the bands start on an N × N matrix (the default 5×5 without one): medium from a fifth of the
 * top score N², high from two fifths, critical from three fifths, each rounded up to a whole score.
 * On 5×5 that is 5, 10 and 15, the usual green/yellow/orange/red cells; on 3×3 it is 2, 4 and 6.
 */
export function bandThresholdsOf(matrix?: RiskMatrixSize | null): RiskBandThresholds {
  const topScore = (matrix?.size ?? defaultMatrixSize) ** 2;
  // Integer numerator first: 25 × 3 / 5 is exactly 15, where 25 × 0.6 need not be.
  const fromFifths = (fifths: number) => Math.ceil((topScore * fifths) / 5);
  return { medium: fromFifths(1), high: fromFifths(2), critical: fromFifths(3) };
}

/**
 * Band of a score on the workspace's risk matrix (`settings.riskMatrix`), or on the default 5×5
 * when none is given. Every screen colours a score with this, so a chip means the same everywhere.
 */
export function bandOfScore(score: number, matrix?: RiskMatrixSize | null): RiskBand {
  const thresholds = bandThresholdsOf(matrix);
  if (score >= thresholds.critical) return 'critical';
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium) return 'medium';
  return 'low';
}
