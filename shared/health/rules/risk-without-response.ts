import { isOpenRisk } from '../../analytics/risk/risk-rating';
import type { HealthRule } from '../types';

/** An open risk with no response strategy chosen (avoid, mitigate, transfer, accept, escalate…). */
export const riskWithoutResponse: HealthRule = {
  id: 'risk-without-response',
  defaultSeverity: 'warning',
  titleKey: 'health.riskWithoutResponse.title',
  coachingKey: 'health.riskWithoutResponse.coaching',
  defaultParams: () => ({}),
  check: (facts) =>
    facts.risks
      .filter((risk) => isOpenRisk(risk) && risk.responseStrategy === undefined)
      .map((risk) => ({
        entity: 'risk',
        entityId: risk.id,
        messageKey: 'health.riskWithoutResponse.message',
        params: { title: risk.title },
      })),
};
