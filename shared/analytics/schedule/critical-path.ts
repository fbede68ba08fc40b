import { fail, ok, type Result } from '../../result';

/** A finish-to-start link: the task may start `lagDays` working days after its predecessor finishes. */
export interface CpmLink {
  predecessorId: string;
  /** Working days between the predecessor's finish and this start; negative is a lead. */
  lagDays?: number;
}

/** A task as the critical path method sees it; a `PlanItem` fits as is. */
export interface CpmTask {
  id: string;
  /** Working days; 0 makes a milestone. Fractions are allowed (PERT expected times). */
  durationDays: number;
  predecessors?: readonly CpmLink[];
  /** Shown instead of the id in error messages. */
  title?: string;
}

/** One task's dates as working-day offsets from the project start (day 0 = first working day). */
export interface ScheduledTask {
  id: string;
  durationDays: number;
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** LS − ES: how far the task can slip before the project end moves. */
  totalFloat: number;
  /** min(ES of successor − lag) − EF: how far it can slip before any successor moves. */
  freeFloat: number;
  isCritical: boolean;
}

/** What {@link analyzeCriticalPath} finds; every figure is a working-day offset. */
export interface CriticalPathAnalysis {
  /** Working days from the project start to the last early finish. */
  projectDuration: number;
  /** Every task, in input order. */
  tasks: ScheduledTask[];
  /** Ids of the tasks with no total float, in dependency order. */
  criticalTaskIds: string[];
  /** Each critical path as task ids from the project start to its end (at most `maxPaths`). */
  criticalPaths: string[][];
  /** True when more critical paths exist than were listed. */
  criticalPathsTruncated: boolean;
}

/** Tuning for {@link analyzeCriticalPath}. */
export interface CriticalPathOptions {
  /** How many critical paths to list; parallel critical chains can multiply. Default 20. */
  maxPaths?: number;
}

/** Codes of the errors {@link analyzeCriticalPath} returns. */
export const criticalPathErrorCodes = {
  duplicateTask: 'schedule_duplicate_task',
  invalidDuration: 'schedule_invalid_duration',
  invalidLag: 'schedule_invalid_lag',
  unknownPredecessor: 'schedule_unknown_predecessor',
  cycle: 'schedule_cycle',
} as const;

// Floats below this are rounding noise from fractional (PERT) durations, not slack.
const EPSILON = 1e-9;
const snap = (value: number): number => (Math.abs(value) < EPSILON ? 0 : value);
const listSome = (items: string[]): string =>
  items.length > 5 ? `${items.slice(0, 5).join(', ')}…` : items.join(', ');

/**
 * Critical path method over finish-to-start links with lags (docs/domain.md "Critical path"): forward
 * pass ES = max(0, EF pred + lag), EF = ES + duration; backward pass LF = min(project end,
 * LS succ − lag), LS = LF − duration; total float LS − ES, free float min(ES succ − lag) − EF.
 * Linear time (Kahn's topological order over typed arrays, no recursion). Errors are values:
 * duplicate ids, negative durations, unknown predecessors, or a dependency loop named in order.
 */
