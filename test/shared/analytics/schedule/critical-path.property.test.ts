import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCriticalPath, type CpmTask, criticalPathErrorCodes } from '../../../../shared/analytics/schedule';

interface Link {
  predecessorId: string;
  lagDays: number;
}

/** A random DAG: links only run from a lower rank to a higher one; the task list is shuffled. */
const dagArbitrary = fc
  .integer({ min: 1, max: 40 })
  .chain((size) =>
    fc.record({
      durations: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: size, maxLength: size }),
      links: fc.array(
        fc.record({ from: fc.nat(size - 1), to: fc.nat(size - 1), lag: fc.integer({ min: -3, max: 5 }) }),
        { maxLength: size * 3 },
      ),
      order: fc.shuffledSubarray(
        Array.from({ length: size }, (_, rank) => rank),
        { minLength: size, maxLength: size },
      ),
    }),
  )
  .map(({ durations, links, order }) => {
    const predecessors: Link[][] = durations.map(() => []);
    for (const { from, to, lag } of links) {
      if (from < to) predecessors[to].push({ predecessorId: `T${from}`, lagDays: lag });
    }
    return order.map(
      (rank): CpmTask => ({ id: `T${rank}`, durationDays: durations[rank], predecessors: predecessors[rank] }),
    );
  });

/** Longest-path early starts by repeated relaxation: slow, obviously right. */
function referenceEarlyStarts(tasks: CpmTask[]): Map<string, number> {
  const start = new Map(tasks.map((task) => [task.id, 0]));
  const durationOf = new Map(tasks.map((task) => [task.id, task.durationDays]));
  for (let round = 0; round < tasks.length; round += 1) {
    for (const task of tasks) {
      for (const link of task.predecessors ?? []) {
        const candidate = start.get(link.predecessorId)! + durationOf.get(link.predecessorId)! + (link.lagDays ?? 0);
        if (candidate > start.get(task.id)!) start.set(task.id, candidate);
      }
    }
  }
  return start;
}

describe('critical path properties on random DAGs', () => {
  it('floats are never negative, free float never exceeds total float, and dates stay inside the project', () => {
    fc.assert(
      fc.property(dagArbitrary, (tasks) => {
        const result = analyzeCriticalPath(tasks);
        if (!result.ok) throw new Error(result.error.message);
        const { projectDuration } = result.value;
        for (const task of result.value.tasks) {
          expect(task.totalFloat).toBeGreaterThanOrEqual(0);
          expect(task.freeFloat).toBeGreaterThanOrEqual(0);
          expect(task.freeFloat).toBeLessThanOrEqual(task.totalFloat);
          expect(task.earlyStart).toBeGreaterThanOrEqual(0);
          expect(task.lateFinish).toBeLessThanOrEqual(projectDuration);
          expect(task.isCritical).toBe(task.totalFloat === 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches a brute-force longest-path forward pass', () => {
    fc.assert(
      fc.property(dagArbitrary, (tasks) => {
        const result = analyzeCriticalPath(tasks);
        if (!result.ok) throw new Error(result.error.message);
        const expected = referenceEarlyStarts(tasks);
        for (const task of result.value.tasks) expect(task.earlyStart).toBe(expected.get(task.id));
      }),
      { numRuns: 200 },
    );
  });

  it('every critical path is a chain of driving links whose length (durations + lags) is the project duration', () => {
    fc.assert(
      fc.property(dagArbitrary, (tasks) => {
        const result = analyzeCriticalPath(tasks);
        if (!result.ok) throw new Error(result.error.message);
        const { projectDuration, criticalPaths } = result.value;
        const byId = new Map(tasks.map((task) => [task.id, task]));
        const scheduled = new Map(result.value.tasks.map((task) => [task.id, task]));
        expect(criticalPaths.length).toBeGreaterThan(0);
        for (const path of criticalPaths) {
          expect(scheduled.get(path[0])!.earlyStart).toBe(0);
          let length = 0;
          path.forEach((id, index) => {
            expect(scheduled.get(id)!.isCritical).toBe(true);
            length += byId.get(id)!.durationDays;
            if (index === 0) return;
            const previous = scheduled.get(path[index - 1])!;
            const link = byId
              .get(id)!
              .predecessors!.find(
                (candidate) =>
                  candidate.predecessorId === previous.id &&
                  previous.earlyFinish + (candidate.lagDays ?? 0) === scheduled.get(id)!.earlyStart,
              );
            expect(link).toBeDefined();
            length += link!.lagDays ?? 0;
          });
          expect(length).toBe(projectDuration);
          expect(scheduled.get(path[path.length - 1])!.earlyFinish).toBe(projectDuration);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('cycle detection on random graphs', () => {
  const withCycleArbitrary = dagArbitrary.chain((tasks) =>
    fc
      .shuffledSubarray(
        tasks.map((task) => task.id),
        { minLength: 1, maxLength: Math.min(tasks.length, 8) },
      )
      .map((loop) => {
        // Each loop member gains its neighbour as predecessor: loop[0] → loop[1] → … → loop[0].
        const extra = new Map(loop.map((id, index) => [loop[(index + 1) % loop.length], id]));
        const cyclic = tasks.map((task) =>
          extra.has(task.id)
            ? {
                ...task,
                predecessors: [...(task.predecessors ?? []), { predecessorId: extra.get(task.id)!, lagDays: 0 }],
              }
            : task,
        );
        return { tasks: cyclic, loop };
      }),
  );

  it('always reports an injected loop, and the loop it names is real', () => {
    fc.assert(
      fc.property(withCycleArbitrary, ({ tasks }) => {
        const result = analyzeCriticalPath(tasks);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe(criticalPathErrorCodes.cycle);
        const cycle = (result.error.details as { cycle: string[] }).cycle;
        expect(new Set(cycle).size).toBe(cycle.length);
        const byId = new Map(tasks.map((task) => [task.id, task]));
        cycle.forEach((id, index) => {
          const next = byId.get(cycle[(index + 1) % cycle.length])!;
          expect(next.predecessors?.some((link) => link.predecessorId === id)).toBe(true);
        });
        expect(result.error.message).toContain(`${cycle.join(' → ')} → ${cycle[0]}`);
      }),
      { numRuns: 300 },
    );
  });
});
