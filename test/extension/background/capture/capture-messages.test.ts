import { describe, expect, it } from 'vitest';
import { listRecords } from '../../../../extension/db/read-records';
import { readSetting } from '../../../../extension/db/settings';
import { createCaptureBackground, joinedCaptureBackground, popupPage } from './capture-background';

const article = {
  id: 12,
  url: 'https://news.example.com/2026/03/supplier-delays',
  title: 'Supplier delays – Payments Weekly',
};
const hostile = '<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> supplier delay';

type Background = Awaited<ReturnType<typeof joinedCaptureBackground>>;

function recordsOf(background: Background, entity: 'risk' | 'issue' | 'decision' | 'action') {
  return listRecords(background.db, background.workspaceId, entity);
}

/** Shortcut on a tab, then the card's capture.start: what the card would show. */
async function startOn(background: Background, tab: { id: number; url: string; title: string }) {
  await background.flow.onCaptureCommand('capture-risk', tab);
  const start = await background.sendFromTab(tab.id, 'capture.start', {});
  if (!start.ok) throw new Error(start.error.message);
  return start.value;
}

describe('capture.start', () => {
  it('answers the draft with the workspace, its projects by code, its people by name, the risk appetite and matrix', async () => {
    const background = await joinedCaptureBackground({ selection: hostile });

    const start = await startOn(background, article);

    expect(start).toEqual({
      draft: {
        kind: 'risk',
        title: hostile,
        quote: hostile,
        source: { url: article.url, pageTitle: article.title, quote: hostile },
      },
      projects: [
        { id: background.crmId, code: 'CRM', name: 'CRM rebuild' },
        { id: background.payId, code: 'PAY', name: 'Payments' },
      ],
      suggestedId: null,
      suggestionReason: null,
      people: [
        { id: expect.any(String), name: 'Amélie Roux' },
        { id: expect.any(String), name: 'Paul Durand' },
      ],
      workspace: { id: background.workspaceId, name: 'Acme PMO' },
      appetite: 12,
      riskMatrix: expect.objectContaining({ size: 5 }),
    });
  });

  it('suggests the project mapped to the Jira project of the page', async () => {
    const background = await joinedCaptureBackground();

    const start = await startOn(background, {
      id: 4,
      url: 'https://acme.atlassian.net/browse/PAY-42',
      title: '[PAY-42] Card payments time out - Jira',
    });

    expect(start).toMatchObject({ suggestedId: background.payId, suggestionReason: 'jira' });
    expect(start.projects.map((project) => project.code)).toEqual(['PAY', 'CRM']);
    expect(start.draft.source.jiraKey).toBe('PAY-42');
  });

  it('suggests the project a Google Sheet was imported into', async () => {
    const background = await joinedCaptureBackground();
    const { workspaceId, crmId } = background;
    const imported = await background.send('import.apply', {
      workspaceId,
      sourceKey: 'sheet:1AbCdEfGhIjKlMnOpQrStUv:42',
      mutations: [],
      memory: {
        kind: 'risk',
        headerRow: 0,
        headers: ['Risk'],
        mapping: ['title'],
        dateOrder: 'dmy',
        unknownOwners: 'reject',
        projectId: crmId,
        importedIds: [],
        savedAt: '2026-03-01T09:00:00.000Z',
      },
    });
    expect(imported).toMatchObject({ ok: true });

    const start = await startOn(background, {
      id: 5,
      url: 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit#gid=42',
      title: 'CRM risks - Google Sheets',
    });

    expect(start).toMatchObject({ suggestedId: crmId, suggestionReason: 'sheet' });
  });

  it('answers workspace null when no workspace is joined, so the card sends the user to the settings', async () => {
    const background = createCaptureBackground({ selection: 'supplier delay' });
    await background.flow.onCaptureCommand('capture-risk', article);

    expect(await background.sendFromTab(12, 'capture.start', {})).toEqual({
      ok: true,
      value: {
        draft: expect.objectContaining({ title: 'supplier delay' }),
        projects: [],
        suggestedId: null,
        suggestionReason: null,
        people: [],
        workspace: null,
      },
    });
  });

  it('refuses a tab with no capture waiting (another tab, or a closed one): no card of ours runs there', async () => {
    const background = await joinedCaptureBackground();
    await background.flow.onCaptureCommand('capture-risk', article);
    background.capture.pending.forget(12);

    for (const tabId of [12, 13])
      expect(await background.sendFromTab(tabId, 'capture.start', {})).toMatchObject({
        ok: false,
        error: { code: 'sender_not_allowed' },
      });
  });
});

