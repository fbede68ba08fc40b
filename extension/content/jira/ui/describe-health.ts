import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

export type Rag = 'green' | 'amber' | 'red';

/** The RAG in words, so colour is never the only signal. */
export function describeRag(rag: Rag | null): string {
  return rag ? i18n.t(`overlay.rag.${rag}`) : i18n.t('overlay.rag.none');
}

/**
 * Where a milestone stands: overdue by N working days when its forecast has passed (a stale
 * forecast would otherwise read "on time"), else its slip: late, early or on time; empty when unknown.
 */
export function describeSlip(slipDays: number | null, overdueDays: number | null = null): string {
  if (overdueDays !== null && overdueDays > 0) return i18n.t('overlay.slip.overdue', overdueDays);
  if (slipDays === null) return '';
  if (slipDays > 0) return i18n.t('overlay.slip.late', slipDays);
  if (slipDays < 0) return i18n.t('overlay.slip.early', -slipDays);
  return i18n.t('overlay.slip.onTime');
}

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
