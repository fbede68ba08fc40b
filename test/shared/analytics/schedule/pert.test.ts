import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzePertNetwork,
  combinePath,
  type DurationDistribution,
  erf,
  estimatePert,
  normalCdf,
  pertErrorCodes,
  probabilityOfFinishingBy,
  type ThreePointEstimate,
} from '../../../../shared/analytics/schedule';

function estimate(optimistic: number, mostLikely: number, pessimistic: number): DurationDistribution {
  const result = estimatePert({ optimistic, mostLikely, pessimistic });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('PERT against published worked examples', () => {
  // cbom.atozmath.com "PERT-CPM example 1.3": te = (to + 4tm + tp)/6, σ² = ((tp − to)/6)², project 17.
  const atozmath: Record<string, [ThreePointEstimate, string[]]> = {
    A: [{ optimistic: 1, mostLikely: 1, pessimistic: 7 }, []],
    B: [{ optimistic: 1, mostLikely: 4, pessimistic: 7 }, []],
    C: [{ optimistic: 2, mostLikely: 2, pessimistic: 8 }, []],
    D: [{ optimistic: 1, mostLikely: 1, pessimistic: 1 }, ['A']],
    E: [{ optimistic: 2, mostLikely: 5, pessimistic: 14 }, ['B']],
    F: [{ optimistic: 2, mostLikely: 5, pessimistic: 8 }, ['C']],
    G: [{ optimistic: 3, mostLikely: 6, pessimistic: 15 }, ['D', 'E']],
  };

  it('AtoZmath PERT example 1.3: expected times 2, 4, 3, 1, 6, 5, 7 and variances 1, 1, 1, 0, 4, 1, 4', () => {
    const table = Object.values(atozmath).map(([three]) => {
      const { mean, variance } = estimate(three.optimistic, three.mostLikely, three.pessimistic);
      return [mean, variance];
    });
    expect(table).toEqual([
      [2, 1],
      [4, 1],
      [3, 1],
      [1, 0],
      [6, 4],
      [5, 1],
      [7, 4],
    ]);
  });

  it('AtoZmath PERT example 1.3: critical path B–E–G of 17 days, variance 9 (σ = 3)', () => {
    const result = analyzePertNetwork(
      Object.entries(atozmath).map(([id, [three, predecessors]]) => ({
        id,
        estimate: three,
        predecessors: predecessors.map((predecessorId) => ({ predecessorId })),
      })),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.criticalPath).toEqual(['B', 'E', 'G']);
    expect(result.value.duration).toEqual({ mean: 17, variance: 9, standardDeviation: 3 });
    const floats = Object.fromEntries(result.value.schedule.tasks.map((task) => [task.id, task.totalFloat]));
    expect(floats).toEqual({ A: 7, B: 0, C: 9, D: 7, E: 0, F: 9, G: 0 });
  });

  // Scribd "Program Evaluation and Review Technique" notes: te = 36, σ = √(4 + 16 + 4 + 1) = 5, Z = 1.
  it('Scribd PERT notes example: critical path of 36 days with σ = 5 finishes within 41 days with probability 0.8413', () => {
    const path: DurationDistribution = { mean: 36, variance: 25, standardDeviation: 5 };
    expect(
      combinePath([
        { mean: 7, variance: 4, standardDeviation: 2 },
        { mean: 14, variance: 16, standardDeviation: 4 },
        { mean: 11, variance: 4, standardDeviation: 2 },
        { mean: 4, variance: 1, standardDeviation: 1 },
      ]),
    ).toEqual(path);
    expect(probabilityOfFinishingBy(path, 41)).toBeCloseTo(0.8413, 4);
  });

  // Taylor, Introduction to Management Science (flylib.com excerpt, PERT example): path 1–3–5–7.
  it('Taylor, Introduction to Management Science PERT example: path 1–3–5–7 has mean 24, variance 5, P(≤ 28 days) = .9633', () => {
    const path = combinePath([estimate(5, 8, 17), estimate(3, 5, 7), estimate(4, 6, 8), estimate(3, 4, 5)]);
    expect(path.mean).toBe(24);
    expect(path.variance).toBeCloseTo(5, 12);
    // The book reads Z = 1.79 from a table; Φ(1.789) = 0.9632.
    expect(probabilityOfFinishingBy(path, 28)).toBeCloseTo(0.9633, 3);
  });
});

describe('normal distribution', () => {
  it('matches standard normal table values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 6);
    expect(normalCdf(-6)).toBeGreaterThan(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(erf(1)).toBeCloseTo(0.8427008, 6);
    expect(erf(-0.5)).toBeCloseTo(-0.5204999, 6);
  });

  it('is symmetric, increasing and within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (z, step) => {
          expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 6);
          expect(normalCdf(z + step)).toBeGreaterThanOrEqual(normalCdf(z));
          expect(normalCdf(z)).toBeGreaterThanOrEqual(0);
          expect(normalCdf(z)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('PERT', () => {
  it('refuses estimates out of order', () => {
    const result = estimatePert({ optimistic: 5, mostLikely: 3, pessimistic: 9 });
    expect(!result.ok && result.error.code).toBe(pertErrorCodes.invalidEstimate);
  });

  it('treats a certain duration as a step: sure to meet a target at or after it, never before', () => {
    const certain = estimate(4, 4, 4);
    expect(certain.standardDeviation).toBe(0);
    expect(probabilityOfFinishingBy(certain, 4)).toBe(1);
    expect(probabilityOfFinishingBy(certain, 3.9)).toBe(0);
  });

  it('picks the riskier of two equally long critical paths', () => {
    const result = analyzePertNetwork([
      { id: 'steady', estimate: { optimistic: 5, mostLikely: 5, pessimistic: 5 } },
      { id: 'risky', estimate: { optimistic: 2, mostLikely: 5, pessimistic: 8 } },
    ]);
    expect(result.ok && result.value.criticalPath).toEqual(['risky']);
  });

  it('names the activity with a bad estimate', () => {
    const result = analyzePertNetwork([
      { id: 'x', title: 'Data migration', estimate: { optimistic: 9, mostLikely: 2, pessimistic: 1 } },
    ]);
    expect(!result.ok && result.error.message).toMatch(/^Data migration: /);
  });
});