describe('capture.save', () => {
  it('creates the risk offline with its source, then syncs it when the network is back', async () => {
    const background = await joinedCaptureBackground({ selection: hostile });
    const { server, workspaceId, payId } = background;
    const { draft } = await startOn(background, article);
    server.isOffline = true;

    const saved = await background.sendFromTab(12, 'capture.save', {
      kind: 'risk',
      projectId: payId,
      title: draft.title,
      fields: { probability: 4, impact: 5, owner: { name: 'Paul Durand' }, reviewDate: '2026-03-16', dueDate: '' },
      source: draft.source,
    });

    expect(saved).toEqual({ ok: true, value: { id: expect.any(String), kind: 'risk' } });
    const id = saved.ok ? saved.value.id : '';
    const expected = {
      id,
      projectId: payId,
      title: hostile,
      probability: 4,
      impact: 5,
      owner: { name: 'Paul Durand' },
      reviewDate: '2026-03-16',
      raisedOn: '2026-03-02',
      raisedBy: 'Claire Martin',
      source: { url: article.url, pageTitle: article.title, quote: hostile },
    };
    expect(await recordsOf(background, 'risk')).toEqual([expect.objectContaining(expected)]);
    expect((await background.db.pending.toArray()).map((row) => row.name)).toEqual(['risk.create']);
    expect(server.liveRows(workspaceId, 'risk')).toEqual([]);

    server.isOffline = false;
    await background.sync.syncNow(workspaceId);

    expect(server.liveRows(workspaceId, 'risk')).toEqual([expect.objectContaining(expected)]);
  });

  it('remembers the project, and offers it first at the next capture', async () => {
    const background = await joinedCaptureBackground({ selection: 'supplier delay' });
    const { draft } = await startOn(background, article);

    await background.sendFromTab(12, 'capture.save', {
      kind: 'action',
      projectId: background.payId,
      title: 'Call the supplier',
      fields: {},
      source: draft.source,
    });

    expect(await readSetting(background.db, 'lastCaptureProjectId')).toBe(background.payId);
    const next = await startOn(background, { ...article, id: 13 });
    expect(next).toMatchObject({ suggestedId: background.payId, suggestionReason: 'last_used' });
    expect(next.projects.map((project) => project.code)).toEqual(['PAY', 'CRM']);
  });

  it('creates a decision decided today by the member, from the popup', async () => {
    const background = await joinedCaptureBackground({ refuses: ['readSelection', 'injectCard'] });
    await background.flow.onCaptureMenuClick(
      { menuItemId: 'capture-decision', selectionText: 'We order from the second supplier.', pageUrl: article.url },
      article,
    );
    const start = await background.send('capture.start', { fromPopup: true });
    if (!start.ok) throw new Error(start.error.message);

    const saved = await background.send('capture.save', {
      kind: 'decision',
      projectId: background.crmId,
      title: start.value.draft.title,
      fields: {},
      source: start.value.draft.source,
    });

    expect(saved).toMatchObject({ ok: true, value: { kind: 'decision' } });
    expect(await recordsOf(background, 'decision')).toEqual([
      expect.objectContaining({
        statement: 'We order from the second supplier.',
        decidedOn: '2026-03-02',
        decidedBy: 'Claire Martin',
        source: expect.objectContaining({ quote: 'We order from the second supplier.' }),
      }),
    ]);
  });

  it('refuses a project that is not in the workspace, and a blank title by name', async () => {
    const background = await joinedCaptureBackground();
    const input = { kind: 'risk', title: 'Supplier delay', fields: {}, source: { url: article.url } };

    expect(await background.send('capture.save', { ...input, projectId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'no_project', message: 'Create a project in the popup first, then capture again.' },
    });
    expect(await background.send('capture.save', { ...input, projectId: background.payId, title: '  ' })).toMatchObject(
      { ok: false, error: { message: expect.stringContaining('title') } },
    );
    expect(await recordsOf(background, 'risk')).toEqual([]);
  });

  it('refuses ratings off the matrix before anything is written', async () => {
    const background = await joinedCaptureBackground();

    const saved = await background.send('capture.save', {
      kind: 'risk',
      projectId: background.payId,
      title: 'Supplier delay',
      fields: { probability: 7 },
      source: { url: article.url },
    });

    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'fields' } });
  });

  it('says where to join a workspace when none is', async () => {
    const background = createCaptureBackground();

    expect(
      await background.send('capture.save', {
        kind: 'risk',
        projectId: crypto.randomUUID(),
        title: 'Supplier delay',
        fields: {},
        source: { url: article.url },
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'not_connected',
        message: 'Join a workspace in the extension settings first, then capture again.',
      },
    });
  });
});

