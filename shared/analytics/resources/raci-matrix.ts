import type { Milestone, PlanItem } from '../../schemas/plan';
import { type Raci, type RaciRole, raciRoles } from '../../schemas/resources';

/** What a RACI entry is about: a milestone or a plan item (a deliverable, or a task given roles). */
export interface RaciTarget {
  kind: 'milestone' | 'planItem';
  id: string;
}

/** The target an entry names; undefined for an entry that names neither (the mutators refuse those). */
export function raciTargetOf(entry: Pick<Raci, 'planItemId' | 'milestoneId'>): RaciTarget | undefined {
  if (entry.milestoneId !== undefined) return { kind: 'milestone', id: entry.milestoneId };
  if (entry.planItemId !== undefined) return { kind: 'planItem', id: entry.planItemId };
  return undefined;
}

/**
 * Whether a row has the one accountable person RACI asks for: `missing` (nobody answers for it),
 * `single`, or `several` (accountability split is accountability lost).
 */
export type Accountability = 'missing' | 'single' | 'several';

/** One deliverable or milestone of the matrix. */
export interface RaciMatrixRow {
  target: RaciTarget;
  title: string;
  /** 0 for a milestone or an item that rolls up to none; 1 for an item under its milestone. */
  depth: 0 | 1;
  /** A plan item's kind; undefined for a milestone. */
  itemKind?: PlanItem['kind'];
  /** Each person's roles on it, in R, A, C, I order, each role once. */
  rolesByPerson: Map<string, RaciRole[]>;
  /** The entries behind the roles, to change or remove them. */
  entries: Raci[];
  accountability: Accountability;
  /** The people accountable, in the order their entries were made. */
  accountableIds: string[];
}

export interface RaciMatrix {
  rows: RaciMatrixRow[];
  /** People holding a role on some row, in the order they first appear. */
  personIds: string[];
  /** Rows with nobody accountable, and with several. */
  missingAccountable: number;
  severalAccountable: number;
}

export interface RaciMatrixInput {
  milestones: readonly Milestone[];
  planItems: readonly PlanItem[];
  /** The project's RACI entries. */
  raci: readonly Raci[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A plan item's place in time: its start, else its end, else nothing (sorted last). */
const itemDay = (item: PlanItem) => item.start ?? item.end ?? '\uffff';

/**
 * The RACI matrix of a project (docs/domain.md "RACI"): a row per milestone (by forecast date) with
 * the deliverables that roll up to it beneath, then the deliverables under no milestone (by start);
 * a task appears only once it holds a role, so no entry is hidden. Each row tells whether exactly
 * one person is accountable. Linear in items and entries, plus the sorts.
 */
export function buildRaciMatrix({ milestones, planItems, raci }: RaciMatrixInput): RaciMatrix {
  const entriesByTarget = new Map<string, Raci[]>();
  const personIds: string[] = [];
  const seenPeople = new Set<string>();
  for (const entry of raci) {
    const target = raciTargetOf(entry);
    if (!target) continue;
    const key = `${target.kind}:${target.id}`;
    const list = entriesByTarget.get(key);
    if (list) list.push(entry);
    else entriesByTarget.set(key, [entry]);
  }

  const shown = planItems.filter((item) => item.kind === 'deliverable' || entriesByTarget.has(`planItem:${item.id}`));
  const sortedItems = [...shown].sort(
    (a, b) => byText(itemDay(a), itemDay(b)) || a.title.localeCompare(b.title) || byText(a.id, b.id),
  );
  const sortedMilestones = [...milestones].sort(
    (a, b) => byText(a.forecastDate, b.forecastDate) || a.title.localeCompare(b.title) || byText(a.id, b.id),
  );
  const milestoneIds = new Set(sortedMilestones.map((milestone) => milestone.id));
  const itemsByMilestone = new Map<string, PlanItem[]>();
  const loose: PlanItem[] = [];
  for (const item of sortedItems) {
    if (item.milestoneId !== undefined && milestoneIds.has(item.milestoneId)) {
      const list = itemsByMilestone.get(item.milestoneId);
      if (list) list.push(item);
      else itemsByMilestone.set(item.milestoneId, [item]);
    } else {
      loose.push(item);
    }
  }

  const rows: RaciMatrixRow[] = [];
  const addRow = (target: RaciTarget, title: string, depth: 0 | 1, itemKind?: PlanItem['kind']) => {
    const entries = entriesByTarget.get(`${target.kind}:${target.id}`) ?? [];
    const rolesByPerson = new Map<string, RaciRole[]>();
    const accountableIds: string[] = [];
    for (const entry of entries) {
      if (!seenPeople.has(entry.personId)) {
        seenPeople.add(entry.personId);
        personIds.push(entry.personId);
      }
      const roles = rolesByPerson.get(entry.personId) ?? [];
      if (!roles.includes(entry.role)) roles.push(entry.role);
      rolesByPerson.set(entry.personId, roles);
      if (entry.role === 'accountable' && !accountableIds.includes(entry.personId)) accountableIds.push(entry.personId);
    }
    for (const roles of rolesByPerson.values()) roles.sort((a, b) => raciRoles.indexOf(a) - raciRoles.indexOf(b));
    const accountability: Accountability =
      accountableIds.length === 0 ? 'missing' : accountableIds.length === 1 ? 'single' : 'several';
    rows.push({ target, title, depth, itemKind, rolesByPerson, entries, accountability, accountableIds });
  };
  for (const milestone of sortedMilestones) {
    addRow({ kind: 'milestone', id: milestone.id }, milestone.title, 0);
    for (const item of itemsByMilestone.get(milestone.id) ?? []) {
      addRow({ kind: 'planItem', id: item.id }, item.title, 1, item.kind);
    }
  }
  for (const item of loose) addRow({ kind: 'planItem', id: item.id }, item.title, 0, item.kind);

  return {
    rows,
    personIds,
    missingAccountable: rows.filter((row) => row.accountability === 'missing').length,
    severalAccountable: rows.filter((row) => row.accountability === 'several').length,
  };
}

/**
 * The entries to add and to remove so that `personId` holds exactly `roles` on a row: one entry per
 * role kept, duplicates (two members adding the same role at once) removed.
 */
export function planRaciChange(
  row: Pick<RaciMatrixRow, 'entries'>,
  personId: string,
  roles: readonly RaciRole[],
): { add: RaciRole[]; remove: Raci[] } {
  const held = row.entries.filter((entry) => entry.personId === personId);
  const kept = new Set<RaciRole>();
  const remove: Raci[] = [];
  for (const entry of held) {
    if (roles.includes(entry.role) && !kept.has(entry.role)) kept.add(entry.role);
    else remove.push(entry);
  }
  const add = raciRoles.filter((role) => roles.includes(role) && !kept.has(role));
  return { add, remove };
}