export function analyzeCriticalPath(
  tasks: readonly CpmTask[],
  options: CriticalPathOptions = {},
): Result<CriticalPathAnalysis> {
  const count = tasks.length;
  const labelOf = (index: number) => tasks[index].title ?? tasks[index].id;
  const indexById = new Map<string, number>();
  const duplicates: string[] = [];
  const badDurations: string[] = [];
  const duration = new Float64Array(count);
  let linkCount = 0;
  for (let index = 0; index < count; index += 1) {
    const task = tasks[index];
    const known = indexById.size;
    // One hash lookup instead of has + set; a repeat keeps the later index, but fails below anyway.
    if (indexById.set(task.id, index).size === known) duplicates.push(task.id);
    if (!Number.isFinite(task.durationDays) || task.durationDays < 0) badDurations.push(labelOf(index));
    duration[index] = task.durationDays;
    linkCount += task.predecessors?.length ?? 0;
  }
  if (duplicates.length > 0) {
    return fail(criticalPathErrorCodes.duplicateTask, `Task ids must be unique; repeated: ${listSome(duplicates)}.`, {
      ids: duplicates,
    });
  }
  if (badDurations.length > 0) {
    return fail(
      criticalPathErrorCodes.invalidDuration,
      `A duration must be zero or more working days; fix: ${listSome(badDurations)}.`,
      { tasks: badDurations },
    );
  }

  // Predecessor links of task j sit at predStart[j]..predStart[j + 1] (CSR layout).
  const predStart = new Int32Array(count + 1);
  const predFrom = new Int32Array(linkCount);
  const predLag = new Float64Array(linkCount);
  const outDegree = new Int32Array(count);
  const unknown: { taskId: string; predecessorId: string }[] = [];
  const badLags: string[] = [];
  let link = 0;
  for (let index = 0; index < count; index += 1) {
    predStart[index] = link;
    const predecessors = tasks[index].predecessors;
    if (!predecessors) continue;
    for (let p = 0; p < predecessors.length; p += 1) {
      const predecessor = predecessors[p];
      const from = indexById.get(predecessor.predecessorId);
      const lag = predecessor.lagDays ?? 0;
      if (from === undefined) {
        unknown.push({ taskId: tasks[index].id, predecessorId: predecessor.predecessorId });
        continue;
      }
      if (!Number.isFinite(lag)) badLags.push(labelOf(index));
      predFrom[link] = from;
      predLag[link] = lag;
      outDegree[from] += 1;
      link += 1;
    }
  }
  predStart[count] = link;
  if (unknown.length > 0) {
    const names = [...new Set(unknown.map((entry) => entry.predecessorId))];
    return fail(
      criticalPathErrorCodes.unknownPredecessor,
      `Some predecessors are not tasks of this plan: ${listSome(names)}. Remove those links or add the tasks.`,
      { links: unknown },
    );
  }
  if (badLags.length > 0) {
    return fail(
      criticalPathErrorCodes.invalidLag,
      `A lag must be a number of working days; fix: ${listSome(badLags)}.`,
      {
        tasks: badLags,
      },
    );
  }

  const succStart = new Int32Array(count + 1);
  for (let index = 0; index < count; index += 1) succStart[index + 1] = succStart[index] + outDegree[index];
  const succTo = new Int32Array(link);
  const succLag = new Float64Array(link);
  const fill = succStart.slice(0, count);
  for (let to = 0; to < count; to += 1) {
    for (let l = predStart[to]; l < predStart[to + 1]; l += 1) {
      const slot = fill[predFrom[l]]++;
      succTo[slot] = to;
      succLag[slot] = predLag[l];
    }
  }

  const order = orderTopologically(count, predStart, succStart, succTo);
  if (order.length < count) {
    const cycle = findCycle(count, order, predStart, predFrom);
    const named = [...cycle, cycle[0]].map(labelOf).join(' → ');
    return fail(
      criticalPathErrorCodes.cycle,
      `The plan has a dependency loop: ${named}. Remove one of these links so the work can be ordered.`,
      { cycle: cycle.map((index) => tasks[index].id) },
    );
  }

  const earlyStart = new Float64Array(count);
  const earlyFinish = new Float64Array(count);
  let projectDuration = 0;
  for (const task of order) {
    let start = 0;
    for (let l = predStart[task]; l < predStart[task + 1]; l += 1) {
      const candidate = earlyFinish[predFrom[l]] + predLag[l];
      if (candidate > start) start = candidate;
    }
    earlyStart[task] = start;
    earlyFinish[task] = start + duration[task];
    if (earlyFinish[task] > projectDuration) projectDuration = earlyFinish[task];
  }

  const lateStart = new Float64Array(count);
  const lateFinish = new Float64Array(count);
  const freeFloat = new Float64Array(count);
  for (let k = count - 1; k >= 0; k -= 1) {
    const task = order[k];
    let finish = projectDuration;
    let nextStart = projectDuration;
    for (let l = succStart[task]; l < succStart[task + 1]; l += 1) {
      const successor = succTo[l];
      const latest = lateStart[successor] - succLag[l];
      if (latest < finish) finish = latest;
      const earliest = earlyStart[successor] - succLag[l];
      if (earliest < nextStart) nextStart = earliest;
    }
    lateFinish[task] = finish;
    lateStart[task] = finish - duration[task];
    freeFloat[task] = snap(nextStart - earlyFinish[task]);
  }

  const isCritical = new Uint8Array(count);
  const scheduled: ScheduledTask[] = new Array(count);
  for (let index = 0; index < count; index += 1) {
    const totalFloat = snap(lateStart[index] - earlyStart[index]);
    isCritical[index] = totalFloat <= 0 ? 1 : 0;
    scheduled[index] = {
      id: tasks[index].id,
      durationDays: duration[index],
      earlyStart: earlyStart[index],
      earlyFinish: earlyFinish[index],
      lateStart: lateStart[index],
      lateFinish: lateFinish[index],
      totalFloat,
      freeFloat: freeFloat[index],
      isCritical: isCritical[index] === 1,
    };
  }

  const isDriving = (from: number, l: number) =>
    isCritical[succTo[l]] === 1 && Math.abs(earlyFinish[from] + succLag[l] - earlyStart[succTo[l]]) < EPSILON;
  const paths = listCriticalPaths(order, isCritical, succStart, succTo, isDriving, options.maxPaths ?? 20);
  return ok({
    projectDuration,
    tasks: scheduled,
    criticalTaskIds: order.filter((index) => isCritical[index] === 1).map((index) => tasks[index].id),
    criticalPaths: paths.paths.map((path) => path.map((index) => tasks[index].id)),
    criticalPathsTruncated: paths.truncated,
  });
}