describe('capture.undo', () => {
  it('deletes the capture, here and on the Worker once it synced', async () => {
    const background = await joinedCaptureBackground({ selection: 'supplier delay' });
    const { server, workspaceId } = background;
    const { draft } = await startOn(background, article);
    const saved = await background.sendFromTab(12, 'capture.save', {
      kind: 'issue',
      projectId: background.payId,
      title: draft.title,
      fields: { priority: 'high' },
      source: draft.source,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    await background.sync.syncNow(workspaceId);
    expect(server.liveRows(workspaceId, 'issue')).toEqual([expect.objectContaining({ priority: 'high' })]);

    expect(await background.send('capture.undo', saved.value)).toEqual({ ok: true, value: null });

    expect(await recordsOf(background, 'issue')).toEqual([]);
    await background.sync.syncNow(workspaceId);
    expect(server.liveRows(workspaceId, 'issue')).toEqual([]);
    expect(await background.send('capture.undo', saved.value)).toMatchObject({ ok: false, error: { code: 'gone' } });
  });
});

describe('capture.open and options.open', () => {
  it('open what the card saved in the workspace app at that record, and the settings page', async () => {
    const background = await joinedCaptureBackground();
    const { draft } = await startOn(background, article);
    const saved = await background.sendFromTab(12, 'capture.save', {
      kind: 'risk',
      projectId: background.payId,
      title: draft.title,
      fields: { probability: 3, impact: 3, reviewDate: '', dueDate: '' },
      source: draft.source,
    });
    const id = saved.ok ? saved.value.id : '';

    expect(await background.sendFromTab(12, 'capture.open', { id, kind: 'risk' })).toEqual({ ok: true, value: null });
    expect(await background.send('options.open', {})).toEqual({ ok: true, value: null });
    expect(background.calls.slice(-2)).toEqual([`openWorkspace risks ${id}`, 'openOptionsPage']);
  });

  it('refuses to open a record the card did not save, and opens the popup for one deleted since', async () => {
    const opens = await joinedCaptureBackground();
    const refused = await joinedCaptureBackground({ refuses: ['openPopup'] });
    for (const background of [opens, refused]) {
      const { draft } = await startOn(background, article);
      const saved = await background.sendFromTab(12, 'capture.save', {
        kind: 'risk',
        projectId: background.payId,
        title: draft.title,
        fields: { probability: 3, impact: 3, reviewDate: '', dueDate: '' },
        source: draft.source,
      });
      const id = saved.ok ? saved.value.id : '';
      expect(await background.sendFromTab(12, 'capture.undo', { id, kind: 'risk' })).toEqual({ ok: true, value: null });
      expect(await background.sendFromTab(12, 'capture.open', { id, kind: 'risk' })).toEqual({ ok: true, value: null });
    }
    expect(await opens.sendFromTab(12, 'capture.open', { id: crypto.randomUUID(), kind: 'risk' })).toMatchObject({
      ok: false,
      error: { code: 'sender_not_allowed' },
    });
    expect(opens.calls.at(-1)).toBe('openPopup');
    expect(refused.calls.slice(-2)).toEqual(['openPopup', `openTab ${popupPage}`]);
  });
});
