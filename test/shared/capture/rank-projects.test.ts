import { describe, expect, it } from 'vitest';
import { rankProjects, readSheetAddress } from '../../../shared/capture/rank-projects';

const payments = { id: 'p-pay', code: 'PAY', name: 'Payments', jiraProjectKeys: ['PAY', 'CARD'] };
const crm = { id: 'p-crm', code: 'CRM', name: 'CRM rebuild' };
const data = { id: 'p-dat', code: 'DAT', name: 'Data platform', jiraProjectKeys: [] };
const projects = [payments, data, crm];
const codes = (ranked: ReturnType<typeof rankProjects>) => ranked.projects.map((project) => project.code);
const sheetUrl = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit#gid=42';

describe('rankProjects', () => {
  it('lists the projects by code, with no suggestion, when nothing hints at one', () => {
    const ranked = rankProjects(projects, { url: 'https://news.example.com/article' });

    expect(ranked).toEqual({
      projects: [
        { id: 'p-crm', code: 'CRM', name: 'CRM rebuild' },
        { id: 'p-dat', code: 'DAT', name: 'Data platform' },
        { id: 'p-pay', code: 'PAY', name: 'Payments' },
      ],
      suggestedId: null,
      reason: null,
    });
  });

  it('puts the last used project first', () => {
    const ranked = rankProjects(projects, { url: 'https://news.example.com/article', lastUsedProjectId: 'p-pay' });

    expect(codes(ranked)).toEqual(['PAY', 'CRM', 'DAT']);
    expect(ranked).toMatchObject({ suggestedId: 'p-pay', reason: 'last_used' });
  });

  it('suggests the project mapped to the Jira project of the address, before the last used', () => {
    const ranked = rankProjects(projects, {
      url: 'https://acme.atlassian.net/browse/card-7',
      lastUsedProjectId: 'p-dat',
    });

    expect(codes(ranked)).toEqual(['PAY', 'DAT', 'CRM']);
    expect(ranked).toMatchObject({ suggestedId: 'p-pay', reason: 'jira' });
  });

  it('suggests the project a Google Sheet tab was imported into, else the one its spreadsheet was', () => {
    const byTab = rankProjects(projects, {
      url: sheetUrl,
      sheetProjectIds: { 'sheet:1AbCdEfGhIjKlMnOpQrStUv:42': 'p-dat', 'sheet:1AbCdEfGhIjKlMnOpQrStUv': 'p-crm' },
    });
    const bySpreadsheet = rankProjects(projects, {
      url: sheetUrl.replace('#gid=42', '#gid=7'),
      sheetProjectIds: { 'sheet:1AbCdEfGhIjKlMnOpQrStUv:42': 'p-dat', 'sheet:1AbCdEfGhIjKlMnOpQrStUv': 'p-crm' },
    });

    expect(byTab).toMatchObject({ suggestedId: 'p-dat', reason: 'sheet' });
    expect(codes(byTab)).toEqual(['DAT', 'CRM', 'PAY']);
    expect(bySpreadsheet).toMatchObject({ suggestedId: 'p-crm', reason: 'sheet' });
  });

  it('ignores hints naming projects that are not offered', () => {
    const ranked = rankProjects(projects, {
      url: sheetUrl,
      lastUsedProjectId: 'deleted-project',
      sheetProjectIds: { 'sheet:1AbCdEfGhIjKlMnOpQrStUv:42': 'another-deleted-project' },
    });

    expect(ranked).toMatchObject({ suggestedId: null, reason: null });
    expect(codes(ranked)).toEqual(['CRM', 'DAT', 'PAY']);
  });

  it('offers nothing when there is no project', () => {
    expect(rankProjects([], { url: 'https://acme.atlassian.net/browse/PAY-1', lastUsedProjectId: 'p-pay' })).toEqual({
      projects: [],
      suggestedId: null,
      reason: null,
    });
  });
});

describe('readSheetAddress', () => {
  it.each([
    [sheetUrl, { spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUv', gid: '42' }],
    [
      'https://docs.google.com/spreadsheets/u/1/d/1AbCdEfGhIjKlMnOpQrStUv/edit?gid=9',
      { spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUv', gid: '9' },
    ],
    [
      'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit',
      { spreadsheetId: '1AbCdEfGhIjKlMnOpQrStUv', gid: '0' },
    ],
    ['https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUv/edit', null],
    ['https://evil.example/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit', null],
    ['not a url', null],
  ])('reads %s', (url, expected) => {
    expect(readSheetAddress(url)).toEqual(expected);
  });
});
