import { describe, expect, it } from 'vitest';
import { parseJiraLocation, shownIssueKey } from '../../../shared/jira';

const site = 'https://acme.atlassian.net';

describe('parseJiraLocation', () => {
  it('reads the full-page issue view, with its project from the key', () => {
    expect(parseJiraLocation(`${site}/browse/PAY-12`)).toEqual({
      page: 'issue',
      issueKey: 'PAY-12',
      projectKey: 'PAY',
    });
    expect(parseJiraLocation(`${site}/browse/PAY-12/?focusedCommentId=3#comment`)).toEqual({
      page: 'issue',
      issueKey: 'PAY-12',
      projectKey: 'PAY',
    });
  });

  it('upper-cases keys typed in lower case, as Jira accepts them', () => {
    expect(parseJiraLocation(`${site}/browse/pay_2-7`)).toEqual({
      page: 'issue',
      issueKey: 'PAY_2-7',
      projectKey: 'PAY_2',
    });
  });

  it('reads company-managed and team-managed boards with their board id', () => {
    expect(parseJiraLocation(`${site}/jira/software/c/projects/PAY/boards/42`)).toEqual({
      page: 'board',
      boardKind: 'company',
      projectKey: 'PAY',
      boardId: '42',
    });
    expect(parseJiraLocation(`${site}/jira/software/projects/CRM/boards/7`)).toEqual({
      page: 'board',
      boardKind: 'team',
      projectKey: 'CRM',
      boardId: '7',
    });
  });

  it('reads the backlog of either board kind', () => {
    expect(parseJiraLocation(`${site}/jira/software/c/projects/PAY/boards/42/backlog`)).toEqual({
      page: 'backlog',
      boardKind: 'company',
      projectKey: 'PAY',
      boardId: '42',
    });
    expect(parseJiraLocation(`${site}/jira/software/projects/CRM/boards/7/backlog/?issueLimit=100`)).toEqual({
      page: 'backlog',
      boardKind: 'team',
      projectKey: 'CRM',
      boardId: '7',
    });
  });

  it('names the issue of a board modal (?selectedIssue=KEY), on boards and backlogs', () => {
    const board = parseJiraLocation(`${site}/jira/software/c/projects/PAY/boards/42?selectedIssue=PAY-3`);
    expect(board).toEqual({
      page: 'board',
      boardKind: 'company',
      projectKey: 'PAY',
      boardId: '42',
      selectedIssueKey: 'PAY-3',
    });
    expect(shownIssueKey(board)).toBe('PAY-3');
    const backlog = parseJiraLocation(
      `${site}/jira/software/projects/CRM/boards/7/backlog?quickFilter=1&selectedIssue=crm-9&foo`,
    );
    expect(backlog).toMatchObject({ page: 'backlog', boardKind: 'team', selectedIssueKey: 'CRM-9' });
  });

  it('names the modal issue on any other page, and its project from the key when the path has none', () => {
    expect(parseJiraLocation(`${site}/jira/your-work?selectedIssue=OPS-4`)).toEqual({
      page: 'other',
      selectedIssueKey: 'OPS-4',
      projectKey: 'OPS',
    });
    expect(parseJiraLocation(`${site}/jira/software/c/projects/PAY/list?selectedIssue=PAY-8`)).toEqual({
      page: 'other',
      selectedIssueKey: 'PAY-8',
      projectKey: 'PAY',
    });
  });

  it('reads the issue navigator, which puts the shown issue in the path', () => {
    expect(parseJiraLocation(`${site}/jira/software/c/projects/PAY/issues/PAY-5?jql=order%20by%20created`)).toEqual({
      page: 'other',
      selectedIssueKey: 'PAY-5',
      projectKey: 'PAY',
    });
  });

  it('keeps the project of project pages without an issue', () => {
    expect(parseJiraLocation(`${site}/jira/software/c/projects/PAY/summary`)).toEqual({
      page: 'other',
      projectKey: 'PAY',
    });
    expect(parseJiraLocation(`${site}/browse/PAY`)).toEqual({ page: 'other', projectKey: 'PAY' });
    expect(parseJiraLocation(`${site}/jira/software/c/projects/PAY/boards/42/timeline`)).toEqual({
      page: 'other',
      projectKey: 'PAY',
    });
  });

  it('reads a self-hosted Jira under a context path and Data Center boards', () => {
    expect(parseJiraLocation('https://jira.example.com/jira/browse/OPS-1')).toEqual({
      page: 'issue',
      issueKey: 'OPS-1',
      projectKey: 'OPS',
    });
    expect(parseJiraLocation('https://jira.example.com/secure/RapidBoard.jspa?rapidView=3&projectKey=OPS')).toEqual({
      page: 'board',
      boardKind: 'company',
      projectKey: 'OPS',
      boardId: '3',
    });
    expect(
      parseJiraLocation(
        'https://jira.example.com/secure/RapidBoard.jspa?rapidView=3&projectKey=OPS&view=planning.nodetail&selectedIssue=OPS-2',
      ),
    ).toEqual({ page: 'backlog', boardKind: 'company', projectKey: 'OPS', boardId: '3', selectedIssueKey: 'OPS-2' });
  });

  it('reads a bare path as well as a full URL', () => {
    expect(parseJiraLocation('/browse/PAY-1')).toEqual({ page: 'issue', issueKey: 'PAY-1', projectKey: 'PAY' });
  });

  it('answers "other" for anything else, malformed input included, without throwing', () => {
    for (const url of [
      `${site}/jira/your-work`,
      `${site}/browse/-12`,
      `${site}/browse/PAY-0`,
      `${site}/jira/software/c/projects/PAY/boards/abc`,
      `${site}/secure/RapidBoard.jspa?rapidView=x`,
      `${site}/?selectedIssue=%E0%A4%A`,
      'not a url',
      '',
    ]) {
      const location = parseJiraLocation(url);
      expect(location.page, url).toBe('other');
      expect(shownIssueKey(location), url).toBeUndefined();
    }
  });
});
