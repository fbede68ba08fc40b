import { describe, expect, it, vi } from 'vitest';
import { isJiraOrigin, relayJiraRest } from '../../../extension/jira/relay-jira-rest';
import { dispatchMessage } from '../../../extension/messaging/dispatch-message';
import { messageInputSchemas } from '../../../extension/messaging/protocol';

const noSelfHosted = async () => [] as string[];
const jiraCloud = (origin: string) => isJiraOrigin(origin, noSelfHosted);

describe('Jira REST relay (background fetch for the overlay)', () => {
  it('answers Jira error statuses as data, with Retry-After, so the overlay can explain them', async () => {
    const fetchJira = vi.fn(
      async () =>
        new Response(JSON.stringify({ errorMessages: ['Rate limit exceeded'], errors: {} }), {
          status: 429,
          headers: { 'retry-after': '30' },
        }),
    );

    const answer = await relayJiraRest(
      { origin: 'https://acme.atlassian.net', path: '/rest/api/3/issue/ACME-1', method: 'GET' },
      jiraCloud,
      fetchJira,
    );

    expect(answer).toEqual({
      ok: true,
      value: { status: 429, retryAfter: '30', json: { errorMessages: ['Rate limit exceeded'], errors: {} } },
    });
    expect(fetchJira).toHaveBeenCalledWith('https://acme.atlassian.net/rest/api/3/issue/ACME-1', {
      method: 'GET',
      credentials: 'include',
      headers: { Accept: 'application/json', 'X-Atlassian-Token': 'no-check' },
      body: undefined,
    });
  });

  it('sends a search body as JSON and keeps a non-JSON answer as null', async () => {
    const fetchJira = vi.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('<html>gateway</html>', { status: 502 }),
    );

    const answer = await relayJiraRest(
      { origin: 'https://acme.atlassian.net:8443', path: '/rest/api/3/search/jql', method: 'POST', body: { jql: 'x' } },
      jiraCloud,
      fetchJira,
    );

    expect(answer).toEqual({ ok: true, value: { status: 502, retryAfter: null, json: null } });
    expect(fetchJira.mock.calls[0]?.[1]).toMatchObject({
      body: '{"jql":"x"}',
      headers: { 'Content-Type': 'application/json' },
    });
  });

  it('refuses a site that is neither Jira Cloud nor a granted self-hosted Jira, without fetching', async () => {
    const fetchJira = vi.fn(async () => new Response('{}'));

    const answer = await relayJiraRest(
      { origin: 'https://evil.example.com', path: '/rest/api/3/myself', method: 'GET' },
      (origin) => isJiraOrigin(origin, async () => ['https://jira.example.com']),
      fetchJira,
    );

    expect(answer).toMatchObject({ ok: false, error: { code: 'jira_origin_not_allowed' } });
    expect(fetchJira).not.toHaveBeenCalled();
    expect(await isJiraOrigin('https://jira.example.com', async () => ['https://jira.example.com'])).toBe(true);
    expect(await jiraCloud('https://acme.atlassian.net.evil.com')).toBe(false);
  });

  it('turns a network failure into a message that says what to do', async () => {
    const answer = await relayJiraRest(
      { origin: 'https://acme.atlassian.net', path: '/rest/api/3/myself', method: 'GET' },
      jiraCloud,
      async () => {
        throw new TypeError('Failed to fetch');
      },
    );

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'jira_unreachable', message: expect.stringMatching(/reload/) },
    });
  });

  it('accepts only Jira REST paths', () => {
    const schema = messageInputSchemas['jira.rest'];
    const call = { origin: 'https://acme.atlassian.net', method: 'GET' };
    expect(schema.safeParse({ ...call, path: '/rest/api/3/issue/ACME-1' }).success).toBe(true);
    expect(schema.safeParse({ ...call, path: '/secure/admin' }).success).toBe(false);
    expect(schema.safeParse({ ...call, path: '/rest/api/3/x', origin: 'https://a.atlassian.net/path' }).success).toBe(
      false,
    );
  });

  it('is reachable as the jira.rest message, validated like every message', async () => {
    const answer = await dispatchMessage(
      { 'jira.rest': async () => ({ ok: true, value: { status: 200, retryAfter: null, json: {} } }) } as never,
      'jira.rest',
      { origin: 'https://acme.atlassian.net', path: '/etc/passwd', method: 'GET' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
