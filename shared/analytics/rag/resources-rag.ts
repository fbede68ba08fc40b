import type { ProjectFacts } from '../../health/project-facts';
import { messageRef } from '../../i18n/message-ref';
import { isKeyPersonOn, overAllocationsOnProject } from '../resources/project-over-allocation';
import type { DimensionSuggestion, RagOptions } from './rag-scale';

/**
 * Resources: red if a key person of the project is over-allocated in a week the project shares,
 * from this week to horizonWeeks ahead; amber if anyone else on it is; green otherwise. A project
 * with no allocation recorded has not enough data.
 */
export function suggestResourcesRag(facts: ProjectFacts, options: RagOptions): DimensionSuggestion {
  if (facts.allocations.length === 0) {
    return { dimension: 'resources', rag: null, reason: messageRef('rag.resources.notEnoughData', {}) };
  }
  const projectId = facts.project.id;
  const weeks = overAllocationsOnProject(facts.overAllocations, projectId, {
    today: facts.today,
    horizonWeeks: options.horizonWeeks,
  });
  const keyNames = [...new Set(weeks.filter((week) => isKeyPersonOn(week, projectId)).map((week) => week.personName))];
  if (keyNames.length > 0) {
    const reason = messageRef('rag.resources.keyPersonOverAllocated', { count: keyNames.length, names: keyNames });
    return { dimension: 'resources', rag: 'red', reason };
  }
  const names = [...new Set(weeks.map((week) => week.personName))];
  if (names.length > 0) {
    const reason = messageRef('rag.resources.personOverAllocated', { count: names.length, names });
    return { dimension: 'resources', rag: 'amber', reason };
  }
  const reason = messageRef('rag.resources.withinCapacity', { weeks: options.horizonWeeks + 1 });
  return { dimension: 'resources', rag: 'green', reason };
}
