import type { HealthRule } from '../types';

/**
 * A milestone not yet done with no baseline date, in a project that has a baseline (a project
 * with none gets one project-without-baseline finding instead of one per milestone).
 */
export const milestoneWithoutBaseline: HealthRule = {
  id: 'milestone-without-baseline',
  defaultSeverity: 'info',
  titleKey: 'health.milestoneWithoutBaseline.title',
  coachingKey: 'health.milestoneWithoutBaseline.coaching',
  defaultParams: () => ({}),
  check: (facts) => {
    if (!facts.metrics.hasBaseline) return [];
    return facts.milestones
      .filter((milestone) => milestone.baselineDate === undefined && milestone.actualDate === undefined)
      .map((milestone) => ({
        entity: 'milestone',
        entityId: milestone.id,
        messageKey: 'health.milestoneWithoutBaseline.message',
        params: { title: milestone.title },
      }));
  },
};
