import { parseISO } from 'date-fns';
import { browser } from 'wxt/browser';

// One formatter per language and shape: the grid formats a figure in every cell it draws.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const hourFormatters = new Map<string, Intl.NumberFormat>();

/** `16 Mar` / `16 mars`: a week's Monday in a column header, where the year would crowd it. */
export function formatShortDay(isoDay: string): string {
  const locale = browser.i18n.getUILanguage();
  let formatter = dayFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
    dayFormatters.set(locale, formatter);
  }
  return formatter.format(parseISO(isoDay));
}

/** `24` / `7.5` / `7,5`: hours with at most one decimal, in the browser's language. */
export function formatHours(hours: number): string {
  const locale = browser.i18n.getUILanguage();
  let formatter = hourFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    hourFormatters.set(locale, formatter);
  }
  return formatter.format(hours);
}
