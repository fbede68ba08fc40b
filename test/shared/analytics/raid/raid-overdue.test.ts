import { describe, expect, it } from 'vitest';
import { daysPastDue, isActionOverdue, isIssueOverdue, isOpenIssue } from '../../../../shared/analytics/raid';
import { runHealthChecks } from '../../../../shared/health/run-health-checks';
import { anAction, anIssue, healthyFacts, settings, today } from '../../health/fixtures';

// today is 2026-03-16 (fixtures.ts).
describe('overdue RAID items', () => {
  it('counts calendar days past the due date: 1 the day after, 0 on the day, null without one', () => {
    expect(daysPastDue('2026-03-15', today)).toBe(1);
    expect(daysPastDue('2026-03-16', today)).toBe(0);
    expect(daysPastDue('2026-03-20', today)).toBe(-4);
    expect(daysPastDue(undefined, today)).toBeNull();
  });

  it('calls an action overdue when it is not done and was due before today, and never on its due day', () => {
    expect(isActionOverdue({ done: false, dueDate: '2026-03-15' }, today)).toBe(true);
    expect(isActionOverdue({ done: false, dueDate: '2026-03-16' }, today)).toBe(false);
    expect(isActionOverdue({ done: true, dueDate: '2026-03-01' }, today)).toBe(false);
    expect(isActionOverdue({ done: false }, today)).toBe(false);
  });

  it('gives an action the grace days a workspace sets for the health check', () => {
    expect(isActionOverdue({ done: false, dueDate: '2026-03-13' }, today, 3)).toBe(false);
    expect(isActionOverdue({ done: false, dueDate: '2026-03-12' }, today, 3)).toBe(true);
  });

  it('flags exactly the actions the action-overdue health check flags', () => {
    const actions = [
      anAction({ dueDate: '2026-03-13' }),
      anAction({ dueDate: '2026-03-16' }),
      anAction({ dueDate: '2026-03-01', done: true }),
      anAction({ dueDate: undefined }),
      anAction({ dueDate: '2025-12-31' }),
    ];
    const flagged = runHealthChecks(healthyFacts({ actions }), settings)
      .filter((finding) => finding.ruleId === 'action-overdue')
      .map((finding) => finding.entityId);
    expect(flagged.sort()).toEqual(
      actions
        .filter((action) => isActionOverdue(action, today))
        .map((action) => action.id)
        .sort(),
    );
    expect(flagged).toHaveLength(2);
  });

  it('calls an issue overdue only while open or in progress and past its due date', () => {
    expect(isIssueOverdue(anIssue({ dueDate: '2026-03-10' }), today)).toBe(true);
    expect(isIssueOverdue(anIssue({ dueDate: '2026-03-10', status: 'in_progress' }), today)).toBe(true);
    expect(isIssueOverdue(anIssue({ dueDate: '2026-03-10', status: 'resolved' }), today)).toBe(false);
    expect(isIssueOverdue(anIssue({ dueDate: '2026-03-10', status: 'closed' }), today)).toBe(false);
    expect(isIssueOverdue(anIssue({ dueDate: today }), today)).toBe(false);
    expect(isIssueOverdue(anIssue({}), today)).toBe(false);
  });

  it('treats open and in-progress issues as open, resolved and closed ones as settled', () => {
    expect(['open', 'in_progress', 'resolved', 'closed'].map((status) => isOpenIssue({ status } as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
