import type { Action, Decision, Issue } from '../../schemas/raid';
import { ownerKeyOf } from '../risk/risk-register';
import { isActionOverdue, isIssueOverdue } from './raid-overdue';
import { foldSearchText, matchesSearchWords, searchWordsOf } from './raid-search';

/**
 * Filters and sorts of the issue, decision and action registers (the RAID screen's lists). Owners
 * are keyed and listed as in the risk register (ownerKeyOf, listRegisterOwners), so a person is one
 * choice on every screen.
 */

export type SortDirection = 'asc' | 'desc';
export interface RaidSort<K extends string> {
  key: K;
  direction: SortDirection;
}

/** What the issue list is narrowed to; every part is optional and they all apply together. */
export interface IssueFilter {
  statuses?: readonly Issue['status'][];
  priorities?: readonly Issue['priority'][];
  types?: readonly Issue['type'][];
  /** An owner's key (ownerKeyOf, as the risk register); `none` for issues without an owner. */
  ownerKey?: string;
  /** Only open issues past their due date (isIssueOverdue). */
  isOverdue?: boolean;
  /** Words that must all appear in the title, ref, description, resolution, owner or Jira key. */
  text?: string;
}

export type IssueSortKey = 'title' | 'type' | 'priority' | 'severity' | 'status' | 'owner' | 'dueDate' | 'raisedOn';

/** What the decision log is narrowed to: decided from `from` to `to` (both days included), and words. */
export interface DecisionFilter {
  from?: string;
  to?: string;
  /** Words that must all appear in the statement, ref, rationale or who decided. */
  text?: string;
}

export type DecisionSortKey = 'decidedOn' | 'statement' | 'decidedBy';

/** What the action list is narrowed to. */
export interface ActionFilter {
  /** `open` (not done) or `done`; both when absent. */
  state?: 'open' | 'done';
  ownerKey?: string;
  /** Only actions the action-overdue check flags (isActionOverdue, no grace). */
  isOverdue?: boolean;
  /** Only the actions linked to this record. */
  link?: { entity: string; id: string };
  /** Words that must all appear in the title, ref or owner. */
  text?: string;
}

export type ActionSortKey = 'title' | 'owner' | 'dueDate' | 'status';

const priorityOrder: Record<Issue['priority'], number> = { low: 0, medium: 1, high: 2, critical: 3 };
const issueStatusOrder: Record<Issue['status'], number> = { open: 0, in_progress: 1, resolved: 2, closed: 3 };
/** Open and in-progress issues are equally unresolved: the default order ranks them by priority together. */
const settledOrder: Record<Issue['status'], number> = { open: 0, in_progress: 0, resolved: 1, closed: 2 };
const issueTypeOrder: Record<Issue['type'], number> = { problem: 0, change_request: 1, off_specification: 2 };

type SortValue = string | number | undefined;

/** Plain code-unit order, so a sort is the same on every machine and locale. */
function compareKeys(left: string | number, right: string | number): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Folds each text once per sort (not once per comparison): 2,000 titles sort in a few milliseconds. */
function createFolder(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let key = folded.get(text);
    if (key === undefined) {
      key = foldSearchText(text);
      folded.set(text, key);
    }
    return key;
  };
}

/**
 * Sorts by one value (text compared folded, without case or accents), items without it last
 * whichever the direction, ties in `ranked` order (the list's default order), so every sort is total
 * and stable. Each value is read and folded once.
 */
function sortByValue<T extends { id: string }>(
  ranked: readonly T[],
  sortValueOf: (item: T) => SortValue,
  direction: SortDirection,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = ranked.map((item, rank) => {
    const value = sortValueOf(item);
    return { item, rank, key: typeof value === 'string' ? foldSearchText(value) : value };
  });
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key !== b.key) return a.key === undefined ? 1 : -1;
    } else {
      const order = compareKeys(a.key, b.key);
      if (order !== 0) return sign * order;
    }
    return a.rank - b.rank;
  });
  return keyed.map((entry) => entry.item);
}

