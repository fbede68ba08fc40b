import { describe, expect, it } from 'vitest';
import { computeWeightedGateScore } from '../../../shared/methodology';
import type { Gate } from '../../../shared/schemas/methodology';

const gate: Gate = {
  name: 'Gate 2',
  mustMeet: [],
  shouldMeet: [
    { id: 'a', text: 'Risks above appetite have a response', weight: 3 },
    { id: 'b', text: 'Quality criteria defined', weight: 2 },
    { id: 'c', text: 'Communication plan agreed', weight: 1 },
  ],
  passScore: 3,
};

describe('computeWeightedGateScore', () => {
  it('is Σ(weight × score) / Σ(weight), compared with the pass score', () => {
    const result = computeWeightedGateScore(gate, [
      { criterionId: 'a', score: 4 },
      { criterionId: 'b', score: 2 },
      { criterionId: 'c', score: 5 },
    ]);
    // (3×4 + 2×2 + 1×5) / 6 = 21 / 6 = 3.5
    expect(result.score).toBeCloseTo(3.5, 10);
    expect(result).toMatchObject({ passScore: 3, isPassing: true, scored: 3, total: 3, totalWeight: 6 });
  });

  it('counts an unscored criterion as 0 and ignores answers to criteria the gate does not have', () => {
    const result = computeWeightedGateScore(gate, [
      { criterionId: 'a', score: 5 },
      { criterionId: 'zz', score: 5 },
    ]);
    // 3×5 / 6 = 2.5
    expect(result.score).toBeCloseTo(2.5, 10);
    expect(result).toMatchObject({ isPassing: false, scored: 1, total: 3 });
  });

  it('passes exactly at the pass score', () => {
    const result = computeWeightedGateScore(gate, [
      { criterionId: 'a', score: 3 },
      { criterionId: 'b', score: 3 },
      { criterionId: 'c', score: 3 },
    ]);
    expect(result.isPassing).toBe(true);
  });

  it('has no score when the gate has no weighted criterion', () => {
    expect(computeWeightedGateScore({ ...gate, shouldMeet: [] }, [])).toMatchObject({ score: null, isPassing: null });
    expect(computeWeightedGateScore(undefined, [])).toMatchObject({ score: null, passScore: 3, total: 0 });
  });
});
