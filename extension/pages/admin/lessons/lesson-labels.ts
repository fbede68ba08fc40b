import { i18n } from '#i18n';
import type { Lesson, LessonCategory } from '../../../../shared/schemas/lesson';
import type { Project } from '../../../../shared/schemas/project';

/** A category in the reader's language. */
export const categoryLabel = (category: LessonCategory) => i18n.t(`lessons.categories.${category}`);

/** Where a lesson belongs: its project's code and name, or the whole workspace. */
export function placeOf(lesson: Pick<Lesson, 'projectId'>, projects: readonly Project[]): string {
  if (lesson.projectId === undefined) return i18n.t('lessons.workspaceWide');
  const project = projects.find((each) => each.id === lesson.projectId);
  return project ? `${project.code} · ${project.name}` : i18n.t('lessons.workspaceWide');
}
