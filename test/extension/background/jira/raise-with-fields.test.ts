import { describe, expect, it } from 'vitest';
import { listRecords } from '../../../../extension/db/read-records';
import { jiraIssue } from '../../../shared/jira/jira-fixtures';
import { createTestBackground } from '../../background-harness';

const projectId = '00000000-0000-4000-8000-000000000001';
const adaId = '00000000-0000-4000-8000-0000000000a1';
const issueUrl = 'https://acme.atlassian.net/browse/PAY-12';

/** A background joined as the owner, Payments mapped to Jira's PAY, and Ada among the workspace's people. */
async function mappedBackground() {
  const background = createTestBackground();
  const session = background.server.createWorkspace('Acme PMO');
  const workspaceId = session.workspace.id;
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  const mutate = (name: string, args: Record<string, unknown>) =>
    background.send('mutate', { workspaceId, name, args });
  expect(await mutate('project.create', { id: projectId, code: 'PAY', name: 'Payments' })).toMatchObject({ ok: true });
  expect(await mutate('person.create', { id: adaId, name: 'Ada Lovelace' })).toMatchObject({ ok: true });
  expect(await background.send('jira.mapProject', { projectId, jiraProjectKey: 'PAY' })).toMatchObject({ ok: true });
  const risks = () => listRecords(background.db, workspaceId, 'risk');
  return { ...background, workspaceId, risks };
}

describe('jira.raise with the risk form’s fields', () => {
  it('keeps probability, impact, owner, review date and the cause / event / effect, with the issue as source', async () => {
    const { send, sync, server, workspaceId, risks } = await mappedBackground();
    const issue = jiraIssue('PAY-12', { summary: 'Card payments time out' });

    const answer = await send('jira.raise', {
      kind: 'risk',
      jiraProjectKey: 'PAY',
      issueUrl,
      issue,
      title: 'Card payments may time out at peak',
      fields: {
        probability: 4,
        impact: 5,
        owner: { personId: adaId, name: 'Ada Lovelace' },
        reviewDate: '2026-04-30',
        cause: 'the provider’s new API',
        event: '',
        effect: '',
      },
    });

    expect(answer).toEqual({ ok: true, value: { id: expect.any(String) } });
    const source = { url: issueUrl, jiraKey: 'PAY-12', pageTitle: 'Card payments time out' };
    const [risk] = await risks();
    expect(risk).toMatchObject({
      projectId,
      title: 'Card payments may time out at peak',
      probability: 4,
      impact: 5,
      owner: { personId: adaId, name: 'Ada Lovelace' },
      reviewDate: '2026-04-30',
      cause: 'the provider’s new API',
      raisedBy: 'Olivia Owner',
      source,
    });
    expect(risk).not.toHaveProperty('event');
    await sync.syncNow(workspaceId);
    expect(server.liveRows(workspaceId, 'risk')).toEqual([
      expect.objectContaining({ id: risk.id, probability: 4, impact: 5, reviewDate: '2026-04-30', source }),
    ]);
  });

  it('offers the workspace’s people to the panel’s owner field', async () => {
    const { send } = await mappedBackground();
    const context = await send('jira.context', { jiraProjectKey: 'PAY', issueKey: 'PAY-12' });
    expect(context.ok && context.value.people).toEqual([{ id: adaId, name: 'Ada Lovelace' }]);
  });
});
