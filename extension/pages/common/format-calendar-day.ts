import { parseISO } from 'date-fns';
import { browser } from 'wxt/browser';

/** One formatter per language: making an Intl.DateTimeFormat costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `Mar 20, 2026` / `20 mars 2026`: a calendar day (`YYYY-MM-DD`) in the browser's language, through
 * Intl rather than date-fns' own locales, which would triple the popup's script. A register
 * formats a day on every row it draws, so the formatter is kept (bench/workspace/run.mjs).
 */
export function formatCalendarDay(isoDay: string): string {
  const locale = browser.i18n.getUILanguage();
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    formatters.set(locale, formatter);
  }
  return formatter.format(parseISO(isoDay));
}
