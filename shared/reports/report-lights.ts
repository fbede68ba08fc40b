import type { RagSuggestion } from '../analytics/rag/suggested-rag';
import { formatMessageRef, type Language, type MessageRef } from '../i18n';
import type { Rag } from '../schemas/common';
import {
  type DimensionStatus,
  type RagDimension,
  ragDimensions,
  type StatusReportFields,
} from '../schemas/status-report';

/** The lights of a report: overall first, then each dimension in the order of the schema. */
export type LightName = 'overall' | RagDimension;
export const lightNames: readonly LightName[] = ['overall', ...ragDimensions];

export type ReportLights = Pick<StatusReportFields, 'overall' | 'dimensions'>;

/** One light of a report, by name. */
export function lightOf(lights: ReportLights, name: LightName): DimensionStatus | undefined {
  return name === 'overall' ? lights.overall : lights.dimensions[name];
}

/** The lights with one of them replaced (or removed, for a dimension, when `light` is undefined). */
export function withLight(lights: ReportLights, name: LightName, light: DimensionStatus | undefined): ReportLights {
  if (name === 'overall') return { overall: light ?? lights.overall, dimensions: lights.dimensions };
  const dimensions = { ...lights.dimensions };
  if (light) dimensions[name] = light;
  else delete dimensions[name];
  return { overall: lights.overall, dimensions };
}

interface Suggested {
  rag: Rag | null;
  reason: MessageRef;
}

/**
 * One light brought up to date with the data: a light the PM left on the suggestion (or never set)
 * follows the new suggestion; a light the PM set against it keeps their choice and reason. A
 * dimension the data cannot rate any more, and that the PM never rated themselves, is dropped.
 */
function refreshLight(
  light: DimensionStatus | undefined,
  suggested: Suggested,
  language: Language,
  isRequired: boolean,
): DimensionStatus | undefined {
  const suggestedReason = formatMessageRef(language, suggested.reason).slice(0, 500);
  const followsData = light === undefined || light.chosen === light.suggested;
  const fresh = suggested.rag ?? undefined;
  if (fresh === undefined && followsData && !isRequired) return undefined;
  // No data at all for the overall light (never in practice: scope and quality always answer) is not
  // a green: it starts amber until the PM says otherwise.
  const chosen = followsData ? (fresh ?? light?.chosen ?? 'amber') : light.chosen;
  const next: DimensionStatus = { chosen, suggestedReason };
  if (fresh !== undefined) next.suggested = fresh;
  if (light?.reason !== undefined) next.reason = light.reason;
  return next;
}

/** Every light refreshed against the suggestion; `current` gives a light as it stands (undefined: never set). */
function refreshLights(
  current: (name: LightName) => DimensionStatus | undefined,
  suggestion: RagSuggestion,
  language: Language,
): ReportLights {
  const overall = refreshLight(current('overall'), suggestion.overall, language, true) as DimensionStatus;
  const dimensions: ReportLights['dimensions'] = {};
  for (const dimension of ragDimensions) {
    const light = refreshLight(current(dimension), suggestion.dimensions[dimension], language, false);
    if (light) dimensions[dimension] = light;
  }
  return { overall, dimensions };
}

/**
 * The lights of a new draft: every dimension the data can rate, and overall, start on the
 * suggestion (docs/domain.md "Suggested RAG"), each with its one-sentence reason in `language`.
 */
export function buildDraftLights(suggestion: RagSuggestion, language: Language): ReportLights {
  return refreshLights(() => undefined, suggestion, language);
}

/**
 * A draft's lights against today's data: suggestions and their reasons are replaced, what the PM
 * decided is kept (see refreshLight). Applied when the draft is shown, edited and submitted, so a
 * report always carries the suggestion of the day it was sent.
 */
export function refreshDraftLights(lights: ReportLights, suggestion: RagSuggestion, language: Language): ReportLights {
  return refreshLights((name) => lightOf(lights, name), suggestion, language);
}
