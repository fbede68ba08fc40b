import { afterEach, describe, expect, it } from 'vitest';
import { composePopupSummary } from '../../extension/background/popup-summary/compose-popup-summary';
import { refreshPopupSummary } from '../../extension/background/popup-summary/keep-popup-summary';
import {
  buildPopupSummary,
  type PopupSummaryInput,
  popupSummaryRiskCount,
  readPopupSelection,
  readPopupSummary,
  rememberPopupSelection,
  writePopupSummary,
} from '../../extension/db/popup-summary';
import { createTestBackground } from './background-harness';

afterEach(async () => {
  await writePopupSummary(null);
});

const connection = {
  workspaceId: 'ws-1',
  workspaceName: 'Acme PMO',
  syncStatus: 'pending' as const,
  pendingCount: 2,
  lastError: null,
  lastSyncAt: '2026-03-14T09:00:00.000Z',
  retryAt: null,
  token: 'secret-token',
};
const project = (id: string, code: string) => ({ id, code, name: `${code} project`, managerId: 'x' });
const risk = (index: number) => ({
  id: `risk-${index}`,
  title: `Risk ${index}`,
  owner: { id: 'p1', name: 'Ada Lovelace' },
  status: 'open' as const,
  version: 3,
  probability: 3,
  impact: 4,
  reviewDate: '2026-03-20',
  description: 'long text the popup never shows',
});

function input(overrides: Partial<PopupSummaryInput> = {}): PopupSummaryInput {
  return {
    connection,
    connections: [connection, { ...connection, workspaceId: 'ws-2', workspaceName: 'Beta PMO' }],
    projects: [project('p-a', 'ALPHA'), project('p-b', 'BETA')],
    chosenProjectId: 'p-b',
    risks: Array.from({ length: 45 }, (_, index) => risk(index)),
    matrix: { probabilityLevels: 5, impactLevels: 5 } as never,
    notices: [],
    refusals: [],
    language: 'en',
    now: '2026-03-14T10:00:00.000Z',
    ...overrides,
  };
}

