import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listRecords } from '../../../../extension/db/read-records';
import type { EntityName } from '../../../../shared/entities';
import type { JiraIssue } from '../../../../shared/jira';
import { jiraIssue } from '../../../shared/jira/jira-fixtures';
import { createTestBackground } from '../../background-harness';

const projectId = '00000000-0000-4000-8000-000000000001';
const otherProjectId = '00000000-0000-4000-8000-000000000002';
const issueUrl = 'https://acme.atlassian.net/browse/PAY-12';

/** A background joined to a workspace as its owner, with the Payments project (and ERP) in it. */
async function joinedBackground() {
  const background = createTestBackground();
  const session = background.server.createWorkspace('Acme PMO');
  const workspaceId = session.workspace.id;
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  for (const [id, code, name] of [
    [projectId, 'PAY', 'Payments'],
    [otherProjectId, 'ERP', 'ERP upgrade'],
  ])
    expect(
      await background.send('mutate', { workspaceId, name: 'project.create', args: { id, code, name } }),
    ).toMatchObject({ ok: true });
  const view = (entity: EntityName) => listRecords(background.db, workspaceId, entity);
  return { ...background, workspaceId, session, view };
}

async function mappedBackground() {
  const background = await joinedBackground();
  expect(await background.send('jira.mapProject', { projectId, jiraProjectKey: 'pay' })).toEqual({
    ok: true,
    value: null,
  });
  return background;
}

/** Epics every 10th key, stories under the epic before them; due dates by key. */
function jiraIssues(count: number, dueOf: (n: number) => string = () => '2026-06-30'): JiraIssue[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const epic = n - ((n - 1) % 10);
    return n === epic
      ? jiraIssue(`PAY-${n}`, { type: 'Epic', duedate: dueOf(n) })
      : jiraIssue(`PAY-${n}`, { parent: `PAY-${epic}`, duedate: dueOf(n) });
  });
}

describe('jira.context', () => {
  it('answers no workspace when this browser joined none, so the overlay can point to the settings', async () => {
    const { send } = createTestBackground();
    expect(await send('jira.context', { jiraProjectKey: 'PAY' })).toEqual({
      ok: true,
      value: { workspace: null, syncStatus: null, context: null, projects: [], people: [] },
    });
  });

  it('lists the projects to map to while the Jira project is not mapped', async () => {
    const { send, workspaceId } = await joinedBackground();
    const answer = await send('jira.context', { jiraProjectKey: 'PAY', issueKey: 'PAY-12' });
    expect(answer).toMatchObject({
      ok: true,
      value: {
        workspace: { id: workspaceId, name: 'Acme PMO' },
        syncStatus: 'pending',
        context: { project: null, rag: null, topRisks: [] },
        projects: [
          { id: otherProjectId, code: 'ERP', name: 'ERP upgrade' },
          { id: projectId, code: 'PAY', name: 'Payments' },
        ],
      },
    });
  });

  it('refuses keys that are not Jira keys, naming the field', async () => {
    const { send } = createTestBackground();
    expect(await send('jira.context', { jiraProjectKey: 'PAY KEY' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'jiraProjectKey' },
    });
    expect(await send('jira.context', { jiraProjectKey: 'PAY', issueKey: 'PAY' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'issueKey' },
    });
  });
});

describe('jira.mapProject', () => {
  it('maps the Jira project through a synced edit, then the context describes the project', async () => {
    const { send, sync, server, workspaceId } = await mappedBackground();

    expect(await send('jira.context', { jiraProjectKey: 'PAY' })).toMatchObject({
      ok: true,
      value: { context: { project: { id: projectId, code: 'PAY', name: 'Payments' } } },
    });
    await sync.syncNow(workspaceId);
    expect(server.liveRows(workspaceId, 'project').find((row) => row.id === projectId)?.jiraProjectKeys).toEqual([
      'PAY',
    ]);
  });

  it('moves the mapping to another project', async () => {
    const { send, view } = await mappedBackground();
    expect(await send('jira.mapProject', { projectId: otherProjectId, jiraProjectKey: 'PAY' })).toEqual({
      ok: true,
      value: null,
    });
    const keys = Object.fromEntries((await view('project')).map((row) => [row.id, row.jiraProjectKeys]));
    expect(keys).toEqual({ [projectId]: [], [otherProjectId]: ['PAY'] });
  });

  it('says what to do when the project is gone or no workspace is joined', async () => {
    const { send } = await joinedBackground();
    const gone = '00000000-0000-4000-8000-000000000099';
    expect(await send('jira.mapProject', { projectId: gone, jiraProjectKey: 'PAY' })).toEqual({
      ok: false,
      error: {
        code: 'project_not_found',
        message: 'That PMO project no longer exists in this workspace. Reload the page and pick another.',
      },
    });
    const alone = createTestBackground();
    expect(await alone.send('jira.mapProject', { projectId, jiraProjectKey: 'PAY' })).toMatchObject({
      ok: false,
      error: {
        code: 'no_workspace',
        message: expect.stringContaining('Open the extension settings to join a workspace'),
      },
    });
  });
});

