import { browser } from 'wxt/browser';

const language = () => browser.i18n.getUILanguage();

/** `€1.3M` / `1,3 M€`: an amount short enough for a steering-meeting table; the exact one goes in its title. */
export function formatCompactMoney(amount: number | null, currency: string): string {
  if (amount === null) return '—';
  return new Intl.NumberFormat(language(), {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: Math.abs(amount) >= 1_000_000 ? 2 : 0,
  }).format(amount);
}

/** `23 Nov` / `23 nov.`: a week's Monday in a column header, where the year would only add width. */
export function formatShortDay(isoDay: string): string {
  const [year, month, day] = isoDay.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(language(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
