import type { WorkspaceSettingsFields } from '../../schemas/workspace-settings';
import { isoWeekdayOf, toDayNumber } from './iso-day';

// The workspace's working week for load sums; private to resources/ (the schedule code has its own calendar).

/** Working weekdays, holidays and a per-week cache of working-day counts. */
export interface Calendar {
  isWorkingWeekday: boolean[];
  holidays: Set<number>;
  /** Working days in a normal week: weekly hours are spread evenly over them. */
  nominalDays: number;
  fullWeekDays: Map<number, number>;
}

/** Prepares the calendar once per computation. */
export function buildCalendar(calendar: Pick<WorkspaceSettingsFields, 'workingDays' | 'holidays'>): Calendar {
  const isWorkingWeekday = Array.from({ length: 8 }, () => false);
  for (const weekday of calendar.workingDays) isWorkingWeekday[weekday] = true;
  return {
    isWorkingWeekday,
    holidays: new Set(calendar.holidays.map(toDayNumber)),
    nominalDays: isWorkingWeekday.filter(Boolean).length,
    fullWeekDays: new Map(),
  };
}

/** A working weekday that is not a holiday. */
export function isWorkingDay(calendar: Calendar, day: number): boolean {
  return calendar.isWorkingWeekday[isoWeekdayOf(day)] && !calendar.holidays.has(day);
}

/** Working days from `from` to `to`, inclusive. */
export function countWorkingDays(calendar: Calendar, from: number, to: number): number {
  let count = 0;
  for (let day = from; day <= to; day++) if (isWorkingDay(calendar, day)) count++;
  return count;
}

/** Working days of the week starting on `monday`, holidays excluded; cached per week. */
export function workingDaysOfWeek(calendar: Calendar, monday: number): number {
  let count = calendar.fullWeekDays.get(monday);
  if (count === undefined) {
    count = countWorkingDays(calendar, monday, monday + 6);
    calendar.fullWeekDays.set(monday, count);
  }
  return count;
}
