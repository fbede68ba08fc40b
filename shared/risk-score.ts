/** Risk score on the P × I matrix (DOMAIN.md "Risk"). */
export function scoreRisk(probability: number, impact: number): number {
  return probability * impact;
}

export type RiskBand = 'low' | 'medium' | 'high' | 'critical';

/**
 * Band of a score on the default 5×5 matrix: the usual green/yellow/orange/red cells.
 * Thresholds become workspace settings with the domain core.
 */
export function bandOfScore(score: number): RiskBand {
  if (score >= 15) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}
