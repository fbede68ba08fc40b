import { describe, expect, it, vi } from 'vitest';
import { createJiraRestClient } from '../../../extension/content/jira/rest/jira-rest-client';
import { createRelayFetch } from '../../../extension/content/jira/rest/relay-fetch';
import type { BackgroundClient } from '../../../extension/ui/background-client';

function backgroundAnswering(answer: unknown) {
  const send = vi.fn(async () => answer);
  return { client: { send } as unknown as BackgroundClient, send };
}

describe('Jira REST through the background', () => {
  it('asks the background for the path and body, and reads its answer like a fetch', async () => {
    const issue = { id: '1', key: 'ACME-1', fields: { summary: 'Pay the vendor' } };
    const { client, send } = backgroundAnswering({ ok: true, value: { status: 200, retryAfter: null, json: issue } });
    const jira = createJiraRestClient({
      origin: 'https://acme.atlassian.net',
      fetch: createRelayFetch(client, 'https://acme.atlassian.net'),
    });

    const answer = await jira.readIssue('ACME-1');

    expect(answer).toMatchObject({ ok: true, value: { key: 'ACME-1' } });
    expect(send).toHaveBeenCalledWith('jira.rest', {
      origin: 'https://acme.atlassian.net',
      path: expect.stringMatching(/^\/rest\/api\/3\/issue\/ACME-1\?fields=/),
      method: 'GET',
    });
  });

  it('keeps Jira’s status and Retry-After, so a 429 still says when to retry', async () => {
    const { client } = backgroundAnswering({
      ok: true,
      value: { status: 429, retryAfter: '30', json: { errorMessages: ['Too many requests'] } },
    });
    const jira = createJiraRestClient({
      origin: 'https://a.atlassian.net',
      fetch: createRelayFetch(client, 'https://a.atlassian.net'),
    });

    const answer = await jira.searchIssues({ jql: 'project = ACME' });

    expect(answer.ok).toBe(false);
    expect(JSON.stringify(answer)).toMatch(/30/);
  });

  it('treats a call the background could not make as Jira unreachable', async () => {
    const { client } = backgroundAnswering({ ok: false, error: { code: 'jira_unreachable', message: 'down' } });
    const jira = createJiraRestClient({
      origin: 'https://a.atlassian.net',
      fetch: createRelayFetch(client, 'https://a.atlassian.net'),
    });

    const answer = await jira.readIssue('ACME-1');

    expect(answer).toMatchObject({ ok: false });
  });
});

describe('cancelling a relayed Jira call', () => {
  it('stops waiting for a call that hangs once the caller aborts', async () => {
    const client = { send: () => new Promise(() => {}) } as unknown as BackgroundClient;
    const jira = createJiraRestClient({
      origin: 'https://a.atlassian.net',
      fetch: createRelayFetch(client, 'https://a.atlassian.net'),
    });
    const controller = new AbortController();

    const answer = jira.searchIssues({ jql: 'project = ACME' }, controller.signal);
    controller.abort();

    expect(await answer).toMatchObject({ ok: false });
  });
});
