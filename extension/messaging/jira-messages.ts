import { z } from 'zod';
import type { JiraContext } from '../../shared/jira';
import { jiraDraftKinds } from '../../shared/jira/issue-drafts';
import { issueKeyPattern, projectKeyPattern } from '../../shared/jira/jira-keys';
import { JiraIssueSchema } from '../../shared/jira/rest-schemas';
import { IdSchema } from '../../shared/schemas/common';
import { CostPeriodSchema } from '../../shared/schemas/costs';
import { CaptureFieldsSchema } from './capture-messages';
import type { SyncStatus } from './sync-state';

/** A Jira project key such as `PAY`, upper-cased as the PMO stores it. */
const JiraProjectKeySchema = z
  .string()
  .trim()
  .transform((key) => key.toUpperCase())
  .pipe(z.string().regex(projectKeyPattern, 'must be a Jira project key such as PAY'));

/** A Jira issue key such as `PAY-42`, upper-cased. */
const JiraIssueKeySchema = z
  .string()
  .trim()
  .transform((key) => key.toUpperCase())
  .pipe(z.string().regex(issueKeyPattern, 'must be a Jira issue key such as PAY-42'));

/** An issue's address in the user's Jira (Cloud or self-hosted). */
const IssueUrlSchema = z
  .string()
  .max(4096)
  .regex(/^https?:\/\//i, 'must be the http(s) address of the issue');

/** Inputs of the messages the Jira overlay sends; protocol.ts lists them with the others. */
export const jiraMessageInputSchemas = {
  /** The PMO context of a Jira project (board banner) and of one of its issues (issue panel). */
  'jira.context': z.object({ jiraProjectKey: JiraProjectKeySchema, issueKey: JiraIssueKeySchema.optional() }),
  /** Maps a Jira project to a PMO project (synced); takes it off any project it was mapped to. */
  'jira.mapProject': z.object({ projectId: IdSchema, jiraProjectKey: JiraProjectKeySchema }),
  /** Links an issue to the milestone or plan item it rolls up to; `target` null unlinks it. */
  'jira.link': z.object({
    issueKey: JiraIssueKeySchema,
    summary: z.string().max(2000),
    target: z.object({ kind: z.enum(['milestone', 'planItem']), id: IdSchema }).nullable(),
  }),
  /**
   * Raises a risk, issue, decision or action from an issue, prefilled from it. `fields` are the
   * capture form's (probability, impact, owner, review date…), as the panel's risk form sets them.
   */
  'jira.raise': z.object({
    kind: z.enum(jiraDraftKinds),
    jiraProjectKey: JiraProjectKeySchema,
    issueUrl: IssueUrlSchema,
    issue: JiraIssueSchema,
    title: z.string().max(2000).optional(),
    fields: CaptureFieldsSchema.optional(),
  }),
  /** Imports issues into the mapped project's plan: milestones and plan items keyed by issue key. */
  'jira.import': z.object({ jiraProjectKey: JiraProjectKeySchema, issues: z.array(JiraIssueSchema).max(5000) }),
  /** A Jira REST read made by the background for the overlay (see background/jira/relay-jira-rest.ts for why). */
  'jira.rest': z.object({
    origin: z
      .string()
      .max(300)
      .regex(/^https?:\/\/[^/]+$/i, 'must be a site origin such as https://acme.atlassian.net'),
    path: z
      .string()
      .max(4096)
      .regex(/^\/rest\/(api\/3|agile\/1\.0)\//, 'must be a Jira REST path under /rest/api/3/ or /rest/agile/1.0/'),
    method: z.enum(['GET', 'POST']),
    body: z.unknown().optional(),
  }),
  /**
   * Reads the worklogs of a project's Jira issues over a span of months, for the Costs tab to price
   * (background/jira/read-worklogs.ts); the site must be Jira Cloud or a self-hosted Jira the user granted.
   */
  'jira.worklogs': z.object({
    origin: z
      .string()
      .max(300)
      .regex(/^https?:\/\/[^/]+$/i, 'must be a site origin such as https://acme.atlassian.net'),
    jiraProjectKeys: z.array(JiraProjectKeySchema).min(1).max(20),
    from: CostPeriodSchema,
    to: CostPeriodSchema,
  }),
  /** Opens the extension's popup (the side panel does not exist yet). */
  'popup.open': z.object({}),
};

/** A Jira REST answer carried back to the overlay: the status, the Retry-After header, the JSON body (null if none). */
export interface JiraRestAnswer {
  status: number;
  retryAfter: string | null;
  json: unknown;
}

/** What the Jira overlay shows: the active workspace, its sync state, and the PMO context of a Jira project. */
export interface JiraContextAnswer {
  /** null: no workspace joined on this browser (the overlay points to the settings). */
  workspace: { id: string; name: string } | null;
  syncStatus: SyncStatus | null;
  /** The context; its `project` is null while the Jira project is not mapped. */
  context: JiraContext | null;
  /** The workspace's projects, to map the Jira project to one. */
  projects: { id: string; code: string; name: string }[];
  /** The workspace's people by name, offered as owners in the risk form (read once the project is mapped). */
  people: { id: string; name: string }[];
}
