import type { EarnedValueIndicators } from '../../../shared/analytics/earned-value/indicators';

/** The EVM columns the dashboard shows, in order, with the contract's `data-field` names. */
export const evmFields = ['bac', 'pv', 'ev', 'ac', 'spi', 'cpi', 'eac', 'vac'] as const;
export type EvmField = (typeof evmFields)[number];

/** Indices are ratios; the rest are amounts in the workspace currency. */
export const isIndexField = (field: EvmField) => field === 'spi' || field === 'cpi';

/** A field's raw value: EAC and VAC at the current cost performance (BAC / CPI), as the roll-up reports them. */
export function readEvmField(indicators: EarnedValueIndicators, field: EvmField): number | null {
  if (field === 'eac') return indicators.eacCpi;
  if (field === 'vac') return indicators.vacCpi;
  return indicators[field];
}
