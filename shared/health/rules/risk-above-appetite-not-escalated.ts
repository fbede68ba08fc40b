import { needsEscalation } from '../../analytics/risk/escalation';
import { currentScore } from '../../analytics/risk/risk-rating';
import type { HealthRule } from '../types';

/**
 * An open threat whose current score (residual when assessed, else inherent) is above the
 * appetite and has not been escalated. `appetite` defaults to the workspace's riskAppetite.
 */
export const riskAboveAppetiteNotEscalated: HealthRule = {
  id: 'risk-above-appetite-not-escalated',
  defaultSeverity: 'critical',
  titleKey: 'health.riskAboveAppetiteNotEscalated.title',
  coachingKey: 'health.riskAboveAppetiteNotEscalated.coaching',
  defaultParams: (settings) => ({ appetite: settings.riskAppetite }),
  check: (facts, params) =>
    facts.risks
      .filter((risk) => needsEscalation(risk, params.appetite))
      .map((risk) => ({
        entity: 'risk',
        entityId: risk.id,
        messageKey: 'health.riskAboveAppetiteNotEscalated.message',
        params: { title: risk.title, score: currentScore(risk), appetite: params.appetite },
      })),
};
