import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeEarnedValueFromPercent,
  computeEarnedValueIndicators,
  type EarnedValueIndicators,
} from '../../../../shared/analytics/earned-value';

describe('earned-value indicators against published worked examples', () => {
  // Mulcahy, PMP Exam Prep (p. 210), "Earned Value Exercise": a four-sided fence at the end of day 3.
  it('Mulcahy PMP Exam Prep fence exercise: CV −300, CPI .893, SV −500, SPI .833, EAC 4,479, ETC 1,679, VAC −479', () => {
    const result = computeEarnedValueIndicators({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 });
    expect(result.cv).toBe(-300);
    expect(result.sv).toBe(-500);
    expect(result.cpi).toBeCloseTo(0.893, 3);
    expect(result.spi).toBeCloseTo(0.833, 3);
    // The book divides by CPI rounded to .893; unrounded, BAC / CPI is exactly 4,480.
    expect(result.eacCpi).toBeCloseTo(4480, 9);
    expect(Math.abs(result.eacCpi! - 4479)).toBeLessThanOrEqual(1);
    expect(Math.abs(result.etcCpi! - 1679)).toBeLessThanOrEqual(1);
    expect(Math.abs(result.vacCpi! - -479)).toBeLessThanOrEqual(1);
  });

  // wikislate.com "EVM forecasting" poster 15: BAC 100k, EV 40k, AC 45k, CPI 0.89, SPI 0.80.
  it('Wikislate EVM forecasting poster: EAC 112.5 (BAC/CPI), ETC 67.5, VAC −12.5, EAC ≈ 129 (CPI × SPI), TCPI 1.09', () => {
    const result = computeEarnedValueIndicators({ bac: 100, pv: 50, ev: 40, ac: 45 });
    expect(result.cpi).toBeCloseTo(0.89, 2);
    expect(result.spi).toBeCloseTo(0.8, 10);
    expect(result.eacCpi).toBeCloseTo(112.5, 10);
    expect(result.etcCpi).toBeCloseTo(67.5, 10);
    expect(result.vacCpi).toBeCloseTo(-12.5, 10);
    expect(result.eacCpiSpi).toBeCloseTo(129.375, 10);
    expect(Math.round(result.eacCpiSpi!)).toBe(129);
    expect(result.tcpi).toBeCloseTo(1.09, 2);
    expect(result.eacAtypical).toBe(105);
  });

  // QuestPond "Earned Value" tutorial, bread project: 400 breads at $0.02 over 10 hours, hour 3.
  it('QuestPond bread project: SV −0.8, CV −1.4, CPI 0.53, TCPI (8 − 1.6)/(8 − 3) = 1.28', () => {
    const result = computeEarnedValueIndicators({ bac: 8, pv: 2.4, ev: 1.6, ac: 3 });
    expect(result.sv).toBeCloseTo(-0.8, 10);
    expect(result.cv).toBeCloseTo(-1.4, 10);
    expect(result.cpi).toBeCloseTo(0.53, 2);
    expect(result.tcpi).toBeCloseTo(1.28, 10);
  });

  // tutorialspoint.com "EVM example": one task baselined at 8 h × $100, 11 h spent, EV $734.
  it('Tutorialspoint EVM one-task example: SV −66, CV −366, SPI 0.91 and CPI 0.66 as the page truncates them', () => {
    const result = computeEarnedValueIndicators({ bac: 800, pv: 800, ev: 734, ac: 1100 });
    expect(result.sv).toBe(-66);
    expect(result.cv).toBe(-366);
    expect(Math.floor(result.spi! * 100) / 100).toBe(0.91);
    expect(Math.floor(result.cpi! * 100) / 100).toBe(0.66);
  });

  // Global Knowledge blog, TCPI article: BAC $1,000,000, 46 % complete, AC $589,744, CPI 0.78.
  it('Global Knowledge TCPI article: EV = 46 % × $1,000,000 = $460,000 and CPI 0.78', () => {
    const ev = computeEarnedValueFromPercent(46, 1_000_000);
    expect(ev).toBe(460_000);
    const result = computeEarnedValueIndicators({ bac: 1_000_000, pv: null, ev, ac: 589_744 });
    expect(result.cpi).toBeCloseTo(0.78, 2);
    expect(result.tcpi).toBeCloseTo(540_000 / 410_256, 10);
  });
});

