import { describe, expect, it, vi } from 'vitest';
import { fetchAllIssues } from '../../../extension/content/jira/rest/fetch-all-issues';
import { createFakeJira, searchPage } from './overlay-fakes';

describe('fetching every page of a JQL', () => {
  it('follows nextPageToken until the last page and reports progress per page', async () => {
    const jira = createFakeJira({
      pages: [
        searchPage(1, 50, { nextPageToken: 't2' }),
        searchPage(51, 50, { nextPageToken: 't3' }),
        searchPage(101, 20, { isLast: true }),
      ],
    });
    const onProgress = vi.fn();

    const result = await fetchAllIssues(jira.client, 'project = ACME', { onProgress });

    expect(result.ok && result.value.map((issue) => issue.key)).toHaveLength(120);
    expect(jira.searches).toEqual([
      { jql: 'project = ACME', nextPageToken: undefined },
      { jql: 'project = ACME', nextPageToken: 't2' },
      { jql: 'project = ACME', nextPageToken: 't3' },
    ]);
    expect(onProgress.mock.calls.map(([progress]) => progress)).toEqual([
      { fetched: 50, page: 1 },
      { fetched: 100, page: 2 },
      { fetched: 120, page: 3 },
    ]);
  });

  it("passes on Jira's total when an answer carries one", async () => {
    const jira = createFakeJira({ pages: [{ ...searchPage(1, 2), total: 2, isLast: true } as never] });
    const onProgress = vi.fn();

    await fetchAllIssues(jira.client, 'project = ACME', { onProgress });

    expect(onProgress).toHaveBeenCalledWith({ fetched: 2, page: 1, total: 2 });
  });

  it('stops at the first failing page and keeps nothing', async () => {
    const jira = createFakeJira({
      pages: [
        searchPage(1, 50, { nextPageToken: 't2' }),
        { code: 'jira_rate_limited', message: 'Wait 30 seconds.', status: 429, retryAfterSeconds: 30 },
      ],
    });

    const result = await fetchAllIssues(jira.client, 'project = ACME', {});

    expect(result).toEqual({
      ok: false,
      error: { code: 'jira_rate_limited', message: 'Wait 30 seconds.', status: 429, retryAfterSeconds: 30 },
    });
  });

  it('answers aborted when cancelled between pages', async () => {
    const controller = new AbortController();
    const jira = createFakeJira({ pages: [searchPage(1, 50, { nextPageToken: 't2' }), searchPage(51, 50)] });

    const result = await fetchAllIssues(jira.client, 'project = ACME', {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });

    expect(result).toMatchObject({ ok: false, error: { code: 'jira_aborted' } });
  });

  it('refuses a JQL matching more issues than one import may send', async () => {
    const pages = Array.from({ length: 101 }, (_, index) =>
      searchPage(index * 50 + 1, 50, { nextPageToken: `t${index}` }),
    );
    const jira = createFakeJira({ pages });

    const result = await fetchAllIssues(jira.client, 'order by key', {});

    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('more than 5000 issues') } });
    expect(jira.searches).toHaveLength(101);
  });
});
