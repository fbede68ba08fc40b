import { sortLessons } from '../../shared/analytics/lessons/lesson-search';
import type { Lesson } from '../../shared/schemas/lesson';
import type { PmoDatabase } from './database';
import { listRecords } from './read-records';

/** Reads of the lessons learned (docs/domain.md "Lessons learned") for extension pages, meant for useLiveQuery. */

/** Every lesson of a workspace, newest change first (sortLessons). */
export async function listLessons(db: PmoDatabase, workspaceId: string): Promise<Lesson[]> {
  return sortLessons(await listRecords<Lesson>(db, workspaceId, 'lesson'));
}