describe('jira.raise', () => {
  it('raises a risk prefilled from the issue; it lands in Dexie, then on the Worker with the key and URL as source', async () => {
    const { send, sync, server, view, workspaceId } = await mappedBackground();
    const issue = jiraIssue('PAY-12', { summary: 'Card payments time out' });

    const answer = await send('jira.raise', { kind: 'risk', jiraProjectKey: 'PAY', issueUrl, issue });

    expect(answer).toEqual({ ok: true, value: { id: expect.any(String) } });
    if (!answer.ok) return;
    const source = { url: issueUrl, jiraKey: 'PAY-12', pageTitle: 'Card payments time out' };
    expect((await view('risk')).find((risk) => risk.id === answer.value.id)).toMatchObject({
      projectId,
      title: 'PAY-12 Card payments time out',
      probability: 3,
      impact: 3,
      owner: { name: 'Dana Okafor' },
      raisedBy: 'Olivia Owner',
      source,
    });
    await sync.syncNow(workspaceId);
    expect(server.liveRows(workspaceId, 'risk')).toEqual([expect.objectContaining({ id: answer.value.id, source })]);

    expect(await send('jira.context', { jiraProjectKey: 'PAY', issueKey: 'PAY-12' })).toMatchObject({
      ok: true,
      value: { context: { linkedRisks: [{ id: answer.value.id, score: 9, status: 'open' }] } },
    });
  });

  it('logs an issue, a decision and an action with the title the user typed', async () => {
    const { send } = await mappedBackground();
    const issue = jiraIssue('PAY-12');
    for (const kind of ['issue', 'decision', 'action'] as const)
      expect(
        await send('jira.raise', { kind, jiraProjectKey: 'PAY', issueUrl, issue, title: `A ${kind}` }),
        kind,
      ).toMatchObject({
        ok: true,
      });

    const context = await send('jira.context', { jiraProjectKey: 'PAY', issueKey: 'PAY-12' });
    expect(context.ok && context.value.context?.linkedRecords.map((record) => [record.kind, record.title])).toEqual([
      ['issue', 'A issue'],
      ['decision', 'A decision'],
      ['action', 'A action'],
    ]);
  });

  it('asks to map the Jira project first, and refuses an issue URL that is not http(s)', async () => {
    const { send } = await joinedBackground();
    expect(
      await send('jira.raise', { kind: 'risk', jiraProjectKey: 'PAY', issueUrl, issue: jiraIssue('PAY-12') }),
    ).toEqual({
      ok: false,
      error: {
        code: 'not_mapped',
        message: 'Jira project PAY is not mapped to a PMO project yet. Pick its PMO project in the panel first.',
      },
    });
    expect(
      await send('jira.raise', {
        kind: 'risk',
        jiraProjectKey: 'PAY',
        issueUrl: 'javascript:alert(1)',
        issue: jiraIssue('PAY-12'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'issueUrl' } });
  });
});

describe('jira.link', () => {
  it('links an issue to a milestone, shows it as the roll-up, moves it and unlinks it', async () => {
    const { send, workspaceId } = await mappedBackground();
    const milestoneId = '00000000-0000-4000-8000-000000000010';
    const planItemId = '00000000-0000-4000-8000-000000000020';
    await send('mutate', {
      workspaceId,
      name: 'milestone.create',
      args: { id: milestoneId, projectId, title: 'Go-live', forecastDate: '2026-06-01' },
    });
    await send('mutate', {
      workspaceId,
      name: 'planItem.create',
      args: { id: planItemId, projectId, title: 'Card form' },
    });
    const rollUp = async () => {
      const answer = await send('jira.context', { jiraProjectKey: 'PAY', issueKey: 'PAY-12' });
      return answer.ok ? answer.value.context?.rollUp : undefined;
    };
    const link = (target: { kind: 'milestone' | 'planItem'; id: string } | null) =>
      send('jira.link', { issueKey: 'PAY-12', summary: 'Card payments time out', target });

    expect(await link({ kind: 'milestone', id: milestoneId })).toEqual({ ok: true, value: null });
    expect(await rollUp()).toEqual({ kind: 'milestone', id: milestoneId, title: 'Go-live' });
    expect(await link({ kind: 'planItem', id: planItemId })).toEqual({ ok: true, value: null });
    expect(await rollUp()).toEqual({ kind: 'planItem', id: planItemId, title: 'Card form' });
    expect(await link(null)).toEqual({ ok: true, value: null });
    expect(await rollUp()).toBeNull();
  });

  it("refuses to take another issue's item, saying which", async () => {
    const { send, workspaceId } = await mappedBackground();
    const planItemId = '00000000-0000-4000-8000-000000000020';
    await send('mutate', {
      workspaceId,
      name: 'planItem.create',
      args: { id: planItemId, projectId, title: 'Card form', jiraKey: 'PAY-7' },
    });
    expect(
      await send('jira.link', { issueKey: 'PAY-12', summary: '', target: { kind: 'planItem', id: planItemId } }),
    ).toEqual({
      ok: false,
      error: {
        code: 'already_linked',
        message: '“Card form” is already linked to PAY-7. Unlink it from PAY-7 first, or pick another item.',
      },
    });
  });
});

describe('jira.import', () => {
  it('imports 1000 issues in one go, queued as 1000 edits that reach the Worker', async () => {
    const { send, sync, server, view, db, workspaceId } = await mappedBackground();

    const answer = await send('jira.import', { jiraProjectKey: 'PAY', issues: jiraIssues(1000) });

    expect(answer).toEqual({
      ok: true,
      value: { createdMilestones: 100, createdPlanItems: 900, forecastChanges: [], unchanged: 0, skipped: [] },
    });
    expect(await view('milestone')).toHaveLength(100);
    const items = await view('planItem');
    expect(items).toHaveLength(900);
    expect(items.every((item) => typeof item.milestoneId === 'string')).toBe(true);
    await sync.syncNow(workspaceId);
    expect(server.liveRows(workspaceId, 'planItem')).toHaveLength(900);
    expect(server.liveRows(workspaceId, 'milestone')).toHaveLength(100);
    expect(await db.pending.where('workspaceId').equals(workspaceId).count()).toBe(0);
  });

  it('re-imports with 5 changed due dates: exactly 5 forecasts move, nothing is duplicated', async () => {
    const { send, view, sync, server, workspaceId } = await mappedBackground();
    await send('jira.import', { jiraProjectKey: 'PAY', issues: jiraIssues(120) });
    await sync.syncNow(workspaceId);
    const changed = new Set([1, 2, 3, 50, 120]);

    const answer = await send('jira.import', {
      jiraProjectKey: 'PAY',
      issues: jiraIssues(120, (n) => (changed.has(n) ? '2026-07-31' : '2026-06-30')),
    });

    expect(answer.ok && answer.value.forecastChanges.map((change) => change.jiraKey)).toEqual([
      'PAY-1',
      'PAY-2',
      'PAY-3',
      'PAY-50',
      'PAY-120',
    ]);
    expect(answer).toMatchObject({ ok: true, value: { createdMilestones: 0, createdPlanItems: 0, unchanged: 115 } });
    const dates = [...(await view('milestone')), ...(await view('planItem'))].map((row) => [
      row.jiraKey,
      row.forecastDate ?? row.end,
    ]);
    expect(dates).toHaveLength(120);
    expect(
      dates
        .filter(([, date]) => date === '2026-07-31')
        .map(([key]) => key)
        .sort(),
    ).toEqual(['PAY-1', 'PAY-120', 'PAY-2', 'PAY-3', 'PAY-50'].sort());
    await sync.syncNow(workspaceId);
    const onServer = server.liveRows(workspaceId, 'milestone').find((row) => row.jiraKey === 'PAY-1');
    expect(onServer).toMatchObject({ baselineDate: '2026-06-30', forecastDate: '2026-07-31' });
  });

  it('imports offline too: the edits wait in Dexie', async () => {
    const { send, server, db, workspaceId } = await mappedBackground();
    server.isOffline = true;
    expect(await send('jira.import', { jiraProjectKey: 'PAY', issues: jiraIssues(20) })).toMatchObject({ ok: true });
    const pending = await db.pending.where('workspaceId').equals(workspaceId).toArray();
    expect(pending.filter((row) => row.name === 'milestone.create')).toHaveLength(2);
    expect(pending.filter((row) => row.name === 'planItem.create')).toHaveLength(18);
  });

  it('stops at the first refused edit, naming the issue, and keeps nothing a viewer may not write', async () => {
    const background = createTestBackground();
    const owner = background.server.createWorkspace('Acme PMO');
    const workspaceId = owner.workspace.id;
    await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: owner.token });
    await background.send('mutate', {
      workspaceId,
      name: 'project.create',
      args: { id: projectId, code: 'PAY', name: 'Payments', jiraProjectKeys: ['PAY'] },
    });
    await background.db.connections.update(workspaceId, { member: { ...owner.member, role: 'viewer' } });

    const answer = await background.send('jira.import', { jiraProjectKey: 'PAY', issues: jiraIssues(3) });

    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (answer.ok) return;
    expect(answer.error.message).toMatch(
      /^Nothing was imported: Jira issue PAY-1 could not be applied \(A viewer can read/,
    );
    expect(await listRecords(background.db, workspaceId, 'milestone')).toHaveLength(0);
  });

  it('answers the summary without writing when nothing changed, and asks to map the project first', async () => {
    const { send, db, workspaceId } = await mappedBackground();
    await send('jira.import', { jiraProjectKey: 'PAY', issues: jiraIssues(10) });
    const nextMutationId = async () => (await db.connections.get(workspaceId))?.nextMutationId;
    const before = await nextMutationId();
    expect(await send('jira.import', { jiraProjectKey: 'PAY', issues: jiraIssues(10) })).toMatchObject({
      ok: true,
      value: { unchanged: 10 },
    });
    expect(await nextMutationId()).toBe(before);
    expect(await send('jira.import', { jiraProjectKey: 'OPS', issues: [] })).toMatchObject({
      ok: false,
      error: { code: 'not_mapped' },
    });
  });

  it('refuses more than 5000 issues in one message', async () => {
    const { send } = createTestBackground();
    const issue = jiraIssue('PAY-1');
    expect(await send('jira.import', { jiraProjectKey: 'PAY', issues: Array(5001).fill(issue) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'issues' },
    });
  });
});

