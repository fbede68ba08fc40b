import type { Allocation, Person } from '../../schemas/resources';
import type { WorkspaceSettingsFields } from '../../schemas/workspace-settings';
import { fromDayNumber, mondayOf, toDayNumber } from './iso-day';
import { buildCalendar, type Calendar, countWorkingDays, isWorkingDay, workingDaysOfWeek } from './working-week';

/** What over-allocation needs of a person: weekly capacity and calendar exceptions. */
export type PersonCapacity = Pick<Person, 'id' | 'name' | 'capacityHoursPerWeek' | 'exceptions'>;
/** What over-allocation needs of an allocation. */
export type AllocationLoad = Pick<
  Allocation,
  'personId' | 'projectId' | 'from' | 'to' | 'hoursPerWeek' | 'percent' | 'isKey'
>;
/** The workspace calendar: ISO weekdays worked (1 = Monday) and holidays (`YYYY-MM-DD`). */
export type CalendarSettings = Pick<WorkspaceSettingsFields, 'workingDays' | 'holidays'>;

/** One person's load in one ISO week (Monday start). Hours are rounded to 0.01. */
export interface PersonWeekLoad {
  personId: string;
  personName: string;
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  weekStart: string;
  allocatedHours: number;
  capacityHours: number;
  /** allocatedHours − capacityHours; positive when over-allocated. */
  overBy: number;
  /** Projects with an allocation worked in that week, sorted. */
  projectIds: string[];
  /** The subset of projectIds on which the person is a key person (allocation.isKey). */
  keyProjectIds: string[];
}

/** A week in which a person's allocations exceed their capacity (overBy > 0). */
export type OverAllocation = PersonWeekLoad;

/** Optional date window (inclusive) that bounds the weeks looked at, e.g. the next quarter. */
export interface LoadWindow {
  from: string;
  to: string;
}

// Loads within this many hours of capacity are not over: it absorbs floating-point dust only.
const epsilonHours = 1e-6;

interface ParsedException {
  from: number;
  to: number;
  hoursPerWeek: number;
}

/** Hours available in the week: the weekly capacity (or an exception's, the lowest if several) per working day. */
function capacityOfWeek(
  calendar: Calendar,
  capacityHoursPerWeek: number,
  exceptions: ParsedException[],
  monday: number,
): number {
  if (exceptions.length === 0)
    return (capacityHoursPerWeek * workingDaysOfWeek(calendar, monday)) / calendar.nominalDays;
  const overlapping = exceptions.filter((exception) => exception.from <= monday + 6 && exception.to >= monday);
  if (overlapping.length === 0)
    return (capacityHoursPerWeek * workingDaysOfWeek(calendar, monday)) / calendar.nominalDays;
  let hours = 0;
  for (let day = monday; day <= monday + 6; day++) {
    if (!isWorkingDay(calendar, day)) continue;
    let weekly = capacityHoursPerWeek;
    for (const exception of overlapping) {
      if (exception.from <= day && day <= exception.to) weekly = Math.min(weekly, exception.hoursPerWeek);
    }
    hours += weekly / calendar.nominalDays;
  }
  return hours;
}

/**
 * The hours per week an allocation books: its `hoursPerWeek`, else its percent of the person's
 * contracted weekly capacity. Hours win over percent when both are given; percent is of the
 * contracted capacity, so a 100 % allocation during leave shows as over-allocation (the plan
 * ignores the leave).
 */
export function weeklyHoursOf(
  allocation: Pick<AllocationLoad, 'hoursPerWeek' | 'percent'>,
  capacityHoursPerWeek: number,
): number {
  return allocation.hoursPerWeek ?? ((allocation.percent ?? 0) / 100) * capacityHoursPerWeek;
}

/**
 * A person's capacity in each ISO week starting on the Mondays given, in hours rounded to 0.01, as
 * computeWeeklyLoads counts it (the weekly capacity, or the lowest exception's on each day it
 * covers, spread over the working days): what a week with nothing booked still offers.
 */
export function computeWeeklyCapacities(
  person: PersonCapacity,
  workingCalendar: CalendarSettings,
  weekStarts: readonly string[],
): number[] {
  const calendar = buildCalendar(workingCalendar);
  const exceptions = parseExceptions(person);
  return weekStarts.map((weekStart) =>
    round2(capacityOfWeek(calendar, person.capacityHoursPerWeek, exceptions, mondayOf(toDayNumber(weekStart)))),
  );
}

function parseExceptions(person: PersonCapacity): ParsedException[] {
  return person.exceptions.map((exception) => ({
    from: toDayNumber(exception.from),
    to: toDayNumber(exception.to),
    hoursPerWeek: exception.hoursPerWeek,
  }));
}

/** An allocation clipped to the window, as day numbers, with its hours per working day. */
interface Span {
  start: number;
  end: number;
  hoursPerDay: number;
  projectId: string;
  isKey: boolean;
}

function toSpan(
  calendar: Calendar,
  allocation: AllocationLoad,
  capacityHoursPerWeek: number,
  window: { from: number; to: number },
): Span | undefined {
  const start = Math.max(toDayNumber(allocation.from), window.from);
  const end = Math.min(toDayNumber(allocation.to), window.to);
  if (start > end) return undefined;
  const hoursPerDay = weeklyHoursOf(allocation, capacityHoursPerWeek) / calendar.nominalDays;
  return { start, end, hoursPerDay, projectId: allocation.projectId, isKey: allocation.isKey };
}

/** Working days of the span inside the week starting on `monday`. */
function spanDaysInWeek(calendar: Calendar, span: Span, monday: number): number {
  const from = Math.max(span.start, monday);
  const to = Math.min(span.end, monday + 6);
  if (from > to) return 0;
  return from === monday && to === monday + 6
    ? workingDaysOfWeek(calendar, monday)
    : countWorkingDays(calendar, from, to);
}

