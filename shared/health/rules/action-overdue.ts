import { daysPastDue, isActionOverdue } from '../../analytics/raid/raid-overdue';
import { dateParam } from '../../i18n/message-ref';
import type { HealthRule } from '../types';

/** An action not done more than `graceDays` calendar days after its due date (isActionOverdue, as the RAID screen shows). */
export const actionOverdue: HealthRule = {
  id: 'action-overdue',
  defaultSeverity: 'info',
  titleKey: 'health.actionOverdue.title',
  coachingKey: 'health.actionOverdue.coaching',
  defaultParams: () => ({ graceDays: 0 }),
  check: (facts, params) =>
    facts.actions.flatMap((action) => {
      if (action.dueDate === undefined || !isActionOverdue(action, facts.today, params.graceDays)) return [];
      return [
        {
          entity: 'action',
          entityId: action.id,
          messageKey: 'health.actionOverdue.message',
          params: {
            title: action.title,
            dueDate: dateParam(action.dueDate),
            days: daysPastDue(action.dueDate, facts.today) ?? 0,
          },
        },
      ];
    }),
};
