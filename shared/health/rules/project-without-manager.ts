import { isBlank } from '../fact-queries';
import type { HealthRule } from '../types';

/** A project with no manager (managerId): nobody accountable day to day, and nobody may edit it as PM. */
export const projectWithoutManager: HealthRule = {
  id: 'project-without-manager',
  defaultSeverity: 'warning',
  titleKey: 'health.projectWithoutManager.title',
  coachingKey: 'health.projectWithoutManager.coaching',
  defaultParams: () => ({}),
  check: ({ project }) =>
    isBlank(project.managerId)
      ? [
          {
            entity: 'project',
            entityId: project.id,
            messageKey: 'health.projectWithoutManager.message',
            params: { project: project.name },
          },
        ]
      : [],
};
