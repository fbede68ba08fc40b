import { i18n } from '#i18n';
import { lastDayOfMonth, monthOf } from '../../../shared/analytics/earned-value/cost-periods';
import { JiraSearchPageSchema, JiraWorklogPageSchema } from '../../../shared/jira/rest-schemas';
import type { WorklogReading } from '../../../shared/jira/worklog-costs';
import { ok } from '../../../shared/result';
import type { MessageError, MessageResult } from '../../messaging/protocol';
import { resolveJiraCall, worklogJiraCalls } from './relay-jira-rest';

export interface WorklogRequest {
  /** The Jira site, `https://acme.atlassian.net` or a granted self-hosted origin. */
  origin: string;
  jiraProjectKeys: string[];
  /** First and last month read, `YYYY-MM-01`. */
  from: string;
  to: string;
}

/** Pages read at most, so a runaway `total` cannot loop for ever (100 × 1,000 worklogs per issue). */
const maxPages = 100;

const failure = (code: string, message: string): { ok: false; error: MessageError } => ({
  ok: false,
  error: { code, message },
});

class JiraReadError extends Error {
  constructor(readonly failure: { ok: false; error: MessageError }) {
    super(failure.error.message);
  }
}

/** Whether a site is Jira Cloud, which the manifest already lets the extension read. */
export function isJiraCloudOrigin(origin: string): boolean {
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  return url.protocol === 'https:' && url.hostname.endsWith('.atlassian.net') && url.origin === origin;
}

/**
 * Reads the worklogs of a project's Jira issues in a span of months, for the Costs tab: a JQL search
 * for the issues with time logged then (`worklogDate`), then each issue's worklogs page by page
 * (`startAt` + `maxResults`, until `total`), narrowed by Jira to the span with `startedAfter` and
 * `startedBefore`. Calls go through the relay's allow-list (relay-jira-rest.ts) with the user's Jira
 * session. A 401 or 403 stops everything with a message; nothing is written here.
 */
export async function readJiraWorklogs(
  request: WorklogRequest,
  fetchFn: typeof fetch,
): Promise<MessageResult<WorklogReading[]>> {
  const { origin } = request;
  async function call(path: string, method: 'GET' | 'POST', body?: unknown): Promise<unknown> {
    const url = resolveJiraCall(origin, { origin, path, method }, worklogJiraCalls);
    if (!url) throw new JiraReadError(failure('jira_call_not_allowed', i18n.t('security.jiraCallNotAllowed', [path])));
    let response: Response;
    try {
      response = await fetchFn(url.href, {
        method,
        credentials: 'include',
        headers: {
          Accept: 'application/json',
          'X-Atlassian-Token': 'no-check',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new JiraReadError(failure('jira_unreachable', i18n.t('jira.errors.unreachable', [origin])));
    }
    if (response.status === 401 || response.status === 403)
      throw new JiraReadError(failure('jira_denied', i18n.t('workspaceCosts.jira.denied', [origin])));
    if (!response.ok)
      throw new JiraReadError(failure('jira_failed', i18n.t('workspaceCosts.jira.failed', [String(response.status)])));
    return response.json().catch(() => null);
  }

  const first = monthOf(request.from);
  const last = lastDayOfMonth(monthOf(request.to));
  const keys = request.jiraProjectKeys.map((key) => `"${key}"`).join(', ');
  const jql = `project in (${keys}) AND worklogDate >= "${first}" AND worklogDate <= "${last}" ORDER BY key`;
  // Jira reads startedAfter/startedBefore as instants; a day either side keeps every time zone's worklogs, and
  // planWorklogCosts books each by the day its author logged it.
  const after = Date.parse(`${first}T00:00:00Z`) - 86_400_000;
  const before = Date.parse(`${last}T23:59:59Z`) + 86_400_000;
  try {
    const issueKeys: string[] = [];
    let nextPageToken: string | undefined;
    for (let page = 0; page < maxPages; page += 1) {
      const body = { jql, fields: ['summary'], maxResults: 100, ...(nextPageToken ? { nextPageToken } : {}) };
      const parsed = JiraSearchPageSchema.safeParse(await call('/rest/api/3/search/jql', 'POST', body));
      if (!parsed.success) throw new JiraReadError(failure('jira_failed', i18n.t('workspaceCosts.jira.failed', ['?'])));
      issueKeys.push(...parsed.data.issues.map((issue) => issue.key));
      nextPageToken = parsed.data.nextPageToken;
      if (parsed.data.isLast !== false || !nextPageToken) break;
    }
    const worklogs: WorklogReading[] = [];
    for (const issueKey of issueKeys) {
      let startAt = 0;
      for (let page = 0; page < maxPages; page += 1) {
        const path = `/rest/api/3/issue/${issueKey}/worklog?startAt=${startAt}&maxResults=1000&startedAfter=${after}&startedBefore=${before}`;
        const parsed = JiraWorklogPageSchema.safeParse(await call(path, 'GET'));
        if (!parsed.success)
          throw new JiraReadError(failure('jira_failed', i18n.t('workspaceCosts.jira.failed', ['?'])));
        for (const worklog of parsed.data.worklogs)
          worklogs.push({
            id: worklog.id,
            issueKey,
            authorAccountId: worklog.author?.accountId,
            authorName: worklog.author?.displayName ?? '',
            authorEmail: worklog.author?.emailAddress,
            started: worklog.started,
            seconds: worklog.timeSpentSeconds,
          });
        startAt += parsed.data.worklogs.length;
        if (parsed.data.worklogs.length === 0 || startAt >= parsed.data.total) break;
      }
    }
    return ok(worklogs);
  } catch (error) {
    if (error instanceof JiraReadError) return error.failure;
    throw error;
  }
}
