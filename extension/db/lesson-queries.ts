import { sortLessons } from '../../shared/analytics/lessons/lesson-search';
import type { Lesson } from '../../shared/schemas/lesson';
import type { PmoDatabase } from './database';

/** Reads of the lessons learned (docs/domain.md "Lessons learned") for extension pages, meant for useLiveQuery. */

/** Every lesson of a workspace, newest change first (sortLessons). */
export async function listLessons(db: PmoDatabase, workspaceId: string): Promise<Lesson[]> {
  const rows = await db.records.where('[workspaceId+entity]').equals([workspaceId, 'lesson']).toArray();
  return sortLessons(rows.map((row) => row.value as unknown as Lesson));
}