describe('popup summary', () => {
  it("keeps the chosen project's first risks in their order, with only the fields the list draws", () => {
    const summary = buildPopupSummary(input());

    expect(summary.projectId).toBe('p-b');
    expect(summary.risks).toHaveLength(popupSummaryRiskCount);
    expect(summary.riskCount).toBe(45);
    expect(summary.risks.map((kept) => kept.id).slice(0, 3)).toEqual(['risk-0', 'risk-1', 'risk-2']);
    expect(summary.risks[0]).toEqual({
      id: 'risk-0',
      title: 'Risk 0',
      owner: { id: 'p1', name: 'Ada Lovelace' },
      status: 'open',
      version: 3,
      probability: 3,
      impact: 4,
      reviewDate: '2026-03-20',
    });
    expect(summary.projects).toEqual([
      { id: 'p-a', code: 'ALPHA', name: 'ALPHA project' },
      { id: 'p-b', code: 'BETA', name: 'BETA project' },
    ]);
  });

  it('never keeps the token, only what the header, the badge and the switcher show', () => {
    const summary = buildPopupSummary(input());

    expect(JSON.stringify(summary)).not.toContain('secret-token');
    expect(summary.connection).toEqual({
      workspaceId: 'ws-1',
      workspaceName: 'Acme PMO',
      syncStatus: 'pending',
      pendingCount: 2,
      lastError: null,
      lastSyncAt: '2026-03-14T09:00:00.000Z',
      retryAt: null,
    });
    expect(summary.connections.map((entry) => entry.workspaceName)).toEqual(['Acme PMO', 'Beta PMO']);
  });

  it('falls back to the first project when the chosen one is gone, and keeps no risks without a project', () => {
    expect(buildPopupSummary(input({ chosenProjectId: 'deleted' })).projectId).toBe('p-a');
    const empty = buildPopupSummary(input({ projects: [], risks: [] }));
    expect(empty.projectId).toBeNull();
    expect(empty.risks).toEqual([]);
  });

  it('is read back as written, and forgotten when written as null', async () => {
    const summary = buildPopupSummary(input());

    await writePopupSummary(summary);
    expect(await readPopupSummary()).toEqual(summary);

    await writePopupSummary(null);
    expect(await readPopupSummary()).toBeNull();
  });

  it('ignores a summary of another format rather than misreading it', async () => {
    await writePopupSummary({ ...buildPopupSummary(input()), format: 0 as never });

    expect(await readPopupSummary()).toBeNull();
  });

  it('is composed from the local rows by the background, on the project a page chose', async () => {
    const background = createTestBackground();
    const session = background.server.createWorkspace('Acme PMO');
    await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
    const workspaceId = session.workspace.id;
    await background.sync.syncNow(workspaceId);
    const mutate = (name: 'project.create' | 'risk.create', args: Record<string, unknown>) =>
      background.send('mutate', { workspaceId, name, args });
    const [erp, crm] = [crypto.randomUUID(), crypto.randomUUID()];
    await mutate('project.create', { id: erp, code: 'ERP', name: 'ERP migration' });
    await mutate('project.create', { id: crm, code: 'CRM', name: 'CRM rollout' });
    await mutate('risk.create', {
      id: crypto.randomUUID(),
      projectId: erp,
      title: 'Vendor late',
      probability: 5,
      impact: 4,
    });
    await mutate('risk.create', {
      id: crypto.randomUUID(),
      projectId: erp,
      title: 'Budget cut',
      probability: 2,
      impact: 2,
    });
    await mutate('risk.create', {
      id: crypto.randomUUID(),
      projectId: crm,
      title: 'Key user leaves',
      probability: 3,
      impact: 4,
    });

    const first = await composePopupSummary(background.db, '2026-03-14T10:00:00.000Z');
    expect(first?.workspaceId).toBe(workspaceId);
    expect(first?.projects.map((kept) => kept.code)).toEqual(['CRM', 'ERP']);
    expect(first?.risks.map((kept) => kept.title)).toEqual(['Key user leaves']);

    await rememberPopupSelection(workspaceId, erp);
    expect(await readPopupSelection(workspaceId)).toBe(erp);
    expect(await refreshPopupSummary(background.db, '2026-03-14T10:01:00.000Z')).toBe(true);
    const chosen = await readPopupSummary();
    expect(chosen?.projectId).toBe(erp);
    expect(chosen?.risks.map((kept) => kept.title)).toEqual(['Vendor late', 'Budget cut']);
  });

  it('is composed with every access notice and the workspace’s refused edits, worded for the first paint', async () => {
    const background = createTestBackground();
    const session = background.server.createWorkspace('Acme PMO');
    await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
    const workspaceId = session.workspace.id;
    const at = '2026-03-14T09:00:00.000Z';
    await background.db.accessNotices.bulkPut([
      {
        workspaceId: 'ws-lost',
        workspaceName: 'Lost Corp',
        serverUrl: 'http://x',
        reason: 'revoked',
        discardedEdits: 2,
        at,
      },
      {
        workspaceId,
        workspaceName: 'Acme PMO',
        serverUrl: background.server.url,
        reason: 'roleChanged',
        role: 'viewer',
        previousRole: 'pm',
        discardedEdits: 0,
        at: '2026-03-14T09:30:00.000Z',
      },
    ]);
    const refusal = { workspaceId, clientId: 'c1', receivedAt: at, args: {} };
    await background.db.mutationErrors.bulkPut([
      {
        ...refusal,
        id: 1,
        name: 'risk.create',
        error: { code: 'forbidden', message: 'Viewers cannot edit.' },
        dismissed: 0,
      },
      { ...refusal, id: 2, name: null, error: { code: 'forbidden', message: 'Dismissed already.' }, dismissed: 1 },
    ]);

    const summary = await composePopupSummary(background.db, '2026-03-14T10:00:00.000Z');

    expect(summary?.language).toBe('en');
    expect(summary?.notices).toEqual([
      {
        workspaceId: 'ws-lost',
        workspaceName: 'Lost Corp',
        tone: 'alert',
        isRoleChange: false,
        headline: expect.stringContaining('“Lost Corp” was revoked'),
        detail: expect.stringContaining('2'),
      },
      {
        workspaceId,
        workspaceName: 'Acme PMO',
        tone: 'info',
        isRoleChange: true,
        headline: expect.stringContaining('Acme PMO'),
        detail: expect.any(String),
      },
    ]);
    expect(summary?.refusals).toEqual([
      { workspaceId, clientId: 'c1', id: 1, headline: 'Not saved (new risk):', detail: 'Viewers cannot edit.' },
    ]);
  });

  it('is forgotten by the background once no workspace is joined', async () => {
    await writePopupSummary(buildPopupSummary(input()));
    const background = createTestBackground();

    await refreshPopupSummary(background.db, '2026-03-14T10:00:00.000Z');

    expect(await readPopupSummary()).toBeNull();
  });
});
