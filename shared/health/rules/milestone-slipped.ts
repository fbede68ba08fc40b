import type { HealthRule } from '../types';

/**
 * A milestone not yet done whose forecast has slipped more than `toleranceDays` working days
 * past its baseline. The tolerance defaults to the green slip threshold of the RAG settings.
 */
export const milestoneSlipped: HealthRule = {
  id: 'milestone-slipped',
  defaultSeverity: 'warning',
  titleKey: 'health.milestoneSlipped.title',
  coachingKey: 'health.milestoneSlipped.coaching',
  defaultParams: (settings) => ({ toleranceDays: settings.ragThresholds.greenSlipDays }),
  check: (facts, params) =>
    facts.milestones.flatMap((milestone) => {
      if (milestone.actualDate !== undefined || milestone.slipDays === undefined) return [];
      if (milestone.slipDays <= params.toleranceDays) return [];
      return [
        {
          entity: 'milestone',
          entityId: milestone.id,
          messageKey: 'health.milestoneSlipped.message',
          params: { title: milestone.title, slipDays: milestone.slipDays, toleranceDays: params.toleranceDays },
        },
      ];
    }),
};
