import { browser } from 'wxt/browser';
import { formatCalendarDay } from '../common/format-calendar-day';

/** `20 Mar 2026` / `20 mars 2026`: a calendar day in the browser's language (Intl, not date-fns locales). */
export function formatDay(isoDay: string | undefined): string {
  if (!isoDay) return '—';
  return formatCalendarDay(isoDay.slice(0, 10));
}

/** An amount in the workspace currency, in the browser's language. */
export function formatMoney(amount: number | undefined | null, currency: string): string {
  if (amount === undefined || amount === null) return '—';
  return new Intl.NumberFormat(browser.i18n.getUILanguage(), { style: 'currency', currency }).format(amount);
}

/** Any stored value as a person reads it: a person's name, a list, a day; a dash for nothing. */
export function formatFieldValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.map(formatFieldValue).join(', ');
  if (typeof value === 'object') {
    const named = (value as { name?: unknown }).name;
    return typeof named === 'string' ? named : JSON.stringify(value);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  return String(value);
}
