import { i18n } from '#i18n';

export type Rag = 'green' | 'amber' | 'red';

/*
 * Words for the health figures shared/ computes, used alike by the Jira overlay and the workspace app,
 * so a slip or a light reads the same on every screen.
 */

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
