import { describe, expect, it } from 'vitest';
import {
  countLessonTags,
  filterLessons,
  listProjectLessons,
  listWorkspaceLessons,
  searchLessons,
} from '../../../../shared';
import { aLesson } from './lesson-fixture';

const projectId = '11111111-1111-4111-8111-111111111111';
const vendor = aLesson({
  title: 'Vendor tooling arrived late',
  whatHappened: 'The test rigs came after the Délai agreed.',
  recommendation: 'Ask for tooling dates in the contract.',
  tags: ['supplier', 'tooling'],
  category: 'schedule',
  projectId,
});
const sponsor = aLesson({
  title: 'Kick-offs without a sponsor stall',
  whatHappened: 'Nobody arbitrated.',
  tags: ['governance', 'supplier'],
  category: 'stakeholders',
});
const lessons = [sponsor, vendor];

describe('searchLessons', () => {
  it('finds every word anywhere in the text or tags, in any case and accents', () => {
    expect(searchLessons(lessons, 'DELAI contract').map((l) => l.title)).toEqual(['Vendor tooling arrived late']);
    expect(searchLessons(lessons, 'governance').map((l) => l.title)).toEqual(['Kick-offs without a sponsor stall']);
    expect(searchLessons(lessons, 'weather')).toEqual([]);
  });

  it('keeps only lessons carrying every tag asked for, newest change first', () => {
    expect(searchLessons(lessons, '', ['supplier']).map((l) => l.id)).toEqual(
      [vendor, sponsor].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((l) => l.id),
    );
    expect(searchLessons(lessons, '', ['supplier', 'tooling']).map((l) => l.id)).toEqual([vendor.id]);
  });
});

describe('filterLessons', () => {
  it('filters by project, workspace-wide and category', () => {
    expect(filterLessons(lessons, { project: projectId }).map((l) => l.id)).toEqual([vendor.id]);
    expect(filterLessons(lessons, { project: 'workspace' }).map((l) => l.id)).toEqual([sponsor.id]);
    expect(filterLessons(lessons, { category: 'stakeholders', query: 'sponsor' }).map((l) => l.id)).toEqual([
      sponsor.id,
    ]);
    expect(filterLessons(lessons, { category: 'cost' })).toEqual([]);
  });
});

describe('lists for the register and the handover', () => {
  it('counts tags alphabetically', () => {
    expect(countLessonTags(lessons)).toEqual([
      { tag: 'governance', count: 1 },
      { tag: 'supplier', count: 2 },
      { tag: 'tooling', count: 1 },
    ]);
  });

  it("lists a project's lessons and the workspace-wide ones apart", () => {
    expect(listProjectLessons(lessons, projectId).map((l) => l.id)).toEqual([vendor.id]);
    expect(listWorkspaceLessons(lessons).map((l) => l.id)).toEqual([sponsor.id]);
  });
});
