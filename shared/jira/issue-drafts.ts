import type { MutationName } from '../mutations/registry';
import type { Source } from '../schemas/risk';
import { isCalendarDate } from './jira-keys';
import type { JiraIssue } from './rest-schemas';

/** What can be raised from a Jira issue. */
export type JiraDraftKind = 'risk' | 'issue' | 'decision' | 'action';
export const jiraDraftKinds = ['risk', 'issue', 'decision', 'action'] as const;

export interface JiraDraftInput {
  projectId: string;
  issue: JiraIssue;
  /** The issue's address as the user sees it (full page or board modal). */
  issueUrl: string;
  newId: () => string;
  /** The title the user typed; the prefilled one when absent or blank. */
  title?: string;
  /** `YYYY-MM-DD`: the raised / decided day. A decision needs it (decidedOn is required). */
  today?: string;
  /** Who raises it (the member's name): a risk's raisedBy, a decision's decider. */
  actorName?: string;
}

export interface JiraDraft {
  name: MutationName;
  args: Record<string, unknown>;
}

/** Risks raised from an issue start in the middle of the 5×5 matrix until someone rates them. */
export const draftRiskRating = { probability: 3, impact: 3 } as const;

const titleLimits: Record<JiraDraftKind, number> = { risk: 300, issue: 300, action: 300, decision: 1000 };

/** Cuts text to `max` characters, marking the cut with an ellipsis. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** `PAY-42 Card payments time out`: the title a record raised from an issue starts with. */
export function draftTitle(issue: Pick<JiraIssue, 'key' | 'fields'>, max = 300): string {
  const summary = issue.fields.summary.replace(/\s+/g, ' ').trim();
  return clip(summary ? `${issue.key} ${summary}` : issue.key, max);
}

/** Where a record raised from an issue comes from: kept as plain text, never rendered as HTML. */
export function sourceOfIssue(issue: JiraIssue, issueUrl: string): Source {
  const source: Source = { url: clip(issueUrl, 2048), jiraKey: clip(issue.key, 50) };
  const summary = issue.fields.summary.trim();
  if (summary) source.pageTitle = clip(summary, 500);
  return source;
}

/** The Jira assignee as a PMO person: a name only (Jira account ids are not workspace members). */
function ownerOf(issue: JiraIssue): { name: string } | undefined {
  const name = issue.fields.assignee?.displayName?.trim();
  return name ? { name: clip(name, 200) } : undefined;
}

function dueDateOf(issue: JiraIssue): string | undefined {
  const due = issue.fields.duedate;
  return due && isCalendarDate(due) ? due : undefined;
}

/** Copies `value` into `target` under `field` unless it is undefined (records never store undefined). */
function withDefined(target: Record<string, unknown>, fields: Record<string, unknown>): Record<string, unknown> {
  for (const [field, value] of Object.entries(fields)) if (value !== undefined) target[field] = value;
  return target;
}

/**
 * The create mutation of a risk, issue, decision or action raised from a Jira issue, prefilled:
 * title "KEY summary", source { url, jiraKey, pageTitle: summary }, the assignee as owner where the
 * record has one, the due date where it has one, a risk rated 3 × 3. Pure: ids from `newId`.
 */
export function draftFromJiraIssue(kind: JiraDraftKind, input: JiraDraftInput): JiraDraft {
  const { projectId, issue, issueUrl, today, actorName } = input;
  const typed = input.title?.replace(/\s+/g, ' ').trim();
  const title = typed ? clip(typed, titleLimits[kind]) : draftTitle(issue, titleLimits[kind]);
  const base = { id: input.newId(), projectId, source: sourceOfIssue(issue, issueUrl) };
  const raisedBy = actorName?.trim() ? clip(actorName.trim(), 200) : undefined;
  switch (kind) {
    case 'risk':
      return {
        name: 'risk.create',
        args: withDefined({ ...base, title, ...draftRiskRating }, { owner: ownerOf(issue), raisedOn: today, raisedBy }),
      };
    case 'issue':
      return {
        name: 'issue.create',
        args: withDefined({ ...base, title }, { owner: ownerOf(issue), raisedOn: today, dueDate: dueDateOf(issue) }),
      };
    case 'action':
      return {
        name: 'action.create',
        args: withDefined({ ...base, title }, { owner: ownerOf(issue), dueDate: dueDateOf(issue) }),
      };
    case 'decision':
      return {
        name: 'decision.create',
        args: withDefined(
          { ...base, statement: title },
          { decidedOn: today, decidedBy: raisedBy ?? ownerOf(issue)?.name ?? issue.key },
        ),
      };
  }
}