describe('earned-value edge cases', () => {
  it('leaves SPI and the CPI × SPI forecast null when nothing was planned yet (PV = 0)', () => {
    const result = computeEarnedValueIndicators({ bac: 1000, pv: 0, ev: 0, ac: 0 });
    expect([result.spi, result.cpi, result.eacCpi, result.eacCpiSpi]).toEqual([null, null, null, null]);
    expect(result.eacAtypical).toBe(1000);
    expect(result.tcpi).toBe(1);
  });

  it('gives CPI 0 but no BAC/CPI forecast when money was spent and nothing earned', () => {
    const result = computeEarnedValueIndicators({ bac: 1000, pv: 200, ev: 0, ac: 150 });
    expect(result.cpi).toBe(0);
    expect([result.eacCpi, result.etcCpi, result.vacCpi, result.eacCpiSpi]).toEqual([null, null, null, null]);
    expect(result.eacAtypical).toBe(1150);
  });

  it('leaves TCPI null when the whole budget is spent (BAC = AC)', () => {
    expect(computeEarnedValueIndicators({ bac: 500, pv: 500, ev: 400, ac: 500 }).tcpi).toBeNull();
  });

  it('still gives variances and indices without a BAC, and nulls for anything built on it', () => {
    const result = computeEarnedValueIndicators({ bac: null, pv: 100, ev: 90, ac: 120 });
    expect([result.sv, result.cv, result.spi, result.cpi]).toEqual([-10, -30, 0.9, 0.75]);
    expect([result.eacCpi, result.eacAtypical, result.vacCpi, result.tcpi, result.percentComplete]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('treats non-finite inputs as unknown', () => {
    const result = computeEarnedValueIndicators({ bac: Number.NaN, pv: Number.POSITIVE_INFINITY, ev: 10, ac: 10 });
    expect([result.bac, result.pv, result.spi, result.cpi]).toEqual([null, null, null, 1]);
  });

  it('clamps % complete to 0–100 in the project form', () => {
    expect(computeEarnedValueFromPercent(150, 1000)).toBe(1000);
    expect(computeEarnedValueFromPercent(-5, 1000)).toBe(0);
  });
});

const money = fc.oneof(
  fc.constant(0),
  fc.constant(null),
  fc.double({ min: 0, max: 1e9, noNaN: true }),
  fc.integer({ min: 0, max: 1_000_000 }),
);

describe('earned-value identities', () => {
  it('CV = EV − AC, SV = EV − PV, ETC = EAC − AC, VAC = BAC − EAC whenever defined, and nothing is NaN or Infinity', () => {
    fc.assert(
      fc.property(money, money, money, money, (bac, pv, ev, ac) => {
        const result: EarnedValueIndicators = computeEarnedValueIndicators({ bac, pv, ev, ac });
        for (const value of Object.values(result)) {
          expect(value === null || Number.isFinite(value)).toBe(true);
        }
        if (ev !== null && ac !== null) expect(result.cv).toBe(ev - ac);
        if (ev !== null && pv !== null) expect(result.sv).toBe(ev - pv);
        for (const form of ['Cpi', 'Atypical', 'CpiSpi'] as const) {
          const eac = result[`eac${form}`];
          if (eac === null) continue;
          expect(result[`etc${form}`]).toBe(eac - ac!);
          expect(result[`vac${form}`]).toBe(bac! - eac);
        }
        if (result.cpi !== null && result.eacCpi !== null) {
          expect(result.eacCpi).toBeCloseTo(bac! / result.cpi, 3);
        }
        if (result.tcpi !== null) expect(result.tcpi * (bac! - ac!)).toBeCloseTo(bac! - ev!, 3);
      }),
      { numRuns: 500 },
    );
  });
});
