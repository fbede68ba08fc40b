import { quotedTitles } from '../../health/fact-queries';
import type { ProjectFacts } from '../../health/project-facts';
import { messageRef } from '../../i18n/message-ref';
import { hasActiveResponse, isAboveAppetite } from '../risk/escalation';
import { isOpenThreat } from '../risk/risk-rating';
import type { DimensionSuggestion, RagSettings } from './rag-scale';

/**
 * Risk (docs/domain.md "Suggested RAG"): red if an open threat is above appetite (current score)
 * with no active response and not escalated; amber if threats are above appetite but each has an
 * active response or was escalated; green if none is above appetite. An empty risk register has
 * not enough data: no risk recorded is not the same as no risk.
 */
export function suggestRiskRag(facts: ProjectFacts, settings: RagSettings): DimensionSuggestion {
  if (facts.risks.length === 0)
    return { dimension: 'risk', rag: null, reason: messageRef('rag.risk.notEnoughData', {}) };
  const appetite = settings.riskAppetite;
  const above = facts.risks.filter((risk) => isOpenThreat(risk) && isAboveAppetite(risk, appetite));
  const unmanaged = above.filter((risk) => !hasActiveResponse(risk) && risk.escalatedAt === undefined);
  if (unmanaged.length > 0) {
    const titles = quotedTitles(unmanaged.map((risk) => risk.title));
    const reason = messageRef('rag.risk.unmanagedAboveAppetite', { count: unmanaged.length, titles, appetite });
    return { dimension: 'risk', rag: 'red', reason };
  }
  if (above.length > 0) {
    const titles = quotedTitles(above.map((risk) => risk.title));
    const reason = messageRef('rag.risk.managedAboveAppetite', { count: above.length, titles, appetite });
    return { dimension: 'risk', rag: 'amber', reason };
  }
  return { dimension: 'risk', rag: 'green', reason: messageRef('rag.risk.withinAppetite', { appetite }) };
}
