import { describe, expect, it } from 'vitest';
import { bandOfScore, scoreRisk } from '../../shared';

describe('risk score on the 5×5 matrix', () => {
  it('is probability × impact', () => {
    expect(scoreRisk(4, 5)).toBe(20);
    expect(scoreRisk(1, 1)).toBe(1);
  });

  it('bands scores into the usual four colours', () => {
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(bandOfScore)).toEqual([
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
});
