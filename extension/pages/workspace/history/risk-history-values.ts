import type { Risk } from '../../../../shared/schemas/risk';
import { formatFieldValue } from '../format';
import { kindLabel, proximityLabel, statusLabel, strategyLabel } from '../risks/risk-labels';

/** A risk's stored value in the Risks tab's words (status, kind, proximity, response), for its History. */
export function describeRiskValue(field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') return formatFieldValue(value);
  if (field === 'status') return statusLabel(value as Risk['status']);
  if (field === 'kind') return kindLabel(value as Risk['kind']);
  if (field === 'proximity') return proximityLabel(value as NonNullable<Risk['proximity']>);
  if (field === 'responseStrategy') return strategyLabel(value as NonNullable<Risk['responseStrategy']>);
  return formatFieldValue(value);
}
