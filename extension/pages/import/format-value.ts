import { i18n } from '#i18n';
import { describeEnumValue } from './enum-labels';

/**
 * A field's value as text for the diff ("Owner: Ana → Bob"): people by name, enum codes in words,
 * lists joined, nothing as a dash.
 */
export function formatValue(value: unknown, field = ''): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return describeEnumValue(field, value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? i18n.t('import.values.yesWord') : i18n.t('import.values.noWord');
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => formatValue(item, field)).join(', ');
  if (typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  return JSON.stringify(value);
}
