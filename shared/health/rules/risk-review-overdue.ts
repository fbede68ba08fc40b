import { daysBetween } from '../../analytics/resources/iso-day';
import { isOpenRisk } from '../../analytics/risk/risk-rating';
import { dateParam } from '../../i18n/message-ref';
import type { HealthRule } from '../types';

/** An open risk whose next review date is more than `graceDays` calendar days past. */
export const riskReviewOverdue: HealthRule = {
  id: 'risk-review-overdue',
  defaultSeverity: 'warning',
  titleKey: 'health.riskReviewOverdue.title',
  coachingKey: 'health.riskReviewOverdue.coaching',
  defaultParams: () => ({ graceDays: 0 }),
  check: (facts, params) =>
    facts.risks.flatMap((risk) => {
      if (!isOpenRisk(risk) || risk.reviewDate === undefined) return [];
      const days = daysBetween(risk.reviewDate, facts.today);
      if (days <= params.graceDays) return [];
      return [
        {
          entity: 'risk',
          entityId: risk.id,
          messageKey: 'health.riskReviewOverdue.message',
          params: { title: risk.title, reviewDate: dateParam(risk.reviewDate), days },
        },
      ];
    }),
};
