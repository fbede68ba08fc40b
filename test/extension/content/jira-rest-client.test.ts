import { describe, expect, it, vi } from 'vitest';
import { describeJiraHttpFailure } from '../../../extension/content/jira/rest/jira-failure';
import { createJiraRestClient } from '../../../extension/content/jira/rest/jira-rest-client';
import { acmeIssue } from './overlay-fakes';

const origin = 'https://acme.atlassian.net';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function clientAnswering(respond: () => Response | Promise<Response>) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => respond());
  return { client: createJiraRestClient({ origin, fetch: fetch as unknown as typeof globalThis.fetch }), fetch };
}

const jiraError = (message: string) => ({ errorMessages: [message], errors: {} });

describe('Jira REST client', () => {
  it('reads an issue with the session cookie, asking only for the fields the PMO uses', async () => {
    const { client, fetch } = clientAnswering(() => answer(200, { ...acmeIssue(), renderedFields: {} }));

    const result = await client.readIssue('ACME-12');

    expect(result).toMatchObject({ ok: true, value: { key: 'ACME-12', fields: { summary: expect.any(String) } } });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(
      `${origin}/rest/api/3/issue/ACME-12?fields=summary,status,assignee,duedate,issuetype,fixVersions,parent,project,updated`,
    );
    expect(init).toMatchObject({ method: 'GET', credentials: 'include', headers: { Accept: 'application/json' } });
  });

  it('posts search/jql with the page token, 50 at a time', async () => {
    const { client, fetch } = clientAnswering(() => answer(200, { issues: [acmeIssue()], nextPageToken: 'next-2' }));

    const result = await client.searchIssues({ jql: 'project = ACME', nextPageToken: 'page-2' });

    expect(result).toMatchObject({ ok: true, value: { nextPageToken: 'next-2' } });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${origin}/rest/api/3/search/jql`);
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ Accept: 'application/json', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual({
      jql: 'project = ACME',
      fields: ['summary', 'status', 'assignee', 'duedate', 'issuetype', 'fixVersions', 'parent', 'project', 'updated'],
      maxResults: 50,
      nextPageToken: 'page-2',
    });
  });

  it.each([
    [401, 'Client must be authenticated to access this resource.', 'jira_signed_out', /not signed in.*Sign in to Jira/],
    [403, jiraError('You do not have permission.'), 'jira_forbidden', /refused access \(403\)/],
    [500, jiraError('Internal server error'), 'jira_server_error', /failed to answer \(500\)/],
    [503, '', 'jira_server_error', /\(503\)/],
    [
      404,
      jiraError('Issue does not exist or you do not have permission to see it.'),
      'jira_issue_missing',
      /no issue ACME-12/,
    ],
  ])('turns a %i into a message that says what to do', async (status, body, code, message) => {
    const { client } = clientAnswering(() => answer(status, body));

    const result = await client.readIssue('ACME-12');

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code, status });
    expect(result.error.message).toMatch(message);
  });

  it('says how long to wait on a 429, from Retry-After in seconds', async () => {
    const { client } = clientAnswering(() => answer(429, jiraError('Rate limit exceeded.'), { 'Retry-After': '30' }));

    const result = await client.readIssue('ACME-12');

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'jira_rate_limited', retryAfterSeconds: 30, message: expect.stringContaining('Wait 30 seconds') },
    });
  });

  it('reads Retry-After as an HTTP date, and copes without one', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');

    const dated = describeJiraHttpFailure(429, 'Mon, 02 Mar 2026 10:01:30 GMT', [], {}, now);
    const bare = describeJiraHttpFailure(429, null, [], {}, now);

    expect(dated).toMatchObject({ retryAfterSeconds: 90, message: expect.stringContaining('90 seconds') });
    expect(bare.retryAfterSeconds).toBeUndefined();
    expect(bare.message).toContain('Wait a minute');
  });

  it("quotes Jira's own words when it refuses a JQL", async () => {
    const { client } = clientAnswering(() =>
      answer(400, jiraError("The value 'NOPE' does not exist for the field 'project'.")),
    );

    const result = await client.searchIssues({ jql: 'project = NOPE' });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'jira_refused', message: expect.stringContaining("The value 'NOPE' does not exist") },
    });
  });

  it('says Jira could not be reached when the network fails', async () => {
    const { client } = clientAnswering(() => Promise.reject(new TypeError('Failed to fetch')));

    const result = await client.readIssue('ACME-12');

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'jira_unreachable', message: expect.stringContaining('could not be reached') },
    });
  });

  it('refuses an answer that is not an issue', async () => {
    const { client } = clientAnswering(() => answer(200, '<html>Log in to continue</html>'));

    const result = await client.readIssue('ACME-12');

    expect(result).toMatchObject({ ok: false, error: { code: 'jira_bad_response' } });
  });

  it('answers "aborted", not "unreachable", when the page moved on', async () => {
    const controller = new AbortController();
    const { client } = clientAnswering(() => {
      controller.abort();
      return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    });

    const result = await client.readIssue('ACME-12', controller.signal);

    expect(result).toMatchObject({ ok: false, error: { code: 'jira_aborted' } });
  });
});
