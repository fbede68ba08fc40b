import { differenceInCalendarDays, parseISO } from 'date-fns';
import { i18n } from '#i18n';
import { isOpenRisk } from '../../../shared/analytics/risk/risk-rating';
import type { Risk } from '../../../shared/schemas/risk';
import { formatCalendarDay } from './format-calendar-day';

/** A risk's next review as a row shows it; `isOverdue` only for a risk still open, as the health check counts it. */
export interface RiskReviewLine {
  text: string;
  isOverdue: boolean;
  /** The review day in full, for the row's tooltip; undefined without a review date. */
  day?: string;
}

/** `Mar 20, 2026` / `20 mars 2026`: a review day in the browser's language (format-calendar-day.ts). */
export function formatReviewDay(isoDay: string): string {
  return formatCalendarDay(isoDay);
}

/**
 * "Review 20 Mar 2026", "Review today", or "Review overdue 12 days" once an open (or mitigating)
 * risk's review day has passed, by calendar days where the user is (shared/health/rules/
 * risk-review-overdue.ts flags the same risks in the portfolio's health checks).
 */
export function describeRiskReview(risk: Pick<Risk, 'status' | 'reviewDate'>, today: Date): RiskReviewLine {
  if (!risk.reviewDate) return { text: i18n.t('popup.noReview'), isOverdue: false };
  const day = formatReviewDay(risk.reviewDate);
  const daysLate = differenceInCalendarDays(today, parseISO(risk.reviewDate));
  if (!isOpenRisk(risk) || daysLate < 0) return { text: i18n.t('popup.reviewOn', [day]), isOverdue: false, day };
  if (daysLate === 0) return { text: i18n.t('popup.reviewToday'), isOverdue: false, day };
  return { text: i18n.t('popup.reviewOverdue', daysLate, [String(daysLate)]), isOverdue: true, day };
}
