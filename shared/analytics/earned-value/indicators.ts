/** The four earned-value measures; null when unknown (e.g. no actual cost reported). */
export interface EarnedValueMeasures {
  /** Budget at completion. */
  bac: number | null;
  /** Planned value: budgeted cost of the work scheduled to date. */
  pv: number | null;
  /** Earned value: budgeted cost of the work performed to date. */
  ev: number | null;
  /** Actual cost of the work performed to date. */
  ac: number | null;
}

/**
 * Earned-value indicators (docs/domain.md "Earned value"). A figure is null, never NaN or Infinity, when an
 * input is unknown or a divisor is zero. EAC comes in three labelled forms, and ETC and VAC follow
 * each: `…Cpi` assumes today's cost efficiency holds, `…Atypical` that the rest costs its budget,
 * `…CpiSpi` that cost and schedule pressure both persist.
 */
export interface EarnedValueIndicators extends EarnedValueMeasures {
  /** SV = EV − PV (negative: behind schedule). */
  sv: number | null;
  /** CV = EV − AC (negative: over budget). */
  cv: number | null;
  /** SPI = EV / PV. */
  spi: number | null;
  /** CPI = EV / AC. */
  cpi: number | null;
  /** EAC = BAC / CPI. */
  eacCpi: number | null;
  /** EAC = AC + (BAC − EV). */
  eacAtypical: number | null;
  /** EAC = AC + (BAC − EV) / (CPI × SPI). */
  eacCpiSpi: number | null;
  /** ETC = EAC − AC, for each EAC. */
  etcCpi: number | null;
  etcAtypical: number | null;
  etcCpiSpi: number | null;
  /** VAC = BAC − EAC, for each EAC (negative: forecast overrun). */
  vacCpi: number | null;
  vacAtypical: number | null;
  vacCpiSpi: number | null;
  /** TCPI = (BAC − EV) / (BAC − AC): the cost efficiency the rest needs to land on BAC. */
  tcpi: number | null;
  /** EV / BAC. */
  percentComplete: number | null;
  /** AC / BAC. */
  percentSpent: number | null;
}

const known = (value: number | null | undefined): number | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : value;

const subtract = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : known(a - b);
const add = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : known(a + b));

function divide(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const quotient = numerator / denominator;
  return Number.isFinite(quotient) ? quotient : null;
}

/** Computes every indicator from BAC, PV, EV and AC. */
export function computeEarnedValueIndicators(measures: EarnedValueMeasures): EarnedValueIndicators {
  const bac = known(measures.bac);
  const pv = known(measures.pv);
  const ev = known(measures.ev);
  const ac = known(measures.ac);
  const spi = divide(ev, pv);
  const cpi = divide(ev, ac);
  const remainingWork = subtract(bac, ev);
  const eacCpi = divide(bac, cpi);
  const eacAtypical = add(ac, remainingWork);
  const remainingAtPressure = divide(remainingWork, cpi === null || spi === null ? null : known(cpi * spi));
  const eacCpiSpi = add(ac, remainingAtPressure);
  return {
    bac,
    pv,
    ev,
    ac,
    sv: subtract(ev, pv),
    cv: subtract(ev, ac),
    spi,
    cpi,
    eacCpi,
    eacAtypical,
    eacCpiSpi,
    etcCpi: subtract(eacCpi, ac),
    etcAtypical: subtract(eacAtypical, ac),
    etcCpiSpi: subtract(eacCpiSpi, ac),
    vacCpi: subtract(bac, eacCpi),
    vacAtypical: subtract(bac, eacAtypical),
    vacCpiSpi: subtract(bac, eacCpiSpi),
    tcpi: divide(remainingWork, subtract(bac, ac)),
    percentComplete: divide(ev, bac),
    percentSpent: divide(ac, bac),
  };
}

/** Project form of earned value: EV = % complete × BAC, with % complete on the 0–100 scale. */
export function computeEarnedValueFromPercent(percentComplete: number, bac: number): number {
  const share = Math.min(Math.max(percentComplete, 0), 100) / 100;
  return Number.isFinite(share * bac) ? share * bac : 0;
}
