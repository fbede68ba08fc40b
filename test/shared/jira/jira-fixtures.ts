import type { AnyRecord, EntityName } from '../../../shared';
import type { JiraContextRows, JiraIssue } from '../../../shared/jira';

interface IssueOptions {
  summary?: string;
  duedate?: string | null;
  type?: 'Epic' | 'Story' | 'Task' | 'Sub-task';
  parent?: string;
  assignee?: string | null;
  fixVersions?: { id: string; name: string; releaseDate?: string }[];
}

const hierarchyLevels = { Epic: 1, Story: 0, Task: 0, 'Sub-task': -1 };

/** An issue as `POST /rest/api/3/search/jql` returns it (Jira's documented shape, with extra fields). */
export function jiraIssue(key: string, options: IssueOptions = {}): JiraIssue {
  const type = options.type ?? 'Story';
  const assignee = options.assignee === undefined ? 'Dana Okafor' : options.assignee;
  return {
    id: String(10_000 + Number(key.split('-')[1])),
    key,
    self: `https://acme.atlassian.net/rest/api/3/issue/${key}`,
    expand: 'renderedFields',
    fields: {
      summary: options.summary ?? `Summary of ${key}`,
      status: { name: 'In Progress', statusCategory: { key: 'indeterminate', colorName: 'yellow' } },
      assignee:
        assignee === null
          ? null
          : { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: assignee, emailAddress: 'dana@acme.test' },
      duedate: options.duedate === undefined ? '2026-06-30' : options.duedate,
      issuetype: { name: type, hierarchyLevel: hierarchyLevels[type], subtask: type === 'Sub-task' },
      fixVersions: options.fixVersions ?? [],
      ...(options.parent
        ? { parent: { key: options.parent, fields: { summary: `Summary of ${options.parent}` } } }
        : {}),
      project: { key: key.split('-')[0], name: 'Payments' },
      updated: '2026-03-01T09:12:00.000+0000',
      customfield_10020: null,
    },
  } as JiraIssue;
}

/** Groups a workspace's rows by entity into the lists describeJiraContext reads. */
export function toContextRows(rows: Map<string, AnyRecord>): JiraContextRows {
  const of = (entity: EntityName) =>
    [...rows].filter(([key]) => key.startsWith(`${entity}:`)).map(([, value]) => value) as never[];
  return {
    settings: of('settings')[0],
    templates: of('template'),
    projects: of('project'),
    milestones: of('milestone'),
    planItems: of('planItem'),
    baselines: of('baseline'),
    risks: of('risk'),
    issues: of('issue'),
    decisions: of('decision'),
    actions: of('action'),
    statusReports: of('statusReport'),
    gateReviews: of('gateReview'),
    persons: of('person'),
    allocations: of('allocation'),
    costEntries: of('costEntry'),
  };
}
