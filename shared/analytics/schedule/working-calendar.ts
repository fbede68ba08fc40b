/** A calendar day as `YYYY-MM-DD`, the form every plan date takes (`IsoDateSchema`). */
export type IsoDate = string;

// 1970-01-01 (epoch day 0) was a Thursday, so epoch day −3 was a Monday.
const MONDAY_OFFSET = 3;
const DIGIT_0 = 48;

function readDigits(text: string, from: number, count: number): number {
  let value = 0;
  for (let index = from; index < from + count; index += 1) {
    const digit = text.charCodeAt(index) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date. Plans reason in whole days, so dates become day
 * numbers by civil-calendar arithmetic (H. Hinnant's days_from_civil): no Date object, so the
 * runtime's timezone and DST can never shift a day (date-fns reads local time), and it is fast.
 * @throws RangeError when `date` is not a real calendar date; schema-validated input never is.
 */
export function toEpochDay(date: IsoDate): number {
  const year = readDigits(date, 0, 4);
  const month = readDigits(date, 5, 2);
  const day = readDigits(date, 8, 2);
  if (
    date.length !== 10 ||
    date[4] !== '-' ||
    date[7] !== '-' ||
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new RangeError(`"${date}" is not a calendar date in the form YYYY-MM-DD.`);
  }
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** The `YYYY-MM-DD` date of an epoch day number (inverse of {@link toEpochDay}; civil_from_days). */
export function fromEpochDay(epochDay: number): IsoDate {
  const shifted = epochDay + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an epoch day. */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + MONDAY_OFFSET) % 7) + 7) % 7) + 1;
}

/**
 * Working days of a workspace (`WorkspaceSettings.workingDays` and `holidays`). Every date is an
 * ISO `YYYY-MM-DD` string; every span is counted in working days.
 */
export interface WorkingCalendar {
  /** ISO weekdays that are worked, ascending (1 = Monday … 7 = Sunday). */
  readonly workingDays: readonly number[];
  /** Holidays that fall on a worked weekday, ascending and without duplicates. */
  readonly holidays: readonly IsoDate[];
  isWorkingDay(date: IsoDate): boolean;
  /**
   * The date `days` working days after `date` (before it when negative), as spreadsheet WORKDAY
   * counts: `date` itself is never counted, and `days = 0` returns `date` unchanged. Fractions
   * are truncated. @throws RangeError when `days` is not finite.
   */
  addWorkingDays(date: IsoDate, days: number): IsoDate;
  /**
   * Signed working days from `from` to `to`: the working days after `from` up to and including
   * `to`, negated when `to` is earlier. Friday → next Monday is 1; Monday → the Friday before is
   * −1. Antisymmetric, and it undoes `addWorkingDays` from any working day.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** `date` when it is worked, else the next working day. */
  firstWorkingDayFrom(date: IsoDate): IsoDate;
  /** Hot-loop form of {@link WorkingCalendar.isWorkingDay} on epoch day numbers. */
  isWorkingEpochDay(epochDay: number): boolean;
  /**
   * A running count of working days up to and including `epochDay`; only differences between two
   * counts mean anything (they are working-day spans). O(log holidays).
   */
  workingDayNumber(epochDay: number): number;
}

/** Settings a calendar is built from; defaults to Monday–Friday without holidays. */
export interface WorkingCalendarSettings {
  workingDays?: readonly number[];
  holidays?: readonly IsoDate[];
}

/**
 * Builds the working calendar of a workspace from its settings.
 * @throws RangeError when no weekday is worked (the schema requires at least one).
 */
export function createWorkingCalendar(settings: WorkingCalendarSettings = {}): WorkingCalendar {
  const workingDays = [...new Set(settings.workingDays ?? [1, 2, 3, 4, 5])]
    .filter((weekday) => Number.isInteger(weekday) && weekday >= 1 && weekday <= 7)
    .sort((a, b) => a - b);
  if (workingDays.length === 0) throw new RangeError('A working calendar needs at least one working weekday.');
  const isWorkedWeekday = Array.from({ length: 8 }, (_, weekday) => workingDays.includes(weekday));
  // workedThrough[r]: worked weekdays from Monday to weekday r + 1 inclusive.
  const workedThrough = new Int32Array(7);
  for (let r = 0; r < 7; r += 1) {
    workedThrough[r] = (r > 0 ? workedThrough[r - 1] : 0) + (isWorkedWeekday[r + 1] ? 1 : 0);
  }
  const perWeek = workingDays.length;

  const holidayDays = Int32Array.from(
    [...new Set((settings.holidays ?? []).map(toEpochDay))]
      .filter((day) => isWorkedWeekday[isoWeekdayOfEpochDay(day)])
      .sort((a, b) => a - b),
  );
  const holidaySet = new Set(holidayDays);

  const countHolidaysThrough = (epochDay: number): number => {
    let low = 0;
    let high = holidayDays.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (holidayDays[mid] <= epochDay) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const isWorkingEpochDay = (epochDay: number): boolean =>
    isWorkedWeekday[isoWeekdayOfEpochDay(epochDay)] && !holidaySet.has(epochDay);

  const workingDayNumber = (epochDay: number): number => {
    const sinceMonday = epochDay + MONDAY_OFFSET;
    const weeks = Math.floor(sinceMonday / 7);
    return weeks * perWeek + workedThrough[sinceMonday - weeks * 7] - countHolidaysThrough(epochDay);
  };

  // Smallest epoch day whose working-day number reaches `target`: that day is itself worked.
  const findWorkingDay = (near: number, target: number, span: number): number => {
    let low = near;
    let high = near;
    for (let step = span; workingDayNumber(low) >= target; step *= 2) low -= step;
    for (let step = span; workingDayNumber(high) < target; step *= 2) high += step;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (workingDayNumber(mid) >= target) high = mid;
      else low = mid;
    }
    return high;
  };

  const addWorkingEpochDays = (epochDay: number, days: number): number => {
    if (!Number.isFinite(days)) throw new RangeError(`Cannot add ${days} working days.`);
    if (days === 0) return epochDay;
    const span = Math.ceil((Math.abs(days) * 7) / perWeek) + 7;
    // From a Saturday, one working day back is Friday, as spreadsheet WORKDAY counts.
    const target = workingDayNumber(epochDay) + days + (days < 0 && !isWorkingEpochDay(epochDay) ? 1 : 0);
    return findWorkingDay(epochDay, target, span);
  };

  return {
    workingDays,
    holidays: Array.from(holidayDays, fromEpochDay),
    isWorkingDay: (date) => isWorkingEpochDay(toEpochDay(date)),
    addWorkingDays: (date, days) => fromEpochDay(addWorkingEpochDays(toEpochDay(date), Math.trunc(days))),
    workingDaysBetween: (from, to) => workingDayNumber(toEpochDay(to)) - workingDayNumber(toEpochDay(from)),
    nextWorkingDay: (date) => fromEpochDay(addWorkingEpochDays(toEpochDay(date), 1)),
    firstWorkingDayFrom: (date) => {
      const epochDay = toEpochDay(date);
      return isWorkingEpochDay(epochDay) ? date : fromEpochDay(addWorkingEpochDays(epochDay, 1));
    },
    isWorkingEpochDay,
    workingDayNumber,
  };
}