describe('popup.open', () => {
  it('opens the toolbar popup', async () => {
    const { db, sync, server } = createTestBackground();
    const openPopup = vi.fn(async () => {});
    const { createBackgroundHandlers } = await import('../../../../extension/background/messaging/background-handlers');
    const { createWorkerApi } = await import('../../../../extension/background/worker-api/worker-api');
    const { dispatchMessage } = await import('../../../../extension/background/messaging/dispatch-message');
    const deps = {
      db,
      sync,
      api: createWorkerApi(server.fetch),
      now: () => '2026-03-02T10:00:00.000Z',
      newId: () => 'x',
    };
    const handlers = createBackgroundHandlers(deps, {
      jira: { openPopup, language: () => 'en', fetchJira: fetch },
    });
    const { verifiedAs } = await import('../../senders');

    expect(await dispatchMessage(handlers, 'popup.open', {}, verifiedAs('jiraContent'))).toEqual({
      ok: true,
      value: null,
    });
    expect(openPopup).toHaveBeenCalledOnce();
  });

  it('opens the popup page in a tab where the browser cannot open the popup', async () => {
    const { send } = createTestBackground();
    const createTab = vi.spyOn(fakeBrowser.tabs, 'create');

    expect(await send('popup.open', {})).toEqual({ ok: true, value: null });
    expect(createTab).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html$/) });
  });
});
