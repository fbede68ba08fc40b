import { describe, expect, it } from 'vitest';
import { listRecords } from '../../../../extension/db/read-records';
import { jiraIssue } from '../../../shared/jira/jira-fixtures';
import { createTestBackground } from '../../background-harness';
import { contentScript, extensionPage, jiraPage, testSenderFacts } from '../../senders';

const projectId = '00000000-0000-4000-8000-000000000001';

/** A workspace with Payments mapped to the Jira project PAY; a self-hosted Jira granted at jira.example.com. */
async function mappedBackground() {
  const background = createTestBackground(
    undefined,
    testSenderFacts({ selfHostedPatterns: ['https://jira.example.com/*'] }),
  );
  const session = background.server.createWorkspace('Acme PMO');
  const workspaceId = session.workspace.id;
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  await background.send('mutate', {
    workspaceId,
    name: 'project.create',
    args: { id: projectId, code: 'PAY', name: 'Payments' },
  });
  expect(await background.send('jira.mapProject', { projectId, jiraProjectKey: 'PAY' })).toMatchObject({ ok: true });
  const risks = async () => (await listRecords(background.db, workspaceId, 'risk')).length;
  return { ...background, risks };
}

describe('Jira messages speak for the sender page’s own Jira site', () => {
  const raise = (issueUrl: string) => ({ kind: 'risk', jiraProjectKey: 'PAY', issueUrl, issue: jiraIssue('PAY-12') });

  it('raises from an issue of the page’s own site, Cloud or self-hosted', async () => {
    const { send, risks } = await mappedBackground();
    const selfHosted = 'https://jira.example.com:8443/browse/PAY-12';

    expect(await send('jira.raise', raise(jiraPage), contentScript(jiraPage, 41))).toMatchObject({ ok: true });
    expect(await send('jira.raise', raise(selfHosted), contentScript(selfHosted, 42))).toMatchObject({ ok: true });

    expect(await risks()).toBe(2);
  });

  it('refuses a record pointing at another site than the page’s', async () => {
    const { send, risks } = await mappedBackground();

    for (const issueUrl of ['https://victim.atlassian.net/browse/PAY-12', 'https://evil.example.com/PAY-12'])
      expect(await send('jira.raise', raise(issueUrl), contentScript(jiraPage, 41))).toMatchObject({
        ok: false,
        error: { code: 'sender_not_allowed' },
      });

    expect(await risks()).toBe(0);
  });

  it('refuses every Jira message from a page that is no Jira site of ours, and from our own pages', async () => {
    const { send, risks } = await mappedBackground();
    const notJira = [
      contentScript('https://jira.other.example/browse/PAY-12', 43),
      contentScript('http://acme.atlassian.net/browse/PAY-12', 44),
      extensionPage('popup.html'),
    ];

    for (const sender of notJira) {
      expect(await send('jira.raise', raise(jiraPage), sender)).toMatchObject({
        error: { code: 'sender_not_allowed' },
      });
      expect(await send('jira.context', { jiraProjectKey: 'PAY' }, sender)).toMatchObject({
        error: { code: 'sender_not_allowed' },
      });
      expect(await send('jira.import', { jiraProjectKey: 'PAY', issues: [jiraIssue('PAY-1')] }, sender)).toMatchObject({
        error: { code: 'sender_not_allowed' },
      });
    }
    expect(await risks()).toBe(0);
  });
});
