import { describe, expect, it } from 'vitest';
import { prepareMutation } from '../../../shared';
import { draftFromJiraIssue, draftTitle, jiraDraftKinds } from '../../../shared/jira';
import { contributor, crmWorkspace, ids, pm } from '../mutations/workspace-fixture';
import { jiraIssue } from './jira-fixtures';

const issueUrl = 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/42?selectedIssue=PAY-12';
const issue = jiraIssue('PAY-12', { summary: '  Card payments   time out ', duedate: '2026-05-04' });
let counter = 0;
const newId = () => `00000000-0000-4000-9000-${(++counter).toString(16).padStart(12, '0')}`;
const draft = (kind: (typeof jiraDraftKinds)[number], extra: Record<string, unknown> = {}) =>
  draftFromJiraIssue(kind, {
    projectId: ids.project,
    issue,
    issueUrl,
    newId,
    today: '2026-03-02',
    actorName: 'Paula PM',
    ...extra,
  });

const source = { url: issueUrl, jiraKey: 'PAY-12', pageTitle: 'Card payments   time out' };

describe('draftFromJiraIssue', () => {
  it('prefills a risk: key and summary as title, the issue as source, the assignee as owner, rated 3 × 3', () => {
    expect(draft('risk')).toEqual({
      name: 'risk.create',
      args: {
        id: expect.any(String),
        projectId: ids.project,
        title: 'PAY-12 Card payments time out',
        source,
        probability: 3,
        impact: 3,
        owner: { name: 'Dana Okafor' },
        raisedOn: '2026-03-02',
        raisedBy: 'Paula PM',
      },
    });
  });

  it('prefills an issue and an action with the due date, a decision with who decided and when', () => {
    expect(draft('issue').args).toMatchObject({
      title: 'PAY-12 Card payments time out',
      owner: { name: 'Dana Okafor' },
      dueDate: '2026-05-04',
      raisedOn: '2026-03-02',
      source,
    });
    expect(draft('action').args).toMatchObject({ owner: { name: 'Dana Okafor' }, dueDate: '2026-05-04', source });
    expect(draft('decision')).toEqual({
      name: 'decision.create',
      args: {
        id: expect.any(String),
        projectId: ids.project,
        statement: 'PAY-12 Card payments time out',
        decidedOn: '2026-03-02',
        decidedBy: 'Paula PM',
        source,
      },
    });
  });

  it('takes the title the user typed instead of the prefilled one', () => {
    expect(draft('risk', { title: ' Gateway vendor may miss the SLA ' }).args.title).toBe(
      'Gateway vendor may miss the SLA',
    );
    expect(draft('decision', { title: 'Use the backup gateway' }).args.statement).toBe('Use the backup gateway');
    expect(draft('risk', { title: '   ' }).args.title).toBe('PAY-12 Card payments time out');
  });

  it('leaves out owner and due date when Jira has none', () => {
    const bare = jiraIssue('PAY-13', { assignee: null, duedate: null });
    const args = draftFromJiraIssue('action', { projectId: ids.project, issue: bare, issueUrl, newId }).args;
    expect(args).not.toHaveProperty('owner');
    expect(args).not.toHaveProperty('dueDate');
  });

  it('produces mutations that validate and apply with the shared mutators, for each kind', () => {
    const workspace = crmWorkspace();
    for (const kind of jiraDraftKinds) {
      const { name, args } = draft(kind);
      expect(prepareMutation(name, args).ok, kind).toBe(true);
      workspace.must(name, args, pm);
      expect(workspace.get(kind, args.id as string)).toMatchObject({ source });
    }
  });

  it('lets a contributor raise risks, issues and actions from an issue', () => {
    const workspace = crmWorkspace();
    for (const kind of ['risk', 'issue', 'action'] as const) {
      const { name, args } = draft(kind);
      expect(workspace.run(name, args, contributor).ok, kind).toBe(true);
    }
  });

  it('keeps every field within the limits of its schema, whatever Jira sends', () => {
    const long = jiraIssue('PAY-14', { summary: 'word '.repeat(500), assignee: 'A'.repeat(300) });
    const workspace = crmWorkspace();
    for (const kind of jiraDraftKinds) {
      const { name, args } = draftFromJiraIssue(kind, {
        projectId: ids.project,
        issue: long,
        issueUrl: `https://acme.atlassian.net/browse/PAY-14?${'q'.repeat(3000)}`,
        newId,
        today: '2026-03-02',
      });
      workspace.must(name, args, pm);
    }
    expect(draftTitle(long)).toHaveLength(300);
    expect(draftTitle(long).endsWith('…')).toBe(true);
  });
});
