import { isOpenRisk } from '../../analytics/risk/risk-rating';
import { messageRef } from '../../i18n/message-ref';
import { isBlank } from '../fact-queries';
import type { HealthRule } from '../types';

const parts = [
  { field: 'cause', term: messageRef('term.riskPart.cause', {}) },
  { field: 'event', term: messageRef('term.riskPart.event', {}) },
  { field: 'effect', term: messageRef('term.riskPart.effect', {}) },
] as const;

/** An open risk whose statement lacks a cause, an event or an effect ("because…, …may happen, leading to…"). */
export const riskStatementIncomplete: HealthRule = {
  id: 'risk-statement-incomplete',
  defaultSeverity: 'info',
  titleKey: 'health.riskStatementIncomplete.title',
  coachingKey: 'health.riskStatementIncomplete.coaching',
  defaultParams: () => ({}),
  check: (facts) =>
    facts.risks.flatMap((risk) => {
      if (!isOpenRisk(risk)) return [];
      const missing = parts.filter((part) => isBlank(risk[part.field])).map((part) => part.term);
      if (missing.length === 0) return [];
      return [
        {
          entity: 'risk',
          entityId: risk.id,
          messageKey: 'health.riskStatementIncomplete.message',
          params: { title: risk.title, missing },
        },
      ];
    }),
};
