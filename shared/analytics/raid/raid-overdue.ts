import type { Action, Issue } from '../../schemas/raid';
import { daysBetween } from '../resources/iso-day';

/**
 * What "overdue" means for a RAID item, written once: the action-overdue health check, the RAID
 * screen and the quality light read these, so a highlighted action is exactly one the PMO's check flags.
 */

/** An issue still being worked: open or in progress (resolved and closed ones are settled). */
export function isOpenIssue(issue: Pick<Issue, 'status'>): boolean {
  return issue.status === 'open' || issue.status === 'in_progress';
}

/**
 * Calendar days an item is past its due date as of `today`: 1 the day after it was due, 0 or less
 * while it is not late; null without a due date.
 */
export function daysPastDue(dueDate: string | undefined, today: string): number | null {
  return dueDate === undefined ? null : daysBetween(dueDate, today);
}

/**
 * An action not done more than `graceDays` calendar days after its due date (with no grace: due
 * before today). An action without a due date is never overdue.
 */
export function isActionOverdue(action: Pick<Action, 'done' | 'dueDate'>, today: string, graceDays = 0): boolean {
  if (action.done) return false;
  const days = daysPastDue(action.dueDate, today);
  return days !== null && days > graceDays;
}

/** An open or in-progress issue whose due date is before `today`. */
export function isIssueOverdue(issue: Pick<Issue, 'status' | 'dueDate'>, today: string): boolean {
  if (!isOpenIssue(issue)) return false;
  const days = daysPastDue(issue.dueDate, today);
  return days !== null && days > 0;
}
