import { describe, expect, it } from 'vitest';
import {
  findRisksNeedingEscalation,
  hasActiveResponse,
  isAboveAppetite,
} from '../../../../shared/analytics/risk/escalation';
import { currentScore } from '../../../../shared/analytics/risk/risk-rating';
import { topRisks } from '../../../../shared/analytics/risk/top-risks';
import { aRisk } from '../../health/fixtures';

describe('escalation', () => {
  it('needs escalating: an open threat above appetite that nobody escalated', () => {
    const unescalated = aRisk({ title: 'Vendor insolvency', probability: 4, impact: 4 });
    const escalated = aRisk({ probability: 4, impact: 4, escalatedAt: '2026-03-10T09:00:00.000Z' });
    const occurred = aRisk({ probability: 5, impact: 5, status: 'occurred' });
    const opportunity = aRisk({ kind: 'opportunity', probability: 5, impact: 5, responseStrategy: 'exploit' });
    expect(findRisksNeedingEscalation([unescalated, escalated, occurred, opportunity], 12)).toEqual([unescalated]);
  });

  it('compares the current score strictly with the appetite', () => {
    expect(isAboveAppetite(aRisk({ probability: 3, impact: 4 }), 12)).toBe(false);
    expect(isAboveAppetite(aRisk({ probability: 5, impact: 3 }), 12)).toBe(true);
    expect(currentScore(aRisk({ probability: 5, impact: 5, residualProbability: 2, residualImpact: 3 }))).toBe(6);
  });

  it('counts mitigation under way or a chosen active strategy as an active response, not "accept"', () => {
    expect(hasActiveResponse(aRisk({ responseStrategy: 'transfer' }))).toBe(true);
    expect(hasActiveResponse(aRisk({ responseStrategy: undefined, status: 'mitigating' }))).toBe(true);
    expect(hasActiveResponse(aRisk({ responseStrategy: 'accept' }))).toBe(false);
    expect(hasActiveResponse(aRisk({ responseStrategy: undefined }))).toBe(false);
  });
});

describe('topRisks', () => {
  it('lists the highest current scores first, breaking ties by inherent score, cost impact, then title', () => {
    const a = aRisk({ title: 'A', probability: 5, impact: 5, residualProbability: 2, residualImpact: 2 }); // 4 (25)
    const b = aRisk({ title: 'B', probability: 2, impact: 2, costImpact: 10_000 }); // 4 (4)
    const c = aRisk({ title: 'C', probability: 2, impact: 2, costImpact: 90_000 }); // 4 (4)
    const d = aRisk({ title: 'D', probability: 4, impact: 5 }); // 20
    const closed = aRisk({ title: 'E', probability: 5, impact: 5, status: 'closed' });
    expect(topRisks([b, a, closed, c, d], 3).map((risk) => risk.title)).toEqual(['D', 'A', 'C']);
    expect(topRisks([b, a, closed, c, d], 2, { basis: 'inherent', includeClosed: true }).map((r) => r.title)).toEqual([
      'A',
      'E',
    ]);
    expect(topRisks([a, b], 0)).toEqual([]);
  });
});
