import { describe, expect, it } from 'vitest';
import {
  emvOfRisk,
  expectedMonetaryValue,
  projectExposure,
  summarizeRiskExposure,
} from '../../../../shared/analytics/risk/expected-monetary-value';
import { probabilityShare } from '../../../../shared/analytics/risk/probability-share';
import { aRisk } from '../../health/fixtures';

describe('expected monetary value', () => {
  // Worked example: "Expected Monetary Value example" (Bright Hub Project Management,
  // brighthub.com/office/project-management/articles/48245.aspx): weather, material prices, strike.
  it('reproduces the construction example: −20,000 + 10,000 − 7,500 = −17,500', () => {
    const weather = expectedMonetaryValue(0.25, 80_000, 'threat');
    const cheaperMaterial = expectedMonetaryValue(0.1, 100_000, 'opportunity');
    const strike = expectedMonetaryValue(0.05, 150_000, 'threat');
    expect([weather, cheaperMaterial, strike]).toEqual([-20_000, 10_000, -7_500]);
    expect(weather + cheaperMaterial + strike).toBe(-17_500);
  });

  // PMP sample question citing PMBOK 4th ed. p. 298: a 50 % threat of $50,000 has an EMV of −$25,000.
  it('signs threats negative, as in the PMBOK sample question', () => {
    expect(expectedMonetaryValue(0.5, 50_000, 'threat')).toBe(-25_000);
  });

  it('reads a 5-point probability rating as 10/30/50/70/90 % and a 3-point one at band midpoints', () => {
    expect([1, 2, 3, 4, 5].map((rating) => probabilityShare(rating, 5))).toEqual([0.1, 0.3, 0.5, 0.7, 0.9]);
    expect([1, 2, 3].map((rating) => probabilityShare(rating, 3))).toEqual([1 / 6, 0.5, 5 / 6]);
    expect(probabilityShare(5, 3)).toBe(5 / 6);
  });

  it('gives a rated risk its EMV from the residual rating when assessed', () => {
    const risk = aRisk({ probability: 4, residualProbability: 2, residualImpact: 2, costImpact: 80_000 });
    expect(emvOfRisk(risk, 5)).toBeCloseTo(-24_000);
    expect(emvOfRisk(risk, 5, 'inherent')).toBeCloseTo(-56_000);
    expect(emvOfRisk(aRisk({ costImpact: undefined }), 5)).toBeUndefined();
  });

  it('sums a project’s exposure over its open threats only', () => {
    const risks = [
      aRisk({ title: 'Supplier late', probability: 4, costImpact: 80_000 }), // 70 % → 56,000
      aRisk({
        title: 'Key user leaves',
        probability: 5,
        residualProbability: 2,
        residualImpact: 3,
        costImpact: 100_000,
        status: 'mitigating',
      }), // 30 % → 30,000
      aRisk({ title: 'Licence audit', probability: 5, costImpact: 1_000_000, status: 'closed' }),
      aRisk({
        title: 'Reuse the ERP connector',
        kind: 'opportunity',
        responseStrategy: 'exploit',
        probability: 3,
        costImpact: 50_000,
      }), // +25,000
      aRisk({ title: 'Unpriced threat', costImpact: undefined }),
    ];
    const summary = summarizeRiskExposure(risks, 5);
    expect(summary.exposure).toBeCloseTo(86_000);
    expect(summary.opportunityValue).toBeCloseTo(25_000);
    expect(summary.netEmv).toBeCloseTo(-61_000);
    expect(summary.threatsWithoutCostImpact).toBe(1);
    expect(projectExposure(risks, 5)).toBeCloseTo(86_000);
  });
});
