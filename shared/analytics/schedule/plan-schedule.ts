import type { Dependency, Milestone, PlanItem } from '../../schemas/plan';
import { analyzeCriticalPath, type CpmTask, criticalPathErrorCodes } from './critical-path';
import { mapScheduleToDates } from './schedule-dates';
import type { IsoDate, WorkingCalendar } from './working-calendar';

/** The two kinds of record a plan is drawn from. */
export type PlanEntryKind = 'milestone' | 'planItem';

/** The days a plan item occupies: its first and last day (inclusive) and the working days between. */
export interface PlanItemSpan {
  start: IsoDate;
  finish: IsoDate;
  /** Working days from start to finish, both counted; 0 for a zero-length item. */
  workingDays: number;
}

/**
 * A plan item's span (docs/domain.md "Plan item (task / deliverable)"): from its start to its end date, else
 * `durationDays` working days from the start, counted as shared/analytics/earned-value/planned-value.ts
 * phases its budget, so the Gantt bar and the planned value cover the same days. Null without a start.
 */
export function spanOfPlanItem(
  item: Pick<PlanItem, 'start' | 'end'> & { durationDays?: number },
  calendar: WorkingCalendar,
): PlanItemSpan | null {
  if (!item.start) return null;
  const start = item.start;
  const duration = item.durationDays ?? 1;
  if (!item.end && duration < 1) return { start, finish: start, workingDays: 0 };
  let finish = item.end ?? calendar.addWorkingDays(calendar.firstWorkingDayFrom(start), duration - 1);
  if (finish < start) finish = start;
  if (!item.end) return { start, finish, workingDays: duration };
  const workingDays = calendar.workingDaysBetween(start, finish) + (calendar.isWorkingDay(start) ? 1 : 0);
  return { start, finish, workingDays };
}

/** A finish-to-start link between two entries of the plan, both present. */
export interface PlanLink {
  fromId: string;
  toId: string;
  lagDays: number;
}

/** One milestone or plan item as scheduled. */
export interface ScheduledPlanEntry {
  id: string;
  kind: PlanEntryKind;
  title: string;
  /** The first day drawn: the item's start, the milestone's date; from the network when the item has no start. */
  start: IsoDate | null;
  /** The last day drawn; a milestone's date. */
  finish: IsoDate | null;
  /** Working days as the critical path method counts them (0 for a milestone). */
  durationDays: number;
  /** True when the dates come from the network (an item without a start), not from the record. */
  isFromNetwork: boolean;
  /** Working days the entry may slip before the plan's finish moves; null when the network failed. */
  totalFloat: number | null;
  isCritical: boolean;
  /**
   * Its predecessors finish after its recorded start allows: the dependencies push it later than its
   * dates say (the first day they allow, else null).
   */
  pushedTo: IsoDate | null;
}

/** Why the network could not be scheduled: a dependency loop, named by ids in order. */
export interface PlanScheduleProblem {
  code: 'cycle';
  cycleIds: string[];
}

/** A plan scheduled by the critical path method, in calendar dates. */
export interface PlanSchedule {
  /** Working day 0: the project start or the plan's earliest date, whichever is first. */
  projectStart: IsoDate;
  /** The last day of the plan as the network computes it; null when it failed. */
  projectFinish: IsoDate | null;
  /** Milestones first, then plan items, each in input order. */
  entries: ScheduledPlanEntry[];
  byId: Map<string, ScheduledPlanEntry>;
  /** Links whose two ends are in the plan (a link to a deleted record is left out: "no link"). */
  links: PlanLink[];
  /** Ids of the critical entries in dependency order: analyzeCriticalPath's own list. */
  criticalTaskIds: string[];
  /** Each critical path from the plan's start to its finish. */
  criticalPaths: string[][];
  problem: PlanScheduleProblem | null;
}