const round2 = (hours: number) => Math.round(hours * 100) / 100;

/**
 * Every person's load per ISO week in which they have allocated working days (docs/domain.md
 * "Over-allocation"). Weekly hours (an allocation's hours, or its percent × the person's
 * capacityHoursPerWeek; a person's capacity, or an exception's hoursPerWeek) are spread evenly
 * over the workspace's working days, so partial weeks and holidays prorate both sides alike.
 * Allocations of people not in `people` are ignored (their capacity is unknown). Sorted by
 * personId, then week. Linear in allocation-weeks.
 */
export function computeWeeklyLoads(
  people: readonly PersonCapacity[],
  allocations: readonly AllocationLoad[],
  workingCalendar: CalendarSettings,
  window?: LoadWindow,
): PersonWeekLoad[] {
  return collectLoads(people, allocations, workingCalendar, window, false);
}

/**
 * The person-weeks whose allocations exceed capacity (overBy > 0); see computeWeeklyLoads.
 * 1k people × 5k allocations over a year take tens of milliseconds.
 */
export function findOverAllocations(
  people: readonly PersonCapacity[],
  allocations: readonly AllocationLoad[],
  workingCalendar: CalendarSettings,
  window?: LoadWindow,
): OverAllocation[] {
  return collectLoads(people, allocations, workingCalendar, window, true);
}

function collectLoads(
  people: readonly PersonCapacity[],
  allocations: readonly AllocationLoad[],
  workingCalendar: CalendarSettings,
  window: LoadWindow | undefined,
  isOverOnly: boolean,
): PersonWeekLoad[] {
  const calendar = buildCalendar(workingCalendar);
  const bounds = {
    from: window ? toDayNumber(window.from) : Number.NEGATIVE_INFINITY,
    to: window ? toDayNumber(window.to) : Number.POSITIVE_INFINITY,
  };
  const allocationsByPerson = new Map<string, AllocationLoad[]>();
  for (const allocation of allocations) {
    const list = allocationsByPerson.get(allocation.personId);
    if (list) list.push(allocation);
    else allocationsByPerson.set(allocation.personId, [allocation]);
  }
  const peopleById = new Map<string, PersonCapacity>();
  for (const person of people) if (!peopleById.has(person.id)) peopleById.set(person.id, person);
  const personIds = [...peopleById.keys()].filter((id) => allocationsByPerson.has(id)).sort();
  const weekStarts = new Map<number, string>();

  const loads: PersonWeekLoad[] = [];
  for (const personId of personIds) {
    const person = peopleById.get(personId)!;
    const spans: Span[] = [];
    let firstMonday = Number.POSITIVE_INFINITY;
    let lastMonday = Number.NEGATIVE_INFINITY;
    for (const allocation of allocationsByPerson.get(personId)!) {
      const span = toSpan(calendar, allocation, person.capacityHoursPerWeek, bounds);
      if (!span) continue;
      spans.push(span);
      firstMonday = Math.min(firstMonday, mondayOf(span.start));
      lastMonday = Math.max(lastMonday, mondayOf(span.end));
    }
    if (spans.length === 0) continue;
    // One slot per week of the person's range: flat arrays instead of a Map of objects keep GC quiet.
    // The projects worked in each week are noted in the same sweep (no second pass over the spans
    // per week reported: bench/dashboard, 200 projects).
    const weekCount = (lastMonday - firstMonday) / 7 + 1;
    const hours: number[] = new Array(weekCount).fill(0);
    const projectsOfWeek: (string[] | undefined)[] = new Array(weekCount);
    const keyProjectsOfWeek: (string[] | undefined)[] = new Array(weekCount);
    for (const span of spans) {
      for (let monday = mondayOf(span.start); monday <= span.end; monday += 7) {
        const days = spanDaysInWeek(calendar, span, monday);
        if (days === 0) continue;
        const slot = (monday - firstMonday) / 7;
        hours[slot] += span.hoursPerDay * days;
        const worked = projectsOfWeek[slot];
        if (worked === undefined) projectsOfWeek[slot] = [span.projectId];
        else if (!worked.includes(span.projectId)) worked.push(span.projectId);
        if (span.isKey) {
          const key = keyProjectsOfWeek[slot];
          if (key === undefined) keyProjectsOfWeek[slot] = [span.projectId];
          else if (!key.includes(span.projectId)) key.push(span.projectId);
        }
      }
    }
    const exceptions = parseExceptions(person);
    for (let slot = 0; slot < weekCount; slot++) {
      const worked = projectsOfWeek[slot];
      if (worked === undefined) continue;
      const monday = firstMonday + slot * 7;
      const capacity = capacityOfWeek(calendar, person.capacityHoursPerWeek, exceptions, monday);
      const excess = hours[slot] - capacity;
      const isOver = excess > epsilonHours;
      if (isOverOnly && !isOver) continue;
      let weekStart = weekStarts.get(monday);
      if (weekStart === undefined) {
        weekStart = fromDayNumber(monday);
        weekStarts.set(monday, weekStart);
      }
      loads.push({
        personId,
        personName: person.name,
        weekStart,
        allocatedHours: round2(hours[slot]),
        capacityHours: round2(capacity),
        // Rounding must not hide an excess: anything over shows as at least 0.01 h.
        overBy: isOver ? Math.max(round2(excess), 0.01) : Math.min(round2(excess), 0),
        projectIds: worked.sort(),
        keyProjectIds: keyProjectsOfWeek[slot]?.sort() ?? [],
      });
    }
  }
  return loads;
}
