import { LessonFieldsSchema } from '../../schemas/lesson';
import { defineEntityMutators } from '../entity-mutators';

/**
 * `lesson.*` (docs/domain.md "Lessons learned"): the project is optional (a lesson may be
 * workspace-wide) but must exist when given. Who may write which lesson is authorize-writes.ts's.
 */
export const lessonMutators = defineEntityMutators({
  entity: 'lesson',
  fields: LessonFieldsSchema,
  references: [{ field: 'projectId', entity: 'project' }],
});
