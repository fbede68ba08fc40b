import { describe, expect, it } from 'vitest';
import {
  buildPlanRows,
  createWorkingCalendar,
  indexBaselineDates,
  orderPlanEntries,
  queryPlanRows,
  schedulePlan,
} from '../../../../shared/analytics/schedule';
import type { Milestone, PlanItem } from '../../../../shared/schemas/plan';

const calendar = createWorkingCalendar();
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const meta = {
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'm',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'm',
};
const projectId = id(99);
const today = '2026-03-02';

const planItems = [
  {
    ...meta,
    id: id(1),
    projectId,
    kind: 'task',
    title: 'Build',
    start: '2026-03-02',
    durationDays: 5,
    percentComplete: 40,
    predecessors: [],
    owner: { name: 'Ana Costa' },
  },
  {
    ...meta,
    id: id(2),
    projectId,
    kind: 'task',
    title: 'Test',
    start: '2026-03-09',
    durationDays: 3,
    percentComplete: 0,
    predecessors: [{ predecessorId: id(1), lagDays: 0 }],
  },
  {
    ...meta,
    id: id(3),
    projectId,
    kind: 'deliverable',
    title: 'Docs',
    start: '2026-03-02',
    durationDays: 1,
    percentComplete: 100,
    predecessors: [],
  },
] as PlanItem[];
const milestones = [
  {
    ...meta,
    id: id(4),
    projectId,
    title: 'Go-live',
    forecastDate: '2026-03-11',
    baselineDate: '2026-03-04',
    mandatory: true,
    predecessors: [{ predecessorId: id(2), lagDays: 0 }],
  },
] as Milestone[];

function rows() {
  const schedule = schedulePlan({ milestones, planItems, calendar, today });
  return buildPlanRows(orderPlanEntries(schedule.entries), {
    milestones,
    planItems,
    baselineDates: indexBaselineDates(undefined, milestones),
    calendar,
    today,
  });
}

describe('buildPlanRows', () => {
  it("gives each line its baseline, its slip in working days (a milestone's as computeMilestoneSlip), owner and progress", () => {
    const byId = new Map(rows().map((row) => [row.id, row]));
    expect(byId.get(id(4))).toMatchObject({
      baselineFinish: '2026-03-04',
      varianceDays: 5,
      isCritical: true,
      percentComplete: 0,
    });
    expect(byId.get(id(1))).toMatchObject({
      ownerName: 'Ana Costa',
      percentComplete: 40,
      varianceDays: null,
      isCritical: true,
    });
    expect(byId.get(id(3))).toMatchObject({ isDone: true, isCritical: false });
  });
});

describe('queryPlanRows', () => {
  it('searches title and owner, keeps the critical ones only, and sorts with blanks last', () => {
    const all = rows();
    expect(queryPlanRows(all, { text: 'ana' }, { key: 'order', direction: 'asc' }).map((row) => row.title)).toEqual([
      'Build',
    ]);
    expect(
      queryPlanRows(all, { isCriticalOnly: true }, { key: 'order', direction: 'asc' }).map((row) => row.title),
    ).toEqual(['Build', 'Test', 'Go-live']);
    expect(queryPlanRows(all, {}, { key: 'variance', direction: 'desc' }).map((row) => row.title)[0]).toBe('Go-live');
    expect(queryPlanRows(all, {}, { key: 'variance', direction: 'asc' }).at(-1)?.varianceDays).toBeNull();
    expect(queryPlanRows(all, { kind: 'milestone' }, { key: 'title', direction: 'asc' })).toHaveLength(1);
  });
});