/** Kahn's algorithm; returns fewer than `count` indices when a loop blocks the rest. */
function orderTopologically(count: number, predStart: Int32Array, succStart: Int32Array, succTo: Int32Array) {
  const waiting = new Int32Array(count);
  const queue = new Int32Array(count);
  let tail = 0;
  for (let index = 0; index < count; index += 1) {
    waiting[index] = predStart[index + 1] - predStart[index];
    if (waiting[index] === 0) queue[tail++] = index;
  }
  for (let head = 0; head < tail; head += 1) {
    const task = queue[head];
    for (let l = succStart[task]; l < succStart[task + 1]; l += 1) {
      waiting[succTo[l]] -= 1;
      if (waiting[succTo[l]] === 0) queue[tail++] = succTo[l];
    }
  }
  return Array.from(queue.subarray(0, tail));
}

/**
 * A loop among the tasks Kahn could not order, in dependency order. Every such task still has an
 * unordered predecessor, so walking predecessors must revisit a task.
 */
function findCycle(count: number, ordered: number[], predStart: Int32Array, predFrom: Int32Array): number[] {
  const isOrdered = new Uint8Array(count);
  for (const index of ordered) isOrdered[index] = 1;
  const seenAt = new Int32Array(count).fill(-1);
  const walk: number[] = [];
  let task = isOrdered.indexOf(0);
  while (seenAt[task] < 0) {
    seenAt[task] = walk.length;
    walk.push(task);
    for (let l = predStart[task]; l < predStart[task + 1]; l += 1) {
      if (isOrdered[predFrom[l]] === 0) {
        task = predFrom[l];
        break;
      }
    }
  }
  const cycle = walk.slice(seenAt[task]).reverse();
  // Start from the task listed first, so the same loop is always named the same way.
  let first = 0;
  for (let index = 1; index < cycle.length; index += 1) if (cycle[index] < cycle[first]) first = index;
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

/**
 * Depth-first walk of the driving links between critical tasks. Each critical task not at the end
 * has a driving critical successor, so every walk runs from day 0 to the project end.
 */
function listCriticalPaths(
  order: number[],
  isCritical: Uint8Array,
  succStart: Int32Array,
  succTo: Int32Array,
  isDriving: (from: number, link: number) => boolean,
  maxPaths: number,
): { paths: number[][]; truncated: boolean } {
  const count = isCritical.length;
  const isDriven = new Uint8Array(count);
  for (const task of order) {
    if (isCritical[task] === 0) continue;
    for (let l = succStart[task]; l < succStart[task + 1]; l += 1) if (isDriving(task, l)) isDriven[succTo[l]] = 1;
  }
  const paths: number[][] = [];
  const stack = new Int32Array(count);
  const cursor = new Int32Array(count);
  const hasNext = new Uint8Array(count);
  for (const start of order) {
    if (isCritical[start] === 0 || isDriven[start] === 1) continue;
    let depth = 0;
    stack[0] = start;
    cursor[0] = succStart[start];
    hasNext[0] = 0;
    while (depth >= 0) {
      const task = stack[depth];
      let next = -1;
      while (cursor[depth] < succStart[task + 1]) {
        const l = cursor[depth]++;
        if (isDriving(task, l)) {
          next = succTo[l];
          break;
        }
      }
      if (next >= 0) {
        hasNext[depth] = 1;
        depth += 1;
        stack[depth] = next;
        cursor[depth] = succStart[next];
        hasNext[depth] = 0;
        continue;
      }
      if (hasNext[depth] === 0) {
        if (paths.length === maxPaths) return { paths, truncated: true };
        paths.push(Array.from(stack.subarray(0, depth + 1)));
      }
      depth -= 1;
    }
  }
  return { paths, truncated: false };
}
