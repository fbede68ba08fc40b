import { daysBetween } from '../../analytics/resources/iso-day';
import { dateParam } from '../../i18n/message-ref';
import type { HealthRule } from '../types';

/** A milestone past its forecast date (by more than `graceDays` calendar days) and not done. */
export const milestoneOverdue: HealthRule = {
  id: 'milestone-overdue',
  defaultSeverity: 'warning',
  titleKey: 'health.milestoneOverdue.title',
  coachingKey: 'health.milestoneOverdue.coaching',
  defaultParams: () => ({ graceDays: 0 }),
  check: (facts, params) =>
    facts.milestones.flatMap((milestone) => {
      if (!milestone.isOverdue || milestone.actualDate !== undefined) return [];
      const days = daysBetween(milestone.forecastDate, facts.today);
      if (days <= params.graceDays) return [];
      return [
        {
          entity: 'milestone',
          entityId: milestone.id,
          messageKey: 'health.milestoneOverdue.message',
          params: { title: milestone.title, forecastDate: dateParam(milestone.forecastDate), days },
        },
      ];
    }),
};
