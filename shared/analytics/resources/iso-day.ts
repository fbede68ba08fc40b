import { fromEpochDay, isoWeekdayOfEpochDay, toEpochDay } from '../schedule/working-calendar';

/**
 * Calendar days as integers (days since 1970-01-01) so loops over weeks stay cheap. The arithmetic
 * lives once, in the working calendar; these names read well in week-based code.
 */

/** Day number of an ISO date; a date-time string (e.g. `updatedAt`) is read by its date part. */
export function toDayNumber(isoDate: string): number {
  return toEpochDay(isoDate.length === 10 ? isoDate : isoDate.slice(0, 10));
}

/** ISO date (`YYYY-MM-DD`) of a day number. */
export const fromDayNumber = fromEpochDay;

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekdayOf = isoWeekdayOfEpochDay;

/** Day number of the Monday that starts the ISO week holding this day. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - (isoWeekdayOf(dayNumber) - 1);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The ISO 8601 week of a day: weeks start on Monday and belong to the year of their Thursday, so
 * 2026-12-31 is in week 53 of 2026 and 2027-01-01 too. `week` is 1–53.
 */
export function isoWeekOf(isoDate: string): { year: number; week: number } {
  const thursday = mondayOf(toDayNumber(isoDate)) + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const firstDay = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
  return { year, week: Math.floor((thursday - firstDay) / 7) + 1 };
}

/** The Monday `weeks` weeks after (or before, when negative) the week holding this day. */
export function shiftWeek(isoDate: string, weeks: number): string {
  return fromDayNumber(mondayOf(toDayNumber(isoDate)) + 7 * weeks);
}
