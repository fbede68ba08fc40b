import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

export { describeRag, describeSlip, type Rag } from '../../../ui/describe-health-terms';

/** `2026-03-12` in the reader's language; dates are calendar days, so no time zone shifts them. */
export function formatDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  try {
    const locale = browser.i18n.getUILanguage();
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDay;
  }
}

/** A gate waiting for its decision, or the next one coming. */
export function describeGate(gate: { phase: string; status: string }): string {
  return gate.status === 'requested'
    ? i18n.t('overlay.gate.requested', [gate.phase])
    : i18n.t('overlay.gate.upcoming', [gate.phase]);
}
