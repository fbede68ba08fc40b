import type { HealthRule } from '../types';

/**
 * A project in a phase it entered without a gate review decided "go" into that phase. The
 * template's first phase needs no gate; without `facts.template` every phase is checked.
 */
export const phaseWithoutApprovedGate: HealthRule = {
  id: 'phase-without-approved-gate',
  defaultSeverity: 'critical',
  titleKey: 'health.phaseWithoutApprovedGate.title',
  coachingKey: 'health.phaseWithoutApprovedGate.coaching',
  defaultParams: () => ({}),
  check: ({ project, template, gateReviews }) => {
    const phaseId = project.currentPhaseId;
    if (phaseId === undefined || template?.phases[0]?.id === phaseId) return [];
    const isApproved = gateReviews.some(
      (review) => review.toPhaseId === phaseId && review.status === 'decided' && review.decision === 'go',
    );
    if (isApproved) return [];
    const phase = template?.phases.find((candidate) => candidate.id === phaseId)?.name ?? phaseId;
    return [
      {
        entity: 'project',
        entityId: project.id,
        messageKey: 'health.phaseWithoutApprovedGate.message',
        params: { project: project.name, phase },
      },
    ];
  },
};
