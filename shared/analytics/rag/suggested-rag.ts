import type { ProjectFacts } from '../../health/project-facts';
import { type MessageRef, messageRef } from '../../i18n/message-ref';
import type { Rag } from '../../schemas/common';
import { type RagDimension, ragDimensions } from '../../schemas/status-report';
import { suggestCostRag } from './cost-rag';
import { suggestQualityRag } from './quality-rag';
import { type DimensionSuggestion, defaultRagOptions, type RagOptions, type RagSettings, ragRank } from './rag-scale';
import { suggestResourcesRag } from './resources-rag';
import { suggestRiskRag } from './risk-rag';
import { suggestScheduleRag } from './schedule-rag';
import { suggestScopeRag } from './scope-rag';

/** The suggested lights of a status report: one per dimension and an overall one. */
export interface RagSuggestion {
  /** Worst of the dimensions that have enough data; null when none has. */
  overall: { rag: Rag | null; reason: MessageRef };
  dimensions: Record<RagDimension, DimensionSuggestion>;
}

const dimensionTerm = (dimension: RagDimension) => messageRef(`term.dimension.${dimension}`, {});

/**
 * Suggests a RAG per dimension from data (docs/domain.md "Suggested RAG"; thresholds from settings),
 * each with a one-sentence reason as a catalog key, and an overall light: the worst dimension
 * with its reason, or green naming any dimension that lacked data. Pure and deterministic. Rules:
 * schedule-rag.ts, cost-rag.ts, scope-rag.ts, quality-rag.ts, resources-rag.ts, risk-rag.ts.
 */
export function suggestRag(
  facts: ProjectFacts,
  settings: RagSettings,
  options: Partial<RagOptions> = {},
): RagSuggestion {
  const tuning = { ...defaultRagOptions, ...options };
  const dimensions: Record<RagDimension, DimensionSuggestion> = {
    schedule: suggestScheduleRag(facts, settings),
    cost: suggestCostRag(facts, settings),
    scope: suggestScopeRag(facts, tuning),
    resources: suggestResourcesRag(facts, tuning),
    quality: suggestQualityRag(facts),
    risk: suggestRiskRag(facts, settings),
  };
  return { overall: suggestOverall(dimensions), dimensions };
}

function suggestOverall(dimensions: Record<RagDimension, DimensionSuggestion>): RagSuggestion['overall'] {
  let worst: DimensionSuggestion | undefined;
  const missing: MessageRef[] = [];
  for (const dimension of ragDimensions) {
    const suggestion = dimensions[dimension];
    if (suggestion.rag === null) missing.push(dimensionTerm(dimension));
    else if (!worst || ragRank(suggestion.rag) > ragRank(worst.rag!)) worst = suggestion;
  }
  if (!worst) return { rag: null, reason: messageRef('rag.overall.notEnoughData', {}) };
  if (worst.rag === 'green') {
    const reason =
      missing.length > 0
        ? messageRef('rag.overall.greenWithGaps', { missing })
        : messageRef('rag.overall.allGreen', {});
    return { rag: 'green', reason };
  }
  const reason = messageRef('rag.overall.worstDimension', {
    dimension: dimensionTerm(worst.dimension),
    reason: worst.reason,
  });
  return { rag: worst.rag, reason };
}
