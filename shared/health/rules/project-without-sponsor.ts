import { isBlank } from '../fact-queries';
import type { HealthRule } from '../types';

/** A project with no sponsor: nobody to own the business case or take escalations. */
export const projectWithoutSponsor: HealthRule = {
  id: 'project-without-sponsor',
  defaultSeverity: 'warning',
  titleKey: 'health.projectWithoutSponsor.title',
  coachingKey: 'health.projectWithoutSponsor.coaching',
  defaultParams: () => ({}),
  check: ({ project }) =>
    isBlank(project.sponsor?.name)
      ? [
          {
            entity: 'project',
            entityId: project.id,
            messageKey: 'health.projectWithoutSponsor.message',
            params: { project: project.name },
          },
        ]
      : [],
};
