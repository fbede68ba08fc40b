import type { CriticalPathAnalysis } from './critical-path';
import type { IsoDate, WorkingCalendar } from './working-calendar';

/** A scheduled task's early and late dates: the first and last working day it occupies. */
export interface DatedTask {
  id: string;
  earlyStart: IsoDate;
  earlyFinish: IsoDate;
  lateStart: IsoDate;
  lateFinish: IsoDate;
}

/** A critical-path analysis in calendar dates. */
export interface DatedSchedule {
  /** Working day 0: the project start, or the first working day after it. */
  projectStart: IsoDate;
  /** The last working day of the project (day 0 for a plan of milestones only). */
  projectFinish: IsoDate;
  tasks: DatedTask[];
}

/**
 * Maps critical-path offsets to calendar dates from a project start. Offset `s` is the start of
 * working day `s`, so a task of duration d > 0 runs from day ⌊ES⌋ to day ⌈EF⌉ − 1. A milestone
 * (d = 0) marks the end of the working day before its offset, like the finish of the work that
 * leads to it; at offset 0 it sits on day 0.
 */
export function mapScheduleToDates(
  analysis: CriticalPathAnalysis,
  calendar: WorkingCalendar,
  projectStart: IsoDate,
): DatedSchedule {
  const dayZero = calendar.firstWorkingDayFrom(projectStart);
  const dates = new Map<number, IsoDate>();
  const dateOfDay = (day: number): IsoDate => {
    let date = dates.get(day);
    if (date === undefined) {
      date = calendar.addWorkingDays(dayZero, day);
      dates.set(day, date);
    }
    return date;
  };
  const finishDate = (offset: number) => dateOfDay(Math.max(Math.ceil(offset) - 1, 0));
  const startDate = (offset: number, duration: number) =>
    duration > 0 ? dateOfDay(Math.floor(offset)) : finishDate(offset);

  return {
    projectStart: dayZero,
    projectFinish: finishDate(analysis.projectDuration),
    tasks: analysis.tasks.map((task) => ({
      id: task.id,
      earlyStart: startDate(task.earlyStart, task.durationDays),
      earlyFinish: finishDate(task.earlyFinish),
      lateStart: startDate(task.lateStart, task.durationDays),
      lateFinish: finishDate(task.lateFinish),
    })),
  };
}
