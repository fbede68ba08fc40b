import type { Lesson, LessonCategory } from '../../schemas/lesson';
import { matchesSearchWords, searchWordsOf } from '../raid/raid-search';

/** Newest change first, then by title: the order the lessons register lists them. */
export function sortLessons(lessons: readonly Lesson[]): Lesson[] {
  return [...lessons].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
}

/**
 * The lessons that contain every word of `query` (in title, what happened, cause, recommendation or
 * tags; any case, any accents, as the risk register searches) and carry every tag of `tags`;
 * newest change first. A blank query and no tags keep them all.
 */
export function searchLessons(lessons: readonly Lesson[], query: string, tags: readonly string[] = []): Lesson[] {
  const words = searchWordsOf(query);
  return sortLessons(
    lessons.filter(
      (lesson) =>
        tags.every((tag) => lesson.tags.includes(tag)) &&
        matchesSearchWords(
          [lesson.title, lesson.whatHappened, lesson.cause, lesson.recommendation, lesson.tags.join(' ')],
          words,
        ),
    ),
  );
}

/** The register's filter: words, tags, a project (or `workspace` for the lessons of none) and a category. */
export interface LessonFilter {
  query?: string;
  tags?: readonly string[];
  /** A project's id, or `workspace` for workspace-wide lessons; absent for all. */
  project?: string;
  category?: LessonCategory;
}

/** The lessons the register shows for `filter` (see searchLessons), newest change first. */
export function filterLessons(lessons: readonly Lesson[], filter: LessonFilter): Lesson[] {
  const inPlace = lessons.filter(
    (lesson) =>
      (filter.project === undefined ||
        (filter.project === 'workspace' ? lesson.projectId === undefined : lesson.projectId === filter.project)) &&
      (filter.category === undefined || lesson.category === filter.category),
  );
  return searchLessons(inPlace, filter.query ?? '', filter.tags ?? []);
}

/** Every tag in use, each once, alphabetically, with how many lessons carry it. */
export function countLessonTags(lessons: readonly Lesson[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const lesson of lessons) for (const tag of lesson.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

/** A project's lessons learned, oldest first (the order they were learned): for its handover summary. */
export function listProjectLessons(lessons: readonly Lesson[], projectId: string): Lesson[] {
  return lessons
    .filter((lesson) => lesson.projectId === projectId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The workspace-wide lessons (no project), oldest first. */
export function listWorkspaceLessons(lessons: readonly Lesson[]): Lesson[] {
  return lessons
    .filter((lesson) => lesson.projectId === undefined)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
