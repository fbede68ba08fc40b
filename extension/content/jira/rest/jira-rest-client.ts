import type { ZodMiniType } from 'zod/mini';
import {
  JiraErrorBodySchema,
  type JiraIssue,
  JiraIssueSchema,
  type JiraSearchPage,
  JiraSearchPageSchema,
  jiraImportFields,
} from '../../../../shared/jira/rest-schemas';
import type { Result } from '../../../../shared/result';
import {
  describeJiraHttpFailure,
  type JiraCallSubject,
  type JiraFailure,
  jiraAborted,
  jiraBadResponse,
  jiraUnreachable,
} from './jira-failure';

export type JiraResult<T> = Result<T, JiraFailure>;

/** Jira Cloud's REST v3 as the content script reads it: same origin, the user's own session. */
export interface JiraRestClient {
  readIssue(issueKey: string, signal?: AbortSignal): Promise<JiraResult<JiraIssue>>;
  /** One page of `POST /rest/api/3/search/jql`; pass the previous page's `nextPageToken` for the next. */
  searchIssues(
    query: { jql: string; nextPageToken?: string },
    signal?: AbortSignal,
  ): Promise<JiraResult<JiraSearchPage>>;
}

export interface JiraRestClientOptions {
  /** The Jira site, e.g. https://acme.atlassian.net; the page's own origin in the content script. */
  origin: string;
  fetch?: typeof fetch;
}

/** Jira's page size for search/jql; 50 keeps each answer small while a 120-issue import takes 3 calls. */
export const jiraSearchPageSize = 50;

export function createJiraRestClient({ origin, fetch: fetchFn = fetch }: JiraRestClientOptions): JiraRestClient {
  async function request<T>(
    path: string,
    init: RequestInit,
    schema: ZodMiniType<T>,
    subject: JiraCallSubject,
  ): Promise<JiraResult<T>> {
    let response: Response;
    try {
      response = await fetchFn(`${origin}${path}`, {
        ...init,
        credentials: 'include',
        headers: { Accept: 'application/json', ...init.headers },
      });
    } catch {
      return { ok: false, error: init.signal?.aborted ? jiraAborted() : jiraUnreachable() };
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (init.signal?.aborted) return { ok: false, error: jiraAborted() };
    if (!response.ok) {
      const body = JiraErrorBodySchema.safeParse(json);
      const messages = body.success
        ? [...(body.data.errorMessages ?? []), ...Object.values(body.data.errors ?? {})]
        : [];
      return {
        ok: false,
        error: describeJiraHttpFailure(response.status, response.headers.get('retry-after'), messages, subject),
      };
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: jiraBadResponse() };
  }

  return {
    readIssue(issueKey, signal) {
      const fields = jiraImportFields.join(',');
      const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=${fields}`;
      return request(path, { method: 'GET', signal }, JiraIssueSchema, { issueKey });
    },
    searchIssues({ jql, nextPageToken }, signal) {
      const body = { jql, fields: jiraImportFields, maxResults: jiraSearchPageSize, nextPageToken };
      return request(
        '/rest/api/3/search/jql',
        {
          method: 'POST',
          signal,
          // Jira's XSRF check refuses POSTs from pages unless this header says the caller is not a form.
          headers: { 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
          body: JSON.stringify(body),
        },
        JiraSearchPageSchema,
        {},
      );
    },
  };
}
