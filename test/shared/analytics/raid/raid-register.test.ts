import { describe, expect, it } from 'vitest';
import {
  listRegisterOwners,
  matchesIssueFilter,
  queryActions,
  queryDecisions,
  queryIssues,
  rankActions,
  rankIssues,
} from '../../../../shared';
import { type Decision, DecisionSchema } from '../../../../shared/schemas/raid';
import { aliceId, anAction, anIssue, newId, projectId, today } from '../../health/fixtures';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const alice = { name: 'Alice Martin', personId: aliceId };

function aDecision(fields: Partial<Decision>): Decision {
  return DecisionSchema.parse({
    id: newId(),
    createdAt: '2026-01-05T09:00:00.000Z',
    createdBy: 'member-pm',
    updatedAt: '2026-01-05T09:00:00.000Z',
    updatedBy: 'member-pm',
    version: 1,
    projectId,
    statement: 'Go live in two waves',
    decidedOn: '2026-02-10',
    decidedBy: 'Steering committee',
    ...fields,
  });
}

// today is 2026-03-16 (fixtures.ts).
const issues = {
  lateCritical: anIssue({
    title: 'Invoices rejected by the ERP',
    priority: 'critical',
    dueDate: '2026-03-10',
    owner: alice,
  }),
  openLow: anIssue({ title: 'Logo blurry on login page', priority: 'low', dueDate: '2026-04-01' }),
  inProgressHigh: anIssue({
    title: 'Délai de livraison des licences',
    priority: 'high',
    status: 'in_progress',
    type: 'change_request',
    owner: { name: 'Bob Léger' },
  }),
  resolvedCritical: anIssue({
    title: 'Duplicate contacts',
    priority: 'critical',
    status: 'resolved',
    dueDate: '2026-03-01',
  }),
};
const issueList = Object.values(issues);

describe('the issue register', () => {
  it('lists unresolved issues first, most pressing first, then the earliest due', () => {
    expect(ids(rankIssues(issueList))).toEqual(
      ids([issues.lateCritical, issues.inProgressHigh, issues.openLow, issues.resolvedCritical]),
    );
  });

  it('filters by status, priority, type, owner and overdue together', () => {
    const query = (filter: Parameters<typeof queryIssues>[1]) =>
      ids(queryIssues(issueList, filter, { key: 'title', direction: 'asc' }, today));
    expect(query({ statuses: ['open', 'in_progress'], priorities: ['critical', 'high'] })).toEqual(
      ids([issues.inProgressHigh, issues.lateCritical]),
    );
    expect(query({ isOverdue: true })).toEqual([issues.lateCritical.id]);
    expect(query({ types: ['change_request'] })).toEqual([issues.inProgressHigh.id]);
    expect(query({ ownerKey: `person:${aliceId}` })).toEqual([issues.lateCritical.id]);
    expect(query({ ownerKey: 'none' })).toEqual(ids([issues.resolvedCritical, issues.openLow]));
  });

  it('searches every word in the title, description, resolution and owner, without case or accents', () => {
    const withResolution = anIssue({ title: 'Slow search', resolution: 'Index rebuilt by the DBA' });
    expect(matchesIssueFilter(issues.inProgressHigh, { text: 'delai LICENCES' }, today)).toBe(true);
    expect(matchesIssueFilter(issues.inProgressHigh, { text: 'leger' }, today)).toBe(true);
    expect(matchesIssueFilter(withResolution, { text: 'dba index' }, today)).toBe(true);
    expect(matchesIssueFilter(withResolution, { text: 'dba invoice' }, today)).toBe(false);
  });

  it('sorts by priority, status or due date, with empty values last in both directions', () => {
    const sorted = (key: 'priority' | 'dueDate' | 'status', direction: 'asc' | 'desc') =>
      ids(queryIssues(issueList, {}, { key, direction }, today));
    expect(sorted('priority', 'desc')).toEqual(
      ids([issues.lateCritical, issues.resolvedCritical, issues.inProgressHigh, issues.openLow]),
    );
    expect(sorted('dueDate', 'asc')).toEqual(
      ids([issues.resolvedCritical, issues.lateCritical, issues.openLow, issues.inProgressHigh]),
    );
    expect(sorted('dueDate', 'desc')).toEqual(
      ids([issues.openLow, issues.lateCritical, issues.resolvedCritical, issues.inProgressHigh]),
    );
    expect(sorted('status', 'desc')[0]).toBe(issues.lateCritical.id);
    expect(sorted('status', 'asc')[0]).toBe(issues.resolvedCritical.id);
  });
});

