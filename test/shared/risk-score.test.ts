import { describe, expect, it } from 'vitest';
import { bandOfScore, bandThresholdsOf, defaultWorkspaceSettings, scoreRisk } from '../../shared';

describe('risk score on the 5×5 matrix', () => {
  it('is probability × impact', () => {
    expect(scoreRisk(4, 5)).toBe(20);
    expect(scoreRisk(1, 1)).toBe(1);
  });

  it('bands scores into the usual four colours', () => {
    expect([1, 4, 5, 9, 10, 14, 15, 25].map((score) => bandOfScore(score))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it("bands on a workspace's default matrix exactly as without one", () => {
    const matrix = defaultWorkspaceSettings.riskMatrix;
    expect(bandThresholdsOf(matrix)).toEqual({ medium: 5, high: 10, critical: 15 });
    expect(bandThresholdsOf()).toEqual(bandThresholdsOf(matrix));
    expect(bandThresholdsOf(null)).toEqual(bandThresholdsOf(matrix));
    for (let score = 1; score <= 25; score++) expect(bandOfScore(score, matrix)).toBe(bandOfScore(score));
  });
});

describe('risk bands on a custom matrix', () => {
  it('scales the bands to the matrix: a fifth, two and three fifths of its top score, rounded up', () => {
    expect(bandThresholdsOf({ size: 3 })).toEqual({ medium: 2, high: 4, critical: 6 });
    expect(bandThresholdsOf({ size: 4 })).toEqual({ medium: 4, high: 7, critical: 10 });
    expect(bandThresholdsOf({ size: 10 })).toEqual({ medium: 20, high: 40, critical: 60 });
  });

  it('bands every score of a 3×3 matrix from its own thresholds', () => {
    expect([1, 2, 3, 4, 6, 9].map((score) => bandOfScore(score, { size: 3 }))).toEqual([
      'low',
      'medium',
      'medium',
      'high',
      'critical',
      'critical',
    ]);
  });

  it('reads the same score differently on a larger matrix: 15 is critical on 5×5, medium on 7×7', () => {
    expect(bandOfScore(15)).toBe('critical');
    expect(bandOfScore(15, { size: 7 })).toBe('medium');
    expect(bandThresholdsOf({ size: 7 })).toEqual({ medium: 10, high: 20, critical: 30 });
  });
});
