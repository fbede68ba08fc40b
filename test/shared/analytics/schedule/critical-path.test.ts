import { describe, expect, it } from 'vitest';
import {
  analyzeCriticalPath,
  type CpmTask,
  type CriticalPathAnalysis,
  createWorkingCalendar,
  criticalPathErrorCodes,
  mapScheduleToDates,
} from '../../../../shared/analytics/schedule';

/** Turns an activity-on-arrow list (textbook form: "1–2", time) into activity-on-node tasks. */
function fromArrowDiagram(activities: [from: number, to: number, time: number][]): CpmTask[] {
  return activities.map(([from, to, time]) => ({
    id: `${from}–${to}`,
    durationDays: time,
    predecessors: activities
      .filter(([, end]) => end === from)
      .map(([start, end]) => ({ predecessorId: `${start}–${end}`, lagDays: 0 })),
  }));
}

function analyze(tasks: CpmTask[]): CriticalPathAnalysis {
  const result = analyzeCriticalPath(tasks);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Rows of [id, ES, EF, LS, LF, total float], the layout of a textbook answer table. */
function tableOf(analysis: CriticalPathAnalysis) {
  return analysis.tasks.map((task) => [
    task.id,
    task.earlyStart,
    task.earlyFinish,
    task.lateStart,
    task.lateFinish,
    task.totalFloat,
  ]);
}

describe('critical path method against published worked examples', () => {
  it('Taylor, Introduction to Management Science, ch. 8 solutions, problem 5 (p. 114): ES/EF/LS/LF/slack and path 1–3–4–5–6', () => {
    const analysis = analyze(
      fromArrowDiagram([
        [1, 2, 7],
        [1, 3, 10],
        [2, 4, 6],
        [3, 4, 5],
        [3, 5, 4],
        [4, 5, 3],
        [5, 6, 2],
      ]),
    );
    expect(tableOf(analysis)).toEqual([
      ['1–2', 0, 7, 2, 9, 2],
      ['1–3', 0, 10, 0, 10, 0],
      ['2–4', 7, 13, 9, 15, 2],
      ['3–4', 10, 15, 10, 15, 0],
      ['3–5', 10, 14, 14, 18, 4],
      ['4–5', 15, 18, 15, 18, 0],
      ['5–6', 18, 20, 18, 20, 0],
    ]);
    expect(analysis.projectDuration).toBe(20);
    expect(analysis.criticalPaths).toEqual([['1–3', '3–4', '4–5', '5–6']]);
  });

  it('Taylor, Introduction to Management Science, ch. 8 solutions (p. 115): 13 activities with a zero-time dummy, 38 weeks', () => {
    const analysis = analyze(
      fromArrowDiagram([
        [1, 2, 8],
        [1, 3, 10],
        [1, 4, 9],
        [2, 5, 6],
        [2, 6, 4],
        [3, 5, 5],
        [4, 5, 0],
        [4, 7, 7],
        [5, 7, 12],
        [5, 8, 15],
        [6, 9, 18],
        [7, 8, 4],
        [8, 9, 7],
      ]),
    );
    expect(tableOf(analysis)).toEqual([
      ['1–2', 0, 8, 1, 9, 1],
      ['1–3', 0, 10, 0, 10, 0],
      ['1–4', 0, 9, 6, 15, 6],
      ['2–5', 8, 14, 9, 15, 1],
      ['2–6', 8, 12, 16, 20, 8],
      ['3–5', 10, 15, 10, 15, 0],
      ['4–5', 9, 9, 15, 15, 6],
      ['4–7', 9, 16, 20, 27, 11],
      ['5–7', 15, 27, 15, 27, 0],
      ['5–8', 15, 30, 16, 31, 1],
      ['6–9', 12, 30, 20, 38, 8],
      ['7–8', 27, 31, 27, 31, 0],
      ['8–9', 31, 38, 31, 38, 0],
    ]);
    expect(analysis.criticalPaths).toEqual([['1–3', '3–5', '5–7', '7–8', '8–9']]);
  });

  // IBM PM curriculum "float with a full diagram": published on a 1-based day count (ES = 1), so
  // every published figure is ours + 1; free floats follow its formula ES(successor) − EF.
  it('IBM project management curriculum float example: 1-based ES/EF/LS/LF, total float and free float of A–H', () => {
    const analysis = analyze([
      { id: 'A', durationDays: 7 },
      { id: 'B', durationDays: 3 },
      { id: 'C', durationDays: 6, predecessors: [{ predecessorId: 'A' }] },
      { id: 'D', durationDays: 3, predecessors: [{ predecessorId: 'B' }] },
      { id: 'E', durationDays: 3, predecessors: [{ predecessorId: 'D' }, { predecessorId: 'F' }] },
      { id: 'F', durationDays: 2, predecessors: [{ predecessorId: 'B' }] },
      { id: 'G', durationDays: 3, predecessors: [{ predecessorId: 'C' }] },
      { id: 'H', durationDays: 2, predecessors: [{ predecessorId: 'E' }, { predecessorId: 'G' }] },
    ]);
    const published = {
      A: [1, 8, 1, 8],
      B: [1, 4, 8, 11],
      C: [8, 14, 8, 14],
      D: [4, 7, 11, 14],
      E: [7, 10, 14, 17],
      F: [4, 6, 12, 14],
      G: [14, 17, 14, 17],
      H: [17, 19, 17, 19],
    };
    const oneBased = Object.fromEntries(
      analysis.tasks.map((task) => [
        task.id,
        [task.earlyStart + 1, task.earlyFinish + 1, task.lateStart + 1, task.lateFinish + 1],
      ]),
    );
    expect(oneBased).toEqual(published);
    const floats = Object.fromEntries(analysis.tasks.map((task) => [task.id, [task.totalFloat, task.freeFloat]]));
    expect(floats).toEqual({ A: [0, 0], B: [7, 0], C: [0, 0], D: [7, 0], E: [7, 7], F: [8, 1], G: [0, 0], H: [0, 0] });
    expect(analysis.criticalPaths).toEqual([['A', 'C', 'G', 'H']]);
  });

  // NAVEDTRA 14233 (Seabee construction manual, "Free float"): FF = ES(next) − lag − EF.
  it('NAVEDTRA 14233 free-float rule with lags: free float = ES of the next activity − lag − EF', () => {
    const analysis = analyze([
      { id: 'pour', durationDays: 3 },
      { id: 'formwork', durationDays: 4 },
      {
        id: 'strip',
        durationDays: 2,
        predecessors: [
          { predecessorId: 'pour', lagDays: 2 },
          { predecessorId: 'formwork', lagDays: 0 },
        ],
      },
    ]);
    const byId = Object.fromEntries(analysis.tasks.map((task) => [task.id, task]));
    expect(byId.strip.earlyStart).toBe(5);
    expect(byId.pour.freeFloat).toBe(5 - 2 - 3);
    expect(byId.formwork.freeFloat).toBe(5 - 0 - 4);
    expect(analysis.criticalPaths).toEqual([['pour', 'strip']]);
  });
});

describe('critical path method', () => {
  it('starts a task early by a lead (negative lag), but never before the project start', () => {
    const analysis = analyze([
      { id: 'build', durationDays: 5 },
      { id: 'test', durationDays: 3, predecessors: [{ predecessorId: 'build', lagDays: -2 }] },
      { id: 'brief', durationDays: 1, predecessors: [{ predecessorId: 'build', lagDays: -9 }] },
    ]);
    const byId = Object.fromEntries(analysis.tasks.map((task) => [task.id, task]));
    expect(byId.test.earlyStart).toBe(3);
    expect(byId.brief.earlyStart).toBe(0);
    expect(analysis.projectDuration).toBe(6);
    expect(analysis.criticalPaths).toEqual([['build', 'test']]);
  });

  it('caps late finishes at the project end when a lead would push them past it', () => {
    const analysis = analyze([
      { id: 'A', durationDays: 5 },
      { id: 'B', durationDays: 1, predecessors: [{ predecessorId: 'A', lagDays: -3 }] },
    ]);
    expect(analysis.tasks.map((task) => [task.id, task.lateFinish, task.totalFloat])).toEqual([
      ['A', 5, 0],
      ['B', 5, 2],
    ]);
  });

  it('lists every parallel critical path, and says when it stopped listing', () => {
    const tasks: CpmTask[] = [
      { id: 'kickoff', durationDays: 1 },
      { id: 'left', durationDays: 4, predecessors: [{ predecessorId: 'kickoff' }] },
      { id: 'right', durationDays: 4, predecessors: [{ predecessorId: 'kickoff' }] },
      { id: 'go-live', durationDays: 0, predecessors: [{ predecessorId: 'left' }, { predecessorId: 'right' }] },
    ];
    expect(analyze(tasks).criticalPaths).toEqual([
      ['kickoff', 'left', 'go-live'],
      ['kickoff', 'right', 'go-live'],
    ]);
    const capped = analyzeCriticalPath(tasks, { maxPaths: 1 });
    expect(capped.ok && [capped.value.criticalPaths.length, capped.value.criticalPathsTruncated]).toEqual([1, true]);
  });

  it('handles an empty plan and a one-task plan', () => {
    expect(analyze([])).toEqual({
      projectDuration: 0,
      tasks: [],
      criticalTaskIds: [],
      criticalPaths: [],
      criticalPathsTruncated: false,
    });
    const single = analyze([{ id: 'only', durationDays: 5 }]);
    expect(single.projectDuration).toBe(5);
    expect(single.criticalPaths).toEqual([['only']]);
    expect(single.tasks[0]).toMatchObject({ totalFloat: 0, freeFloat: 0, isCritical: true });
  });

  it('schedules PlanItem records as they are, by uuid', () => {
    const design = { id: '6f1c1d2e-0000-4000-8000-000000000001', title: 'Design', durationDays: 10, predecessors: [] };
    const build = {
      id: '6f1c1d2e-0000-4000-8000-000000000002',
      title: 'Build',
      durationDays: 15,
      predecessors: [{ predecessorId: design.id, lagDays: 0 }],
    };
    expect(analyze([build, design]).projectDuration).toBe(25);
  });
});

describe('critical path errors', () => {
  it('names a dependency loop in order: "A → B → C → A"', () => {
    const result = analyzeCriticalPath([
      { id: 'A', durationDays: 1, predecessors: [{ predecessorId: 'C' }] },
      { id: 'B', durationDays: 1, predecessors: [{ predecessorId: 'A' }] },
      { id: 'C', durationDays: 1, predecessors: [{ predecessorId: 'B' }] },
      { id: 'D', durationDays: 1, predecessors: [{ predecessorId: 'C' }] },
    ]);
    expect(result).toEqual({
      ok: false,
      error: {
        code: criticalPathErrorCodes.cycle,
        message: expect.stringContaining('A → B → C → A'),
        details: { cycle: ['A', 'B', 'C'] },
      },
    });
  });

  it('names a task that depends on itself, by its title', () => {
    const result = analyzeCriticalPath([
      { id: 'x1', title: 'Sign-off', durationDays: 1, predecessors: [{ predecessorId: 'x1' }] },
    ]);
    expect(!result.ok && result.error.message).toContain('Sign-off → Sign-off');
  });

  it('finds the loop behind tasks that merely wait on it', () => {
    const result = analyzeCriticalPath([
      { id: 'start', durationDays: 1 },
      { id: 'P', durationDays: 1, predecessors: [{ predecessorId: 'start' }, { predecessorId: 'Q' }] },
      { id: 'Q', durationDays: 1, predecessors: [{ predecessorId: 'P' }] },
      { id: 'after', durationDays: 1, predecessors: [{ predecessorId: 'Q' }] },
    ]);
    expect(!result.ok && result.error.details).toEqual({ cycle: ['P', 'Q'] });
  });

  it('names unknown predecessors', () => {
    const result = analyzeCriticalPath([
      { id: 'A', durationDays: 1, predecessors: [{ predecessorId: 'ghost' }, { predecessorId: 'phantom' }] },
    ]);
    expect(!result.ok && [result.error.code, result.error.message]).toEqual([
      criticalPathErrorCodes.unknownPredecessor,
      expect.stringMatching(/ghost, phantom/),
    ]);
  });

  it('refuses repeated ids, negative durations and lags that are not numbers', () => {
    const repeated = analyzeCriticalPath([
      { id: 'A', durationDays: 1 },
      { id: 'A', durationDays: 2 },
    ]);
    expect(!repeated.ok && repeated.error.code).toBe(criticalPathErrorCodes.duplicateTask);
    const negative = analyzeCriticalPath([{ id: 'A', durationDays: -1 }]);
    expect(!negative.ok && negative.error.code).toBe(criticalPathErrorCodes.invalidDuration);
    const badLag = analyzeCriticalPath([
      { id: 'A', durationDays: 1 },
      { id: 'B', durationDays: 1, predecessors: [{ predecessorId: 'A', lagDays: Number.NaN }] },
    ]);
    expect(!badLag.ok && badLag.error.code).toBe(criticalPathErrorCodes.invalidLag);
  });
});

describe('schedule dates', () => {
  it('maps offsets to working days from the project start, skipping weekends and holidays', () => {
    const calendar = createWorkingCalendar({ holidays: ['2026-12-03'] });
    const analysis = analyze([
      { id: 'design', durationDays: 3 },
      { id: 'build', durationDays: 2, predecessors: [{ predecessorId: 'design' }] },
      { id: 'review', durationDays: 1, predecessors: [{ predecessorId: 'design' }] },
      { id: 'go-live', durationDays: 0, predecessors: [{ predecessorId: 'build' }, { predecessorId: 'review' }] },
    ]);
    // Project start Sunday 2026-11-22 → day 0 is Monday 2026-11-23.
    const dated = mapScheduleToDates(analysis, calendar, '2026-11-22');
    expect(dated.projectStart).toBe('2026-11-23');
    expect(dated.projectFinish).toBe('2026-11-27');
    expect(dated.tasks).toEqual([
      {
        id: 'design',
        earlyStart: '2026-11-23',
        earlyFinish: '2026-11-25',
        lateStart: '2026-11-23',
        lateFinish: '2026-11-25',
      },
      {
        id: 'build',
        earlyStart: '2026-11-26',
        earlyFinish: '2026-11-27',
        lateStart: '2026-11-26',
        lateFinish: '2026-11-27',
      },
      {
        id: 'review',
        earlyStart: '2026-11-26',
        earlyFinish: '2026-11-26',
        lateStart: '2026-11-27',
        lateFinish: '2026-11-27',
      },
      {
        id: 'go-live',
        earlyStart: '2026-11-27',
        earlyFinish: '2026-11-27',
        lateStart: '2026-11-27',
        lateFinish: '2026-11-27',
      },
    ]);
  });

  it('skips a holiday inside a task', () => {
    const calendar = createWorkingCalendar({ holidays: ['2026-12-03'] });
    const dated = mapScheduleToDates(analyze([{ id: 'migrate', durationDays: 4 }]), calendar, '2026-12-01');
    expect(dated.tasks[0]).toMatchObject({ earlyStart: '2026-12-01', earlyFinish: '2026-12-07' });
  });
});
