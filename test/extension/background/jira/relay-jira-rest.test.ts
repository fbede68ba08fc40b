import { describe, expect, it, vi } from 'vitest';
import { relayJiraRest } from '../../../../extension/background/jira/relay-jira-rest';
import { createBackgroundHandlers } from '../../../../extension/background/messaging/background-handlers';
import { dispatchMessage } from '../../../../extension/background/messaging/dispatch-message';
import { identifySender } from '../../../../extension/background/messaging/identify-sender';
import { createWorkerApi } from '../../../../extension/background/worker-api/worker-api';
import { messageInputSchemas } from '../../../../extension/messaging/protocol';
import { createTestBackground } from '../../background-harness';
import { contentScript, jiraPage, testSenderFacts, verifiedAs } from '../../senders';

const acme = 'https://acme.atlassian.net';
const issuePath = '/rest/api/3/issue/ACME-1?fields=summary,status';
const fetchedUrls = (fetchJira: ReturnType<typeof vi.fn>) => fetchJira.mock.calls.map((call) => String(call[0]));

describe('Jira REST relay (background fetch for the overlay)', () => {
  it('answers Jira error statuses as data, with Retry-After, so the overlay can explain them', async () => {
    const fetchJira = vi.fn(
      async () =>
        new Response(JSON.stringify({ errorMessages: ['Rate limit exceeded'], errors: {} }), {
          status: 429,
          headers: { 'retry-after': '30' },
        }),
    );

    const answer = await relayJiraRest({ origin: acme, path: issuePath, method: 'GET' }, acme, fetchJira);

    expect(answer).toEqual({
      ok: true,
      value: { status: 429, retryAfter: '30', json: { errorMessages: ['Rate limit exceeded'], errors: {} } },
    });
    expect(fetchJira).toHaveBeenCalledWith(`${acme}${issuePath}`, {
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
    const origin = 'https://acme.atlassian.net:8443';

    const answer = await relayJiraRest(
      { origin, path: '/rest/api/3/search/jql', method: 'POST', body: { jql: 'x' } },
      origin,
      fetchJira,
    );

    expect(answer).toEqual({ ok: true, value: { status: 502, retryAfter: null, json: null } });
    expect(fetchJira.mock.calls[0]?.[0]).toBe(`${origin}/rest/api/3/search/jql`);
    expect(fetchJira.mock.calls[0]?.[1]).toMatchObject({
      body: '{"jql":"x"}',
      headers: { 'Content-Type': 'application/json' },
    });
  });

  it('turns a network failure into a message that says what to do', async () => {
    const answer = await relayJiraRest({ origin: acme, path: issuePath, method: 'GET' }, acme, async () => {
      throw new TypeError('Failed to fetch');
    });

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'jira_unreachable', message: expect.stringMatching(/reload/) },
    });
  });

  it('accepts only Jira REST paths', () => {
    const schema = messageInputSchemas['jira.rest'];
    const call = { origin: acme, method: 'GET' };
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
      { origin: acme, path: '/etc/passwd', method: 'GET' },
      verifiedAs('jiraContent'),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the relay calls only what the overlay calls, on the asking page', () => {
  it.each([
    ['dot segments', 'GET', '/rest/api/3/../../../secure/ViewProfile.jspa'],
    ['dot segments that stay under the prefix', 'GET', '/rest/api/3/issue/../../3/myself'],
    ['encoded dot segments', 'GET', '/rest/api/3/%2e%2e/%2e%2e/%2e%2e/secure/ViewProfile.jspa'],
    ['upper-case encoded dots', 'GET', '/rest/api/3/%2E%2E/%2E%2E/%2E%2E/secure/ViewProfile.jspa'],
    ['encoded slashes', 'GET', '/rest/api/3/issue/..%2f..%2f..%2fsecure%2fViewProfile.jspa'],
    ['backslashes', 'GET', '/rest/api/3/..\\..\\..\\secure/ViewProfile.jspa'],
    ['a POST where the overlay only reads', 'POST', '/rest/api/3/issue/ACME-1'],
    ['a GET the overlay never makes', 'GET', '/rest/api/3/myself'],
    ['an agile call the overlay never makes', 'GET', '/rest/agile/1.0/board'],
    ['a search under another name', 'POST', '/rest/api/3/search/jql/../../issue/bulk'],
    // The Costs tab reads worklogs from the background (read-worklogs.ts); the overlay never does.
    ['a worklog read, which only the Costs tab makes', 'GET', '/rest/api/3/issue/ACME-1/worklog'],
  ] as const)('refuses %s without fetching (%s %s)', async (_why, method, path) => {
    const fetchJira = vi.fn(async () => new Response('{}'));

    const answer = await relayJiraRest({ origin: acme, path, method }, acme, fetchJira);

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'jira_call_not_allowed', message: expect.stringContaining(path) },
    });
    expect(fetchedUrls(fetchJira)).toEqual([]);
  });

  it('refuses a site other than the asking page’s, whatever the message claims', async () => {
    const fetchJira = vi.fn(async () => new Response('{}'));

    for (const origin of ['https://victim.atlassian.net', 'https://jira.example.com'])
      expect(await relayJiraRest({ origin, path: issuePath, method: 'GET' }, acme, fetchJira)).toMatchObject({
        ok: false,
        error: { code: 'sender_not_allowed' },
      });
    expect(await relayJiraRest({ origin: acme, path: issuePath, method: 'GET' }, undefined, fetchJira)).toMatchObject({
      ok: false,
      error: { code: 'sender_not_allowed' },
    });
    expect(fetchedUrls(fetchJira)).toEqual([]);
  });
});

describe('jira.rest through the background', () => {
  it('fetches the asking tab’s own Jira site, from the Jira script on it, and nothing else', async () => {
    const fetchJira = vi.fn(async () => new Response('{"key":"ACME-1"}'));
    const { db, sync, server } = createTestBackground();
    const handlers = createBackgroundHandlers(
      { db, sync, api: createWorkerApi(server.fetch), now: () => '2026-03-02T10:00:00.000Z', newId: () => 'x' },
      { jira: { openPopup: async () => {}, language: () => 'en', fetchJira } },
    );
    const facts = testSenderFacts({ selfHostedPatterns: ['https://jira.example.com/*'] });
    const ask = async (pageUrl: string, origin: string) =>
      dispatchMessage(
        handlers,
        'jira.rest',
        { origin, path: issuePath, method: 'GET' },
        await identifySender(contentScript(pageUrl, 41), facts),
      );

    expect(await ask(jiraPage, acme)).toMatchObject({ ok: true, value: { status: 200 } });
    expect(await ask('https://jira.example.com:8443/browse/OPS-3', 'https://jira.example.com:8443')).toMatchObject({
      ok: true,
    });
    // Jira Cloud asking for another tenant; pages that are no Jira of ours.
    for (const [pageUrl, origin] of [
      [jiraPage, 'https://victim.atlassian.net'],
      ['https://evil.example.com/', 'https://evil.example.com'],
      ['https://acme.atlassian.net.evil.com/', 'https://acme.atlassian.net.evil.com'],
      ['http://acme.atlassian.net/', 'http://acme.atlassian.net'],
    ])
      expect(await ask(pageUrl, origin)).toMatchObject({ ok: false, error: { code: 'sender_not_allowed' } });
    expect(fetchedUrls(fetchJira)).toEqual([`${acme}${issuePath}`, `https://jira.example.com:8443${issuePath}`]);
  });
});
