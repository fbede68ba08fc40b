import type { ResourceRow } from './resource-grid';

/** One over-allocated week of a person, as a project's grid shows it. */
export interface OverAllocatedWeek {
  weekStart: string;
  totalHours: number;
  capacityHours: number;
  overBy: number;
  /** Hours on the grid's project that week. */
  projectHours: number;
}

/** Another project sharing a person's over-allocated weeks: whose manager to talk to. */
export interface SharingProject {
  projectId: string;
  /** Hours it books in the over-allocated weeks, summed. */
  hours: number;
  /** The person is a key person of that project in one of those weeks. */
  isKey: boolean;
}

/** A person over capacity in the weeks shown, and the other projects to negotiate with. */
export interface OverAllocationContact {
  personId: string;
  personName: string;
  /** A key person of the grid's project: their over-allocation turns the resources light red. */
  isKey: boolean;
  weeks: OverAllocatedWeek[];
  /** Other projects with hours in those weeks, most hours first (ties by id); empty when this project alone overbooks. */
  otherProjects: SharingProject[];
}

/**
 * Who to ask about each over-allocation of a project's grid: for every person over capacity in a
 * week shown, those weeks and the other projects that book them then, most hours first, so the PM
 * knows which managers to talk to. People in the grid's order.
 */
export function listOverAllocationContacts(rows: readonly ResourceRow[], projectId: string): OverAllocationContact[] {
  const contacts: OverAllocationContact[] = [];
  for (const row of rows) {
    const overCells = row.cells.filter((cell) => cell.isOverAllocated);
    if (overCells.length === 0) continue;
    const others = new Map<string, SharingProject>();
    for (const cell of overCells) {
      for (const share of cell.shares) {
        if (share.projectId === projectId) continue;
        const seen = others.get(share.projectId);
        if (seen) {
          seen.hours = Math.round((seen.hours + share.hours) * 100) / 100;
          seen.isKey ||= share.isKey;
        } else {
          others.set(share.projectId, { ...share });
        }
      }
    }
    contacts.push({
      personId: row.personId,
      personName: row.personName,
      isKey: row.isKey,
      weeks: overCells.map((cell) => ({
        weekStart: cell.weekStart,
        totalHours: cell.totalHours,
        capacityHours: cell.capacityHours,
        overBy: cell.overBy,
        projectHours: cell.projectHours,
      })),
      otherProjects: [...others.values()].sort(
        (a, b) => b.hours - a.hours || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0),
      ),
    });
  }
  return contacts;
}
