import { describe, expect, it } from 'vitest';
import {
  analyzeCriticalPath,
  createWorkingCalendar,
  orderPlanEntries,
  schedulePlan,
  spanOfPlanItem,
} from '../../../../shared/analytics/schedule';

const calendar = createWorkingCalendar();
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const link = (n: number, lagDays = 0) => ({ predecessorId: id(n), lagDays });
const today = '2026-03-02';

describe('spanOfPlanItem', () => {
  it('ends an item durationDays working days after its start, as planned value phases it', () => {
    // Thursday + 3 working days: Thu, Fri, Mon.
    expect(spanOfPlanItem({ start: '2026-03-05', durationDays: 3 }, calendar)).toEqual({
      start: '2026-03-05',
      finish: '2026-03-09',
      workingDays: 3,
    });
    expect(spanOfPlanItem({ start: '2026-03-05', durationDays: 0 }, calendar)).toEqual({
      start: '2026-03-05',
      finish: '2026-03-05',
      workingDays: 0,
    });
  });

  it('counts the working days of an item with an end date, and has nothing without a start', () => {
    expect(spanOfPlanItem({ start: '2026-03-02', end: '2026-03-13', durationDays: 1 }, calendar)?.workingDays).toBe(10);
    expect(spanOfPlanItem({ durationDays: 4 }, calendar)).toBeNull();
  });
});

describe('schedulePlan', () => {
  it('finds the same critical ids as analyzeCriticalPath on a plan of durations and links', () => {
    const planItems = [
      { id: id(1), title: 'Design', durationDays: 5, predecessors: [] },
      { id: id(2), title: 'Build', durationDays: 10, predecessors: [link(1)] },
      { id: id(3), title: 'Docs', durationDays: 3, predecessors: [link(1)] },
      { id: id(4), title: 'Test', durationDays: 4, predecessors: [link(2), link(3, 2)] },
    ];
    const milestones = [
      // Dated at the plan's start so its date constrains nothing: only the links drive it.
      { id: id(9), title: 'Go-live', forecastDate: today, predecessors: [link(4)] },
    ];
    const schedule = schedulePlan({ milestones, planItems, calendar, projectStart: today, today });
    const direct = analyzeCriticalPath([
      ...planItems.map((item) => ({ id: item.id, durationDays: item.durationDays, predecessors: item.predecessors })),
      { id: id(9), durationDays: 0, predecessors: [link(4)] },
    ]);
    if (!direct.ok) throw new Error(direct.error.message);
    expect(schedule.problem).toBeNull();
    expect(schedule.criticalTaskIds).toEqual(direct.value.criticalTaskIds);
    expect(schedule.criticalTaskIds).toEqual([id(1), id(2), id(4), id(9)]);
    expect(schedule.criticalPaths).toEqual([[id(1), id(2), id(4), id(9)]]);
    // Items without a start get the network's dates from the project start (Mon 2 March).
    expect(schedule.byId.get(id(2))).toMatchObject({ start: '2026-03-09', finish: '2026-03-20', isFromNetwork: true });
    expect(schedule.byId.get(id(3))?.totalFloat).toBe(5);
    // The milestone's own date is drawn; the links push it to the end of the test.
    expect(schedule.byId.get(id(9))).toMatchObject({ start: today, pushedTo: '2026-03-26', isCritical: true });
    expect(schedule.projectFinish).toBe('2026-03-26');
  });

  it('reads recorded dates as "no earlier than": a milestone slipped past the rest becomes the critical end', () => {
    const planItems = [
      { id: id(1), title: 'Design', start: '2026-03-02', durationDays: 5, predecessors: [] },
      { id: id(2), title: 'Build', start: '2026-03-09', durationDays: 5, predecessors: [link(1)] },
      { id: id(3), title: 'Train', start: '2026-03-09', durationDays: 2, predecessors: [link(1)] },
    ];
    const onPlan = [
      { id: id(8), title: 'Trained', forecastDate: '2026-03-10', predecessors: [link(3)] },
      { id: id(9), title: 'Built', forecastDate: '2026-03-13', predecessors: [link(2)] },
    ];
    const before = schedulePlan({ milestones: onPlan, planItems, calendar, today });
    expect(before.criticalTaskIds).toEqual([id(1), id(2), id(9)]);
    expect(before.byId.get(id(8))?.totalFloat).toBe(3);

    // "Trained" slips by 10 working days: it now ends the plan, and only its own date drives it.
    const slipped = onPlan.map((m) => (m.id === id(8) ? { ...m, forecastDate: '2026-03-24' } : m));
    const after = schedulePlan({ milestones: slipped, planItems, calendar, today });
    expect(after.criticalTaskIds).toEqual([id(8)]);
    expect(after.projectFinish).toBe('2026-03-24');
    expect(after.byId.get(id(8))).toMatchObject({ start: '2026-03-24', isCritical: true, pushedTo: null });
    expect(after.byId.get(id(2))?.isCritical).toBe(false);
  });

  it('says when a recorded start is earlier than its predecessors allow', () => {
    const planItems = [
      { id: id(1), title: 'Design', start: '2026-03-02', durationDays: 5, predecessors: [] },
      { id: id(2), title: 'Build', start: '2026-03-04', durationDays: 2, predecessors: [link(1, 1)] },
    ];
    const schedule = schedulePlan({ milestones: [], planItems, calendar, today });
    expect(schedule.byId.get(id(2))).toMatchObject({ start: '2026-03-04', pushedTo: '2026-03-10' });
    expect(schedule.byId.get(id(1))?.pushedTo).toBeNull();
  });

  it('leaves out links to records that are gone, and names a dependency loop instead of failing', () => {
    const gone = schedulePlan({
      milestones: [],
      planItems: [{ id: id(1), title: 'A', durationDays: 2, predecessors: [link(7)] }],
      calendar,
      today,
    });
    expect(gone.problem).toBeNull();
    expect(gone.links).toEqual([]);

    const loop = schedulePlan({
      milestones: [],
      planItems: [
        { id: id(1), title: 'A', start: '2026-03-02', durationDays: 2, predecessors: [link(3)] },
        { id: id(2), title: 'B', durationDays: 2, predecessors: [link(1)] },
        { id: id(3), title: 'C', durationDays: 2, predecessors: [link(2)] },
      ],
      calendar,
      today,
    });
    expect(loop.problem).toEqual({ code: 'cycle', cycleIds: [id(1), id(2), id(3)] });
    expect(loop.criticalTaskIds).toEqual([]);
    expect(loop.byId.get(id(1))).toMatchObject({ start: '2026-03-02', finish: '2026-03-03' });
    expect(loop.byId.get(id(2))?.start).toBeNull();
  });

  it('orders entries by first day, an item before a milestone of the same day, unscheduled last', () => {
    const schedule = schedulePlan({
      milestones: [{ id: id(9), title: 'Kick-off', forecastDate: '2026-03-02', predecessors: [] }],
      planItems: [
        { id: id(1), title: 'Later', start: '2026-03-09', durationDays: 1, predecessors: [] },
        { id: id(2), title: 'First', start: '2026-03-02', durationDays: 1, predecessors: [] },
      ],
      calendar,
      today,
    });
    expect(orderPlanEntries(schedule.entries).map((entry) => entry.title)).toEqual(['First', 'Kick-off', 'Later']);
  });
});
