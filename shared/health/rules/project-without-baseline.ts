import { isRunning } from '../fact-queries';
import type { HealthRule } from '../types';

/** An active project with no baseline: slip and earned value have nothing to be measured against. */
export const projectWithoutBaseline: HealthRule = {
  id: 'project-without-baseline',
  defaultSeverity: 'warning',
  titleKey: 'health.projectWithoutBaseline.title',
  coachingKey: 'health.projectWithoutBaseline.coaching',
  defaultParams: () => ({}),
  check: ({ project, metrics }) =>
    isRunning(project) && !metrics.hasBaseline
      ? [
          {
            entity: 'project',
            entityId: project.id,
            messageKey: 'health.projectWithoutBaseline.message',
            params: { project: project.name },
          },
        ]
      : [],
};
