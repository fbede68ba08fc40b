import type { Person } from '../../schemas/resources';
import { fromDayNumber, isoWeekOf, mondayOf, shiftWeek, toDayNumber } from './iso-day';
import {
  type AllocationLoad,
  type CalendarSettings,
  computeWeeklyCapacities,
  computeWeeklyLoads,
  type PersonCapacity,
  type PersonWeekLoad,
} from './over-allocation';

/** One ISO week (Monday start) shown as a column of a project's resource grid. */
export interface GridWeek {
  /** Monday, `YYYY-MM-DD`. */
  weekStart: string;
  /** Sunday, `YYYY-MM-DD`. */
  weekEnd: string;
  /** ISO 8601 week number and the year it belongs to. */
  isoYear: number;
  isoWeek: number;
  /** The week holding `today`. */
  isCurrent: boolean;
}

/** How a project's grid chooses its weeks: a few weeks back from this one, or the project start when later. */
export interface GridWeekOptions {
  /** `YYYY-MM-DD`. */
  today: string;
  /** The project's start, `YYYY-MM-DD`, when known. */
  projectStart?: string;
  /** Weeks shown before the current one when the project has started (default 2). */
  weeksBack?: number;
}

/** Weeks a project's grid shows at once: 2 back, this one and 12 ahead (the health rule's horizon). */
export const gridWeekCount = 15;

/**
 * The first week of a project's grid: `weeksBack` weeks before the current one, or the project's
 * first week when the project starts later than that (nothing to see before it).
 */
export function firstGridWeek({ today, projectStart, weeksBack = 2 }: GridWeekOptions): string {
  const fromToday = shiftWeek(today, -weeksBack);
  if (!projectStart) return fromToday;
  const fromStart = shiftWeek(projectStart, 0);
  // ISO dates order as text.
  return fromStart.localeCompare(fromToday) > 0 ? fromStart : fromToday;
}

/** `count` consecutive ISO weeks from the week holding `from`. */
export function listGridWeeks(from: string, count: number, today: string): GridWeek[] {
  const first = mondayOf(toDayNumber(from));
  const currentMonday = mondayOf(toDayNumber(today));
  return Array.from({ length: Math.max(0, count) }, (_, index) => {
    const monday = first + 7 * index;
    const weekStart = fromDayNumber(monday);
    const { year, week } = isoWeekOf(weekStart);
    return {
      weekStart,
      weekEnd: fromDayNumber(monday + 6),
      isoYear: year,
      isoWeek: week,
      isCurrent: monday === currentMonday,
    };
  });
}

/** One project's part of a person's load in a week. */
export interface ProjectShare {
  projectId: string;
  hours: number;
  /** The person is a key person of that project in the week (allocation.isKey). */
  isKey: boolean;
}

/** A calendar exception of the person that touches the week. */
export type WeekException = Person['exceptions'][number];

/** One person in one week of a project's grid. Hours are rounded to 0.01. */
export interface ResourceCell {
  weekStart: string;
  /** Hours on the grid's project. */
  projectHours: number;
  /** Hours on every project of the workspace. */
  totalHours: number;
  capacityHours: number;
  /** totalHours − capacityHours; positive when over-allocated. */
  overBy: number;
  /**
   * Over capacity, as findOverAllocations reports it: the weeks the health rule
   * `person-over-allocated` and the resources light read.
   */
  isOverAllocated: boolean;
  /** Every project with hours in the week, most hours first (ties by project id). */
  shares: ProjectShare[];
  /** Calendar exceptions (leave, part-time) touching the week, oldest first. */
  exceptions: WeekException[];
}

/** A person allocated to the project, with one cell per week shown. */
export interface ResourceRow {
  personId: string;
  personName: string;
  /** A key person of the project (any allocation of theirs to it is marked key). */
  isKey: boolean;
  cells: ResourceCell[];
  /** How many of the weeks shown are over-allocated. */
  overWeeks: number;
}

export interface ResourceGridInput {
  projectId: string;
  people: readonly PersonCapacity[];
  /** Every allocation of the workspace: a person's load counts every project. */
  allocations: readonly AllocationLoad[];
  calendar: CalendarSettings;
  /** The weeks shown, as their Mondays (listGridWeeks), consecutive. */
  weekStarts: readonly string[];
}

