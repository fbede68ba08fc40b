import { browser } from 'wxt/browser';

/** `1.07` / `1,07`: an index such as SPI or CPI, two decimals in the browser's language. */
export function formatIndex(value: number | null): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(browser.i18n.getUILanguage(), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** `7.5` / `7,5`: hours, at most two decimals. */
export function formatHours(value: number | undefined): string {
  if (value === undefined) return '—';
  return new Intl.NumberFormat(browser.i18n.getUILanguage(), { maximumFractionDigits: 2 }).format(value);
}

/** `Mar 2026` / `mars 2026`: a cost period (`YYYY-MM-01`). */
export function formatMonth(period: string): string {
  const options = { month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), options).format(
    new Date(`${period.slice(0, 7)}-01T00:00:00Z`),
  );
}

/** The value of an `<input type="month">` (`2026-03`) as a period, or undefined. */
export function periodOfMonthInput(value: string): string | undefined {
  return /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : undefined;
}

/** An amount typed by a person ("1 234,50", "1,234.50"), or undefined when it is not one. */
export function readAmountInput(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  const normalized = /,\d{1,2}$/.test(compact)
    ? compact.replace(/\./g, '').replace(',', '.')
    : compact.replace(/,/g, '');
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}
