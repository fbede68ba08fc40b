import { isOpenRisk } from '../../analytics/risk/risk-rating';
import { isBlank } from '../fact-queries';
import type { HealthRule } from '../types';

/** An open risk needs exactly one owner (docs/domain.md "Risk"): nobody owns what everybody owns. */
export const riskWithoutOwner: HealthRule = {
  id: 'risk-without-owner',
  defaultSeverity: 'warning',
  titleKey: 'health.riskWithoutOwner.title',
  coachingKey: 'health.riskWithoutOwner.coaching',
  defaultParams: () => ({}),
  check: (facts) =>
    facts.risks
      .filter((risk) => isOpenRisk(risk) && isBlank(risk.owner?.name))
      .map((risk) => ({
        entity: 'risk',
        entityId: risk.id,
        messageKey: 'health.riskWithoutOwner.message',
        params: { title: risk.title },
      })),
};
