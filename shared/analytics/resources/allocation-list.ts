import { type AllocationLoad, type PersonCapacity, weeklyHoursOf } from './over-allocation';

/** What a project's allocation list sorts by. */
export type AllocationSortKey = 'person' | 'from' | 'to' | 'load';
export interface AllocationSort {
  key: AllocationSortKey;
  direction: 'asc' | 'desc';
}

/** Where an allocation stands on `today`: ended, running, or still to start. */
export type AllocationPhase = 'past' | 'current' | 'future';

/** `past` once its last day is before today, `future` while its first day is after, else `current`. */
export function allocationPhaseOf(allocation: Pick<AllocationLoad, 'from' | 'to'>, today: string): AllocationPhase {
  if (allocation.to < today) return 'past';
  if (allocation.from > today) return 'future';
  return 'current';
}

type Listed = AllocationLoad & { id: string };

/**
 * A project's allocations in the order asked: by person name, first day, last day or weekly hours
 * (an allocation in percent counts its hours on the person's contracted capacity, weeklyHoursOf).
 * Ties go by person name, then first day, then id, so the order never depends on the input's.
 * Allocations of people not on record sort by an empty name.
 */
export function sortAllocations<A extends Listed>(
  allocations: readonly A[],
  people: readonly PersonCapacity[],
  sort: AllocationSort,
): A[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const nameOf = (allocation: A) => byId.get(allocation.personId)?.name ?? '';
  const hoursOf = (allocation: A) =>
    weeklyHoursOf(allocation, byId.get(allocation.personId)?.capacityHoursPerWeek ?? 0);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compareText = (a: string, b: string) => a.localeCompare(b);
  const primary: Record<AllocationSortKey, (a: A, b: A) => number> = {
    person: (a, b) => compareText(nameOf(a), nameOf(b)),
    from: (a, b) => compareText(a.from, b.from),
    to: (a, b) => compareText(a.to, b.to),
    load: (a, b) => hoursOf(a) - hoursOf(b),
  };
  const rows = allocations.map((allocation) => allocation);
  return rows.sort(
    (a, b) =>
      sign * primary[sort.key](a, b) ||
      compareText(nameOf(a), nameOf(b)) ||
      compareText(a.from, b.from) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