describe('the decision log', () => {
  const early = aDecision({ statement: 'Keep the legacy ERP until June', decidedOn: '2026-01-20' });
  const middle = aDecision({ statement: 'Go live in two waves', decidedOn: '2026-02-10', rationale: 'Lower risk' });
  const late = aDecision({ statement: 'Hire a data steward', decidedOn: '2026-03-02', decidedBy: 'Émilie Roy' });
  const log = [middle, early, late];

  it('lists the latest first and keeps a date range, both days included', () => {
    expect(ids(queryDecisions(log, {}, { key: 'decidedOn', direction: 'desc' }))).toEqual(ids([late, middle, early]));
    expect(
      ids(queryDecisions(log, { from: '2026-01-20', to: '2026-02-10' }, { key: 'decidedOn', direction: 'asc' })),
    ).toEqual(ids([early, middle]));
  });

  it('searches the statement, the rationale and who decided', () => {
    const search = (text: string) => ids(queryDecisions(log, { text }, { key: 'statement', direction: 'asc' }));
    expect(search('risk')).toEqual([middle.id]);
    expect(search('emilie')).toEqual([late.id]);
    expect(search('waves lower')).toEqual([middle.id]);
  });
});

describe('the action list', () => {
  const late = anAction({ title: 'Send the cut-over plan', dueDate: '2026-03-12', owner: alice });
  const dueToday = anAction({ title: 'Book the room', dueDate: today });
  const undated = anAction({ title: 'Archive old tickets', dueDate: undefined });
  const done = anAction({
    title: 'Sign the contract',
    dueDate: '2026-03-01',
    done: true,
    link: { entity: 'issue', id: issues.openLow.id },
  });
  const linked = anAction({
    title: 'Ask the ERP team',
    dueDate: '2026-03-30',
    link: { entity: 'issue', id: issues.openLow.id },
  });
  const list = [done, undated, linked, dueToday, late];

  it('lists open actions first by due date, undated ones last, then done ones', () => {
    expect(ids(rankActions(list))).toEqual(ids([late, dueToday, linked, undated, done]));
  });

  it('filters open or done, overdue by the shared rule, by owner and by the record they are linked to', () => {
    const query = (filter: Parameters<typeof queryActions>[1]) =>
      ids(queryActions(list, filter, { key: 'dueDate', direction: 'asc' }, today));
    expect(query({ state: 'open' })).toEqual(ids([late, dueToday, linked, undated]));
    expect(query({ state: 'done' })).toEqual([done.id]);
    expect(query({ isOverdue: true })).toEqual([late.id]);
    expect(query({ ownerKey: `person:${aliceId}` })).toEqual([late.id]);
    expect(query({ link: { entity: 'issue', id: issues.openLow.id } })).toEqual(ids([done, linked]));
    expect(query({ text: 'cut-over' })).toEqual([late.id]);
  });

  it('sorts by status with open actions first when ascending', () => {
    expect(ids(queryActions(list, {}, { key: 'status', direction: 'asc' }, today)).at(-1)).toBe(done.id);
    expect(ids(queryActions(list, {}, { key: 'status', direction: 'desc' }, today))[0]).toBe(done.id);
  });

  it('offers each owner once, as the risk register does', () => {
    expect(listRegisterOwners(list).map((owner) => owner.name)).toEqual(['Alice Martin', '']);
  });
});
