import * as z from 'zod/mini';

// Jira Cloud REST v3 answers, read loosely: Jira adds fields all the time, and an unknown field
// must never make a page of issues unreadable. Only what the PMO reads is typed. The Jira content
// script validates these answers and must stay small (bench/overlay), hence zod/mini imported as a
// namespace: `import { z }` would bundle every zod locale (~85 kB gzipped), `* as z` only what is used.

const jiraText = (max: number) => z.string().check(z.maxLength(max));

/** `fields.assignee` and `/rest/api/3/myself`: a Jira user. */
export const JiraUserSchema = z.looseObject({
  accountId: jiraText(200),
  displayName: jiraText(500),
  emailAddress: z.optional(jiraText(500)),
});
export type JiraUser = z.infer<typeof JiraUserSchema>;

/** `GET /rest/api/3/myself`. */
export const JiraMyselfSchema = z.looseObject({
  ...JiraUserSchema.shape,
  active: z.optional(z.boolean()),
  timeZone: z.optional(jiraText(200)),
  locale: z.optional(jiraText(50)),
});
export type JiraMyself = z.infer<typeof JiraMyselfSchema>;

/** One fix version (release) an issue is planned in. */
export const JiraVersionSchema = z.looseObject({
  id: jiraText(100),
  name: jiraText(500),
  releaseDate: z.optional(jiraText(40)),
});

/** The fields of an issue the PMO reads; ask Jira for exactly these (see jiraImportFields). */
export const JiraIssueFieldsSchema = z.looseObject({
  summary: jiraText(2000),
  status: z.optional(
    z.looseObject({
      name: jiraText(200),
      statusCategory: z.optional(z.looseObject({ key: jiraText(100) })),
    }),
  ),
  assignee: z.optional(z.nullable(JiraUserSchema)),
  /** `YYYY-MM-DD`, or null when the issue has no due date. */
  duedate: z.optional(z.nullable(jiraText(40))),
  issuetype: z.optional(
    z.looseObject({
      name: jiraText(200),
      /** 1 for epics, 0 for standard issues, -1 for sub-tasks (Jira's issue hierarchy). */
      hierarchyLevel: z.optional(z.int()),
    }),
  ),
  fixVersions: z.optional(z.array(JiraVersionSchema).check(z.maxLength(1000))),
  parent: z.optional(
    z.looseObject({
      key: jiraText(300),
      fields: z.optional(z.looseObject({ summary: z.optional(jiraText(2000)) })),
    }),
  ),
  project: z.optional(z.looseObject({ key: jiraText(300), name: jiraText(1000) })),
  updated: z.optional(jiraText(60)),
});

/** `GET /rest/api/3/issue/{key}` and each issue of a search page. */
export const JiraIssueSchema = z.looseObject({
  id: jiraText(100),
  key: jiraText(300),
  self: z.optional(jiraText(4000)),
  fields: JiraIssueFieldsSchema,
});
export type JiraIssue = z.infer<typeof JiraIssueSchema>;

/** `POST /rest/api/3/search/jql`: one page; the next is asked for with `nextPageToken` until `isLast`. */
export const JiraSearchPageSchema = z.looseObject({
  issues: z.array(JiraIssueSchema),
  nextPageToken: z.optional(jiraText(10_000)),
  isLast: z.optional(z.boolean()),
});
export type JiraSearchPage = z.infer<typeof JiraSearchPageSchema>;

/** One worklog of `GET /rest/api/3/issue/{key}/worklog`: who logged how long, starting when. */
export const JiraWorklogSchema = z.looseObject({
  id: jiraText(100),
  author: z.optional(
    z.looseObject({
      accountId: z.optional(jiraText(200)),
      displayName: z.optional(jiraText(500)),
      emailAddress: z.optional(jiraText(500)),
    }),
  ),
  /** `2026-03-02T09:00:00.000+0100`: the author's own day and offset. */
  started: jiraText(60),
  timeSpentSeconds: z.number().check(z.minimum(0)),
});
export type JiraWorklog = z.infer<typeof JiraWorklogSchema>;

/** `GET /rest/api/3/issue/{key}/worklog`: one page; the next starts at `startAt + worklogs.length` until `total`. */
export const JiraWorklogPageSchema = z.looseObject({
  startAt: z.number(),
  maxResults: z.optional(z.number()),
  total: z.number(),
  worklogs: z.array(JiraWorklogSchema),
});
export type JiraWorklogPage = z.infer<typeof JiraWorklogPageSchema>;

/** The body of a Jira error answer (400, 401, 403, 404 …). */
export const JiraErrorBodySchema = z.looseObject({
  errorMessages: z.optional(z.array(z.string())),
  errors: z.optional(z.record(z.string(), z.string())),
});
export type JiraErrorBody = z.infer<typeof JiraErrorBodySchema>;

/** The `fields` to ask Jira for when reading issues to import or to show. */
export const jiraImportFields = [
  'summary',
  'status',
  'assignee',
  'duedate',
  'issuetype',
  'fixVersions',
  'parent',
  'project',
  'updated',
] as const;
