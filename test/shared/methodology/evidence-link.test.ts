import { describe, expect, it } from 'vitest';
import { readEvidenceLink } from '../../../shared/methodology';

describe('readEvidenceLink', () => {
  it('reads web pages, Google Sheets, Jira issue addresses and bare Jira keys', () => {
    expect(readEvidenceLink(' https://intranet.example/charter.pdf ')).toEqual({
      kind: 'web',
      text: 'https://intranet.example/charter.pdf',
      href: 'https://intranet.example/charter.pdf',
    });
    expect(readEvidenceLink('https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQ/edit#gid=0')?.kind).toBe(
      'sheet',
    );
    expect(readEvidenceLink('https://acme.atlassian.net/browse/CRM-42')).toMatchObject({
      kind: 'jiraIssue',
      issueKey: 'CRM-42',
    });
    expect(readEvidenceLink('crm-7')).toEqual({ kind: 'jiraKey', text: 'CRM-7', issueKey: 'CRM-7' });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'https://bank.example@evil.example/login',
    'see the charter',
    '',
  ])('refuses %j', (input) => {
    expect(readEvidenceLink(input)).toBeUndefined();
  });
});
