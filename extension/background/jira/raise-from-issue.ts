import { captureMutation } from '../../../shared/capture/capture-mutation';
import {
  draftFromJiraIssue,
  draftTitle,
  type JiraDraft,
  type JiraDraftKind,
  sourceOfIssue,
} from '../../../shared/jira/issue-drafts';
import type { JiraIssue } from '../../../shared/jira/rest-schemas';
import type { MessageInput } from '../../messaging/protocol';

export interface RaiseFromIssueInput {
  projectId: string;
  issue: JiraIssue;
  issueUrl: string;
  /** The title as typed; the issue's "KEY summary" when absent. */
  title?: string;
  /** The capture form's fields, as the panel's risk form sends them. */
  fields?: MessageInput<'jira.raise'>['fields'];
  /** `YYYY-MM-DD`, the user's day. */
  today: string;
  /** The member raising it. */
  memberName: string;
  newId: () => string;
}

/**
 * The create mutation of a record raised from a Jira issue. With the panel form's fields it is the
 * capture's own mutation (shared/capture/capture-mutation.ts) with the issue as its source, so a risk
 * raised in Jira keeps its probability, impact, owner and review date as a captured one does;
 * without, the issue's prefilled draft (shared/jira/issue-drafts.ts).
 */
export function planRaiseFromIssue(kind: JiraDraftKind, input: RaiseFromIssueInput): JiraDraft {
  const { projectId, issue, issueUrl, title, fields, today, memberName, newId } = input;
  if (!fields) {
    return draftFromJiraIssue(kind, {
      projectId,
      issue,
      issueUrl,
      newId,
      today,
      actorName: memberName,
      ...(title !== undefined ? { title } : {}),
    });
  }
  // A blank date means none: the form keeps '' while the field is empty.
  const { owner, reviewDate, dueDate, ...rest } = fields;
  return captureMutation({
    kind,
    projectId,
    title: title?.trim() ? title : draftTitle(issue, kind === 'decision' ? 1000 : 300),
    fields: {
      ...rest,
      ...(owner ? { owner } : {}),
      ...(reviewDate ? { reviewDate } : {}),
      ...(dueDate ? { dueDate } : {}),
    },
    source: sourceOfIssue(issue, issueUrl),
    today,
    memberName,
    newId,
  });
}
