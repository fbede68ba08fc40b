import { describe, expect, it, vi } from 'vitest';
import { isJiraCloudOrigin, readJiraWorklogs } from '../../../../extension/background/jira/read-worklogs';
import { planWorklogCosts } from '../../../../shared/jira/worklog-costs';

const acme = 'https://acme.atlassian.net';
const author = (name: string, email: string) => ({ accountId: `acc-${name}`, displayName: name, emailAddress: email });
const aiko = author('Aiko Tanaka', 'aiko@acme.example');
const lea = author('Léa Dubois', 'lea@acme.example');

/** 25 one-hour worklogs by Aiko and one of 2.5 h by Léa on TEAM-2, served 10 per page as Jira may. */
const worklogs = [
  ...Array.from({ length: 25 }, (_, index) => ({
    id: String(1000 + index),
    author: aiko,
    started: `2026-03-${String((index % 20) + 2).padStart(2, '0')}T09:00:00.000+0100`,
    timeSpentSeconds: 3600,
  })),
  { id: '2000', author: lea, started: '2026-03-10T14:00:00.000+0100', timeSpentSeconds: 9000 },
];

function fakeJira(status = 200) {
  return vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = new URL(String(input));
    if (status !== 200) return new Response(JSON.stringify({ errorMessages: ['Forbidden'] }), { status });
    if (url.pathname === '/rest/api/3/search/jql')
      return Response.json({
        issues: [{ id: '20002', key: 'TEAM-2', fields: { summary: 'Job posting form' } }],
        isLast: true,
      });
    const startAt = Number(url.searchParams.get('startAt'));
    return Response.json({
      startAt,
      maxResults: 10,
      total: worklogs.length,
      worklogs: worklogs.slice(startAt, startAt + 10),
    });
  });
}

describe('reading Jira worklogs for the Costs tab', () => {
  it('searches the project issues, then pages through each issue’s worklogs until total', async () => {
    const fetchJira = fakeJira();
    const read = await readJiraWorklogs(
      { origin: acme, jiraProjectKeys: ['TEAM'], from: '2026-03-01', to: '2026-03-01' },
      fetchJira,
    );
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toHaveLength(26);
    const urls = fetchJira.mock.calls.map((call) => new URL(String(call[0])));
    expect(urls[0].pathname).toBe('/rest/api/3/search/jql');
    expect(JSON.parse(String(fetchJira.mock.calls[0][1]?.body)).jql).toBe(
      'project in ("TEAM") AND worklogDate >= "2026-03-01" AND worklogDate <= "2026-03-31" ORDER BY key',
    );
    expect(urls.slice(1).map((url) => url.searchParams.get('startAt'))).toEqual(['0', '10', '20']);
    // 25 h × 90 and 2.5 h × 100, by hand.
    const plan = planWorklogCosts(
      read.value,
      [
        { id: 'p-aiko', name: 'Aiko Tanaka', email: 'aiko@acme.example', hourlyRate: 90 },
        { id: 'p-lea', name: 'Lea Dubois', hourlyRate: 100 },
      ],
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect(plan.lines.map((line) => [line.personName, line.hours, line.amount])).toEqual([
      ['Aiko Tanaka', 25, 2250],
      ['Lea Dubois', 2.5, 250],
    ]);
  });

  it.each([401, 403])('stops with a clear message when Jira answers %i', async (status) => {
    const read = await readJiraWorklogs(
      { origin: acme, jiraProjectKeys: ['TEAM'], from: '2026-03-01', to: '2026-03-01' },
      fakeJira(status),
    );
    expect(read).toMatchObject({ ok: false, error: { code: 'jira_denied' } });
    expect(read.ok ? '' : read.error.message).toContain(
      'Jira refused access to the worklogs on https://acme.atlassian.net',
    );
  });

  it('takes Jira Cloud sites as they are and nothing that only looks like one', () => {
    expect(isJiraCloudOrigin(acme)).toBe(true);
    expect(isJiraCloudOrigin('http://acme.atlassian.net')).toBe(false);
    expect(isJiraCloudOrigin('https://atlassian.net.evil.example')).toBe(false);
  });
});