/** Compares two optional days, earliest first, a missing day last. */
function compareDays(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Issues in their default order: unresolved first, then highest priority, earliest due date, title. */
export function rankIssues<I extends Issue>(issues: readonly I[]): I[] {
  const fold = createFolder();
  return [...issues].sort(
    (a, b) =>
      settledOrder[a.status] - settledOrder[b.status] ||
      priorityOrder[b.priority] - priorityOrder[a.priority] ||
      compareDays(a.dueDate, b.dueDate) ||
      compareKeys(fold(a.title), fold(b.title)) ||
      compareIds(a, b),
  );
}

/** Whether an issue passes every part of the filter as of `today`. */
export function matchesIssueFilter(issue: Issue, filter: IssueFilter, today: string): boolean {
  if (filter.statuses?.length && !filter.statuses.includes(issue.status)) return false;
  if (filter.priorities?.length && !filter.priorities.includes(issue.priority)) return false;
  if (filter.types?.length && !filter.types.includes(issue.type)) return false;
  if (filter.ownerKey !== undefined && ownerKeyOf(issue) !== filter.ownerKey) return false;
  if (filter.isOverdue && !isIssueOverdue(issue, today)) return false;
  const parts = [issue.title, issue.ref, issue.description, issue.resolution, issue.owner?.name, issue.source?.jiraKey];
  return matchesSearchWords(parts, searchWordsOf(filter.text));
}

/** The issue list filtered then sorted; sorting by priority or status puts the most pressing first when descending. */
export function queryIssues<I extends Issue>(
  issues: readonly I[],
  filter: IssueFilter,
  sort: RaidSort<IssueSortKey>,
  today: string,
): I[] {
  const ranked = rankIssues(issues.filter((issue) => matchesIssueFilter(issue, filter, today)));
  const sortValueOf = (issue: I): SortValue => {
    switch (sort.key) {
      case 'title':
        return issue.title;
      case 'type':
        return issueTypeOrder[issue.type];
      case 'priority':
        return priorityOrder[issue.priority];
      case 'severity':
        return issue.severity;
      case 'status':
        // Descending = most active first, like priority: open before closed.
        return -issueStatusOrder[issue.status];
      case 'owner':
        return issue.owner?.name;
      case 'dueDate':
        return issue.dueDate;
      case 'raisedOn':
        return issue.raisedOn;
    }
  };
  return sortByValue(ranked, sortValueOf, sort.direction);
}

/** Decisions in their default order: the latest first, then by statement. */
export function rankDecisions<D extends Decision>(decisions: readonly D[]): D[] {
  const fold = createFolder();
  return [...decisions].sort(
    (a, b) =>
      compareDays(b.decidedOn, a.decidedOn) || compareKeys(fold(a.statement), fold(b.statement)) || compareIds(a, b),
  );
}

/** Whether a decision was taken within the range (both ends included) and holds every word. */
export function matchesDecisionFilter(decision: Decision, filter: DecisionFilter): boolean {
  if (filter.from && decision.decidedOn < filter.from) return false;
  if (filter.to && decision.decidedOn > filter.to) return false;
  const parts = [decision.statement, decision.ref, decision.rationale, decision.decidedBy, decision.source?.jiraKey];
  return matchesSearchWords(parts, searchWordsOf(filter.text));
}

/** The decision log filtered then sorted. */
export function queryDecisions<D extends Decision>(
  decisions: readonly D[],
  filter: DecisionFilter,
  sort: RaidSort<DecisionSortKey>,
): D[] {
  const ranked = rankDecisions(decisions.filter((decision) => matchesDecisionFilter(decision, filter)));
  const sortValueOf = (decision: D): SortValue =>
    sort.key === 'decidedOn' ? decision.decidedOn : sort.key === 'statement' ? decision.statement : decision.decidedBy;
  return sortByValue(ranked, sortValueOf, sort.direction);
}

/** Actions in their default order: open first, then earliest due date (none last), then title. */
export function rankActions<A extends Action>(actions: readonly A[]): A[] {
  const fold = createFolder();
  return [...actions].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) ||
      compareDays(a.dueDate, b.dueDate) ||
      compareKeys(fold(a.title), fold(b.title)) ||
      compareIds(a, b),
  );
}

/** Whether an action passes every part of the filter as of `today`. */
export function matchesActionFilter(action: Action, filter: ActionFilter, today: string): boolean {
  if (filter.state === 'open' && action.done) return false;
  if (filter.state === 'done' && !action.done) return false;
  if (filter.ownerKey !== undefined && ownerKeyOf(action) !== filter.ownerKey) return false;
  if (filter.isOverdue && !isActionOverdue(action, today)) return false;
  if (filter.link && (action.link?.entity !== filter.link.entity || action.link.id !== filter.link.id)) return false;
  return matchesSearchWords(
    [action.title, action.ref, action.owner?.name, action.source?.jiraKey],
    searchWordsOf(filter.text),
  );
}

/** The action list filtered then sorted; by status, ascending lists open actions first. */
export function queryActions<A extends Action>(
  actions: readonly A[],
  filter: ActionFilter,
  sort: RaidSort<ActionSortKey>,
  today: string,
): A[] {
  const ranked = rankActions(actions.filter((action) => matchesActionFilter(action, filter, today)));
  const sortValueOf = (action: A): SortValue => {
    switch (sort.key) {
      case 'title':
        return action.title;
      case 'owner':
        return action.owner?.name;
      case 'dueDate':
        return action.dueDate;
      case 'status':
        return Number(action.done);
    }
  };
  return sortByValue(ranked, sortValueOf, sort.direction);
}
