import { browser } from 'wxt/browser';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount as extension/pages/workspace/format.ts `formatMoney` prints it (same locale and
 * options, so both apps read the same), with one Intl.NumberFormat per currency for the page: the
 * grid prints hundreds of amounts per render, and building a formatter (and asking the browser its
 * language) for each one was among the top costs bench/dashboard found in a filter change.
 */
export function formatMoneyOnce(amount: number | undefined | null, currency: string): string {
  if (amount === undefined || amount === null) return '—';
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(browser.i18n.getUILanguage(), { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter.format(amount);
}
