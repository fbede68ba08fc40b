import { describe, expect, it } from 'vitest';
import { currentRating, currentScore } from '../../../../shared/analytics/risk/risk-rating';
import { rankRisks, topRisks } from '../../../../shared/analytics/risk/top-risks';
import { aRisk } from '../../health/fixtures';

const titles = (risks: readonly { title: string }[]) => risks.map((risk) => risk.title);

describe('the current score a screen shows', () => {
  it('is the residual score once both residual ratings are set, with the ratings behind it', () => {
    const assessed = aRisk({ probability: 5, impact: 4, residualProbability: 2, residualImpact: 3 });
    expect(currentScore(assessed)).toBe(6);
    expect(currentRating(assessed)).toEqual({ probability: 2, impact: 3 });
  });

  it('stays the inherent score while the residual rating is missing or half set', () => {
    expect(currentScore(aRisk({ probability: 5, impact: 4 }))).toBe(20);
    const halfSet = aRisk({ probability: 5, impact: 4, residualProbability: 1 });
    expect(currentScore(halfSet)).toBe(20);
    expect(currentRating(halfSet)).toEqual({ probability: 5, impact: 4 });
  });
});

describe('rankRisks (the popup list and top risks)', () => {
  it('ranks by the residual score, not the inherent one', () => {
    const mitigated = aRisk({
      title: 'Vendor late',
      probability: 5,
      impact: 5,
      residualProbability: 1,
      residualImpact: 2,
    });
    const untouched = aRisk({ title: 'Key user leaves', probability: 3, impact: 4 });
    expect(titles(rankRisks([mitigated, untouched]))).toEqual(['Key user leaves', 'Vendor late']);
    expect(titles(rankRisks([mitigated, untouched], 'inherent'))).toEqual(['Vendor late', 'Key user leaves']);
  });

  it('breaks ties by inherent score, then cost impact, then title, then id, whatever the input order', () => {
    const reduced = aRisk({ title: 'D', probability: 4, impact: 4, residualProbability: 2, residualImpact: 3 }); // 6 (16)
    const costly = aRisk({ title: 'C', probability: 2, impact: 3, costImpact: 90_000 }); // 6 (6)
    const cheap = aRisk({ title: 'A', probability: 3, impact: 2, costImpact: 10_000 }); // 6 (6)
    const sameAsCheap = aRisk({
      id: '00000000-0000-4000-8000-000000000002',
      title: 'B',
      probability: 2,
      impact: 3,
      costImpact: 10_000,
    });
    const twin = aRisk({
      id: '00000000-0000-4000-8000-000000000001',
      title: 'B',
      probability: 2,
      impact: 3,
      costImpact: 10_000,
    });
    const expected = [reduced, costly, cheap, twin, sameAsCheap].map((risk) => risk.id);
    for (const order of [
      [cheap, twin, costly, sameAsCheap, reduced],
      [sameAsCheap, reduced, twin, cheap, costly],
    ]) {
      expect(rankRisks(order).map((risk) => risk.id)).toEqual(expected);
    }
  });

  it('orders titles by code unit, the same on every runtime and locale', () => {
    const lower = aRisk({ title: 'budget cut', probability: 2, impact: 2, costImpact: undefined });
    const upper = aRisk({ title: 'Scope creep', probability: 2, impact: 2, costImpact: undefined });
    expect(titles(rankRisks([lower, upper]))).toEqual(['Scope creep', 'budget cut']);
  });

  it('keeps closed risks and leaves the input alone; topRisks takes the open ones from the same order', () => {
    const closed = aRisk({ title: 'Closed', probability: 5, impact: 5, status: 'closed' });
    const open = aRisk({ title: 'Open', probability: 2, impact: 2 });
    const input = [open, closed];
    expect(titles(rankRisks(input))).toEqual(['Closed', 'Open']);
    expect(titles(input)).toEqual(['Open', 'Closed']);
    expect(titles(topRisks(input, 5))).toEqual(['Open']);
  });
});
