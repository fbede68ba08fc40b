import type { Lesson } from '../../../../shared';

let counter = 0;
/** A stored lesson as the sync would hold it. */
export function aLesson(fields: Partial<Lesson> & { title: string; whatHappened: string }): Lesson {
  counter += 1;
  const at = `2026-0${1 + (counter % 9)}-10T09:00:00.000Z`;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    version: 1,
    createdAt: at,
    createdBy: 'member-pmo',
    updatedAt: at,
    updatedBy: 'member-pmo',
    tags: [],
    ...fields,
  };
}
