import { describe, expect, it } from 'vitest';
import {
  isCalendarDate,
  JiraErrorBodySchema,
  JiraIssueSchema,
  JiraMyselfSchema,
  JiraSearchPageSchema,
  jiraImportFields,
  projectKeyOfIssue,
  toIssueKey,
  toProjectKey,
} from '../../../shared/jira';
import { jiraIssue } from './jira-fixtures';

describe('Jira REST schemas', () => {
  it('reads an issue in Jira’s documented shape and keeps the fields it does not know', () => {
    const parsed = JiraIssueSchema.parse(jiraIssue('PAY-12', { parent: 'PAY-1' }));
    expect(parsed.fields).toMatchObject({
      summary: 'Summary of PAY-12',
      status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
      assignee: { displayName: 'Dana Okafor' },
      duedate: '2026-06-30',
      issuetype: { name: 'Story', hierarchyLevel: 0 },
      parent: { key: 'PAY-1', fields: { summary: 'Summary of PAY-1' } },
      project: { key: 'PAY', name: 'Payments' },
      customfield_10020: null,
    });
  });

  it('accepts the nulls Jira sends for an unassigned issue without a due date', () => {
    const issue = jiraIssue('PAY-13', { assignee: null, duedate: null });
    expect(JiraIssueSchema.safeParse(issue).success).toBe(true);
    expect(JiraIssueSchema.safeParse({ id: '1', key: 'PAY-1', fields: {} }).success).toBe(false);
  });

  it('reads a search page with and without a next page token', () => {
    const page = JiraSearchPageSchema.parse({ issues: [jiraIssue('PAY-1')], nextPageToken: 'CAEaAggD', isLast: false });
    expect(page.nextPageToken).toBe('CAEaAggD');
    expect(JiraSearchPageSchema.parse({ issues: [], isLast: true }).issues).toEqual([]);
  });

  it('reads error bodies and the current user', () => {
    expect(
      JiraErrorBodySchema.parse({
        errorMessages: ['Issue does not exist or you do not have permission to see it.'],
        errors: {},
      }),
    ).toMatchObject({ errorMessages: ['Issue does not exist or you do not have permission to see it.'] });
    expect(
      JiraMyselfSchema.parse({
        accountId: '5b10a2844c20165700ede21g',
        displayName: 'Mia Krystof',
        active: true,
        locale: 'en_US',
      }),
    ).toMatchObject({ displayName: 'Mia Krystof' });
  });

  it('asks Jira for the fields the PMO reads', () => {
    expect(jiraImportFields).toEqual([
      'summary',
      'status',
      'assignee',
      'duedate',
      'issuetype',
      'fixVersions',
      'parent',
      'project',
      'updated',
    ]);
  });
});

describe('Jira keys', () => {
  it('accepts project and issue keys in any case, upper-casing them', () => {
    expect(toProjectKey(' pay ')).toBe('PAY');
    expect(toIssueKey('pay_2-42')).toBe('PAY_2-42');
    expect(projectKeyOfIssue('PAY_2-42')).toBe('PAY_2');
  });

  it('refuses what cannot be a key', () => {
    for (const bad of ['', '2PAY', 'PAY KEY', 'PAY"', 'A'.repeat(51)]) expect(toProjectKey(bad), bad).toBeUndefined();
    for (const bad of ['PAY', 'PAY-', 'PAY-0', '-1', 'PAY-1-2']) expect(toIssueKey(bad), bad).toBeUndefined();
  });

  it('tells real calendar days from look-alikes', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '01/03/2026', ''])
      expect(isCalendarDate(bad), bad).toBe(false);
  });
});