const keyOf = (personId: string, weekStart: string) => `${personId}|${weekStart}`;

function indexLoads(loads: readonly PersonWeekLoad[]): Map<string, PersonWeekLoad> {
  return new Map(loads.map((load) => [keyOf(load.personId, load.weekStart), load]));
}

/**
 * A project's resource grid (docs/domain.md "Over-allocation"): one row per person with an
 * allocation on the project (people not on record are left out, their capacity is unknown), sorted
 * by name; one cell per week with the hours on this project, the hours on every project against
 * capacity, and the projects that make up the load. Built from computeWeeklyLoads over the weeks
 * shown, so a cell is over-allocated exactly when findOverAllocations reports that person-week.
 * Linear in the people's allocation-weeks inside the weeks shown.
 */
export function buildResourceGrid({
  projectId,
  people,
  allocations,
  calendar,
  weekStarts,
}: ResourceGridInput): ResourceRow[] {
  const onProject = new Set<string>();
  const keyOnProject = new Set<string>();
  for (const allocation of allocations) {
    if (allocation.projectId !== projectId) continue;
    onProject.add(allocation.personId);
    if (allocation.isKey) keyOnProject.add(allocation.personId);
  }
  const peopleById = new Map<string, PersonCapacity>();
  for (const person of people)
    if (onProject.has(person.id) && !peopleById.has(person.id)) peopleById.set(person.id, person);
  const rowPeople = [...peopleById.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  if (rowPeople.length === 0 || weekStarts.length === 0) return [];

  // Whole weeks, so clipping to the window changes no week's sum.
  const window = { from: weekStarts[0], to: fromDayNumber(toDayNumber(weekStarts[weekStarts.length - 1]) + 6) };
  const theirs = allocations.filter((allocation) => peopleById.has(allocation.personId));
  const totals = indexLoads(computeWeeklyLoads(rowPeople, theirs, calendar, window));
  const byProject = new Map<string, AllocationLoad[]>();
  for (const allocation of theirs) {
    const list = byProject.get(allocation.projectId);
    if (list) list.push(allocation);
    else byProject.set(allocation.projectId, [allocation]);
  }
  const sharesByCell = new Map<string, ProjectShare[]>();
  for (const [shareProjectId, list] of byProject) {
    for (const load of computeWeeklyLoads(rowPeople, list, calendar, window)) {
      if (load.allocatedHours <= 0) continue;
      const key = keyOf(load.personId, load.weekStart);
      const share = { projectId: shareProjectId, hours: load.allocatedHours, isKey: load.keyProjectIds.length > 0 };
      const shares = sharesByCell.get(key);
      if (shares) shares.push(share);
      else sharesByCell.set(key, [share]);
    }
  }

  return rowPeople.map((person) => {
    const capacities = computeWeeklyCapacities(person, calendar, weekStarts);
    let overWeeks = 0;
    const cells = weekStarts.map((weekStart, index): ResourceCell => {
      const key = keyOf(person.id, weekStart);
      const total = totals.get(key);
      const shares = (sharesByCell.get(key) ?? []).sort(
        (a, b) => b.hours - a.hours || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0),
      );
      const capacityHours = total?.capacityHours ?? capacities[index];
      const isOverAllocated = (total?.overBy ?? 0) > 0;
      if (isOverAllocated) overWeeks++;
      return {
        weekStart,
        projectHours: shares.find((share) => share.projectId === projectId)?.hours ?? 0,
        totalHours: total?.allocatedHours ?? 0,
        capacityHours,
        overBy: total ? total.overBy : -capacityHours,
        isOverAllocated,
        shares,
        exceptions: exceptionsInWeek(person, weekStart),
      };
    });
    return {
      personId: person.id,
      personName: person.name,
      isKey: keyOnProject.has(person.id),
      cells,
      overWeeks,
    };
  });
}

function exceptionsInWeek(person: PersonCapacity, weekStart: string): WeekException[] {
  const weekEnd = fromDayNumber(toDayNumber(weekStart) + 6);
  return person.exceptions
    .filter((exception) => exception.from <= weekEnd && exception.to >= weekStart)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