/** What {@link schedulePlan} reads. */
export interface PlanScheduleInput {
  milestones: readonly Pick<Milestone, 'id' | 'title' | 'forecastDate' | 'actualDate' | 'predecessors'>[];
  planItems: readonly Pick<PlanItem, 'id' | 'title' | 'start' | 'end' | 'durationDays' | 'predecessors'>[];
  calendar: WorkingCalendar;
  /** The project's start, when it has one. */
  projectStart?: IsoDate;
  /** Where a plan without any date starts. */
  today: IsoDate;
}

// The virtual start every dated entry hangs from; not a UUID, so it can never be a record's id.
const startId = 'plan-start';

/**
 * Schedules a project's plan with the critical path method (critical-path.ts), milestones as
 * zero-length tasks. A recorded date is a "start no earlier than" constraint, written as a link from
 * a virtual start with that many working days of lag: the network then respects both the dates the
 * PM entered and the finish-to-start links, and its critical path is the chain that drives the
 * plan's finish as drawn. An item's start sits at offset `working days from day 0`; a milestone marks
 * the end of its day (offset + 1), as schedule-dates.ts maps offsets back. Items without a start
 * get the network's early dates. Linear in entries and links, like the analysis itself.
 */
export function schedulePlan(input: PlanScheduleInput): PlanSchedule {
  const { calendar, milestones, planItems } = input;
  const milestoneDate = (milestone: (typeof milestones)[number]) => milestone.actualDate ?? milestone.forecastDate;
  const spans = planItems.map((item) => spanOfPlanItem(item, calendar));

  let earliest = input.projectStart;
  for (const milestone of milestones) {
    const date = milestoneDate(milestone);
    if (earliest === undefined || date < earliest) earliest = date;
  }
  for (const span of spans) if (span && (earliest === undefined || span.start < earliest)) earliest = span.start;
  const dayZero = calendar.firstWorkingDayFrom(earliest ?? input.today);
  const offsetOfStart = (date: IsoDate) => calendar.workingDaysBetween(dayZero, calendar.firstWorkingDayFrom(date));

  const ids = new Set<string>();
  for (const milestone of milestones) ids.add(milestone.id);
  for (const item of planItems) ids.add(item.id);
  const links: PlanLink[] = [];
  const linksOf = (toId: string, predecessors: readonly Dependency[] | undefined, offset: number | null) => {
    const cpm: { predecessorId: string; lagDays: number }[] =
      offset === null ? [] : [{ predecessorId: startId, lagDays: offset }];
    for (const { predecessorId, lagDays } of predecessors ?? []) {
      if (!ids.has(predecessorId) || predecessorId === toId) continue;
      const lag = lagDays ?? 0;
      links.push({ fromId: predecessorId, toId, lagDays: lag });
      cpm.push({ predecessorId, lagDays: lag });
    }
    return cpm;
  };

  const tasks: CpmTask[] = [{ id: startId, durationDays: 0 }];
  for (const milestone of milestones) {
    const offset = calendar.workingDaysBetween(dayZero, milestoneDate(milestone)) + 1;
    tasks.push({
      id: milestone.id,
      title: milestone.title,
      durationDays: 0,
      predecessors: linksOf(milestone.id, milestone.predecessors, offset),
    });
  }
  planItems.forEach((item, index) => {
    const span = spans[index];
    tasks.push({
      id: item.id,
      title: item.title,
      durationDays: span ? span.workingDays : Math.max(0, item.durationDays ?? 1),
      predecessors: linksOf(item.id, item.predecessors, span ? offsetOfStart(span.start) : null),
    });
  });

  const analyzed = analyzeCriticalPath(tasks);
  const entries: ScheduledPlanEntry[] = [];
  const byId = new Map<string, ScheduledPlanEntry>();
  const add = (entry: ScheduledPlanEntry) => {
    entries.push(entry);
    byId.set(entry.id, entry);
  };

  if (!analyzed.ok) {
    const cycleIds =
      analyzed.error.code === criticalPathErrorCodes.cycle
        ? ((analyzed.error.details as { cycle?: string[] } | undefined)?.cycle ?? [])
        : [];
    for (const milestone of milestones) {
      const date = milestoneDate(milestone);
      add({ ...entryBase(milestone, 'milestone', 0), start: date, finish: date });
    }
    planItems.forEach((item, index) => {
      const span = spans[index];
      add({
        ...entryBase(item, 'planItem', span?.workingDays ?? item.durationDays ?? 1),
        start: span?.start ?? null,
        finish: span?.finish ?? null,
      });
    });
    return {
      projectStart: dayZero,
      projectFinish: null,
      entries,
      byId,
      links,
      criticalTaskIds: [],
      criticalPaths: [],
      problem: { code: 'cycle', cycleIds },
    };
  }

  const analysis = analyzed.value;
  const dated = mapScheduleToDates(analysis, calendar, dayZero);
  // Tasks come back in input order: 0 is the virtual start, then milestones, then plan items.
  const indexOfTask = new Map(tasks.map((task, index) => [task.id, index]));
  /** The first day the links allow, when it is later than the recorded one; else null. */
  const pushedStart = (index: number, recordedOffset: number, isMilestone: boolean): IsoDate | null => {
    let networkOffset = 0;
    for (const link of tasks[index].predecessors ?? []) {
      if (link.predecessorId === startId) continue;
      const from = analysis.tasks[indexOfTask.get(link.predecessorId) as number];
      networkOffset = Math.max(networkOffset, from.earlyFinish + (link.lagDays ?? 0));
    }
    if (networkOffset <= recordedOffset) return null;
    return isMilestone ? dated.tasks[index].earlyFinish : dated.tasks[index].earlyStart;
  };

  milestones.forEach((milestone, position) => {
    const index = 1 + position;
    const task = analysis.tasks[index];
    const date = milestoneDate(milestone);
    add({
      ...entryBase(milestone, 'milestone', 0),
      start: date,
      finish: date,
      totalFloat: task.totalFloat,
      isCritical: task.isCritical,
      pushedTo: pushedStart(index, calendar.workingDaysBetween(dayZero, date) + 1, true),
    });
  });
  planItems.forEach((item, position) => {
    const index = 1 + milestones.length + position;
    const task = analysis.tasks[index];
    const span = spans[position];
    add({
      ...entryBase(item, 'planItem', task.durationDays),
      start: span?.start ?? dated.tasks[index].earlyStart,
      finish: span?.finish ?? dated.tasks[index].earlyFinish,
      isFromNetwork: span === null,
      totalFloat: task.totalFloat,
      isCritical: task.isCritical,
      pushedTo: span ? pushedStart(index, offsetOfStart(span.start), false) : null,
    });
  });

  const withoutStart = (path: string[]) => path.filter((id) => id !== startId);
  return {
    projectStart: dayZero,
    projectFinish: dated.projectFinish,
    entries,
    byId,
    links,
    criticalTaskIds: withoutStart(analysis.criticalTaskIds),
    criticalPaths: analysis.criticalPaths.map(withoutStart).filter((path) => path.length > 0),
    problem: null,
  };
}

function entryBase(record: { id: string; title: string }, kind: PlanEntryKind, durationDays: number) {
  return {
    id: record.id,
    kind,
    title: record.title,
    durationDays,
    isFromNetwork: false,
    totalFloat: null,
    isCritical: false,
    pushedTo: null,
  };
}

/**
 * The order a plan is read in, top to bottom: by first day (unscheduled items last), an item before
 * a milestone of the same day, then by last day, title and id, so every screen lists it the same way.
 */
export function orderPlanEntries(entries: readonly ScheduledPlanEntry[]): ScheduledPlanEntry[] {
  const kindRank = (entry: ScheduledPlanEntry) => (entry.kind === 'planItem' ? 0 : 1);
  return [...entries].sort(
    (a, b) =>
      compareDates(a.start, b.start) ||
      kindRank(a) - kindRank(b) ||
      compareDates(a.finish, b.finish) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
}

const compareDates = (a: IsoDate | null, b: IsoDate | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
