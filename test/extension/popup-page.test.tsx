import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writePopupSummary } from '../../extension/db/popup-summary';
import { readSetting } from '../../extension/db/settings';
import { writeRecords } from '../../extension/db/write-records';
import { PopupApp } from '../../extension/pages/popup/PopupApp';
import { popupSummaryMirrorKey } from '../../extension/pages/popup/use-popup-summary';
import type { BackgroundClient } from '../../extension/ui/background-client';
import type { AnyRecord } from '../../shared/entities';
import { defaultWorkspaceSettings } from '../../shared/schemas/workspace-settings';
import { createTestBackground } from './background-harness';
import { renderPage } from './render-page';
import { serveLocale } from './serve-locale';

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  // Each test starts without the summary a previous test's popup kept.
  await writePopupSummary(null);
  localStorage.removeItem(popupSummaryMirrorKey);
});

type RiskSeed = readonly [title: string, probability: number, impact: number, more?: Record<string, unknown>];
const threeRisks: RiskSeed[] = [
  ['Budget cut', 2, 2],
  ['Vendor late', 5, 4],
  ['Key user leaves', 3, 4],
];

/** Renders the popup over a workspace with one project and three pending risks. */
async function renderConnectedPopup({ isPollingIgnored = false, risks = threeRisks } = {}) {
  const background = createTestBackground();
  const session = background.server.createWorkspace('Acme PMO');
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  const workspaceId = session.workspace.id;
  // Connecting starts a first sync: let it finish so the edits below stay pending.
  await background.sync.syncNow(workspaceId);
  const projectId = crypto.randomUUID();
  const mutate = (name: 'project.create' | 'risk.create', args: Record<string, unknown>) =>
    background.send('mutate', { workspaceId, name, args });
  await mutate('project.create', { id: projectId, code: 'ERP', name: 'ERP migration' });
  for (const [title, probability, impact, more] of risks) {
    await mutate('risk.create', { id: crypto.randomUUID(), projectId, title, probability, impact, ...more });
  }
  // Ignoring polls keeps the background from syncing on its own while a test looks at the state.
  const client: BackgroundClient = {
    send: (type, input) =>
      isPollingIgnored && type === 'sync.poll'
        ? Promise.resolve({ ok: true, value: null as never })
        : background.client.send(type, input),
  };
  renderPage(<PopupApp />, background.db, client);
  await screen.findAllByTestId('risk-item');
  return { ...background, workspaceId, projectId };
}

/** Opens one of the popup's folded forms ('open-add-risk', 'open-new-project') as a click would. */
const openForm = (opener: 'open-add-risk' | 'open-new-project') => fireEvent.click(screen.getByTestId(opener));

const titles = () => screen.getAllByTestId('risk-item').map((item) => item.querySelector('.risk__title')?.textContent);

describe('popup', () => {
  it('offers the settings when no workspace is joined', async () => {
    const background = createTestBackground();
    renderPage(<PopupApp />, background.db, background.client);

    const button = await screen.findByTestId('open-options');

    expect(button.textContent).toBe('Open settings');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No workspace yet');
  });

  it("lists the project's risks by score, highest first, with chips named by band", async () => {
    await renderConnectedPopup();

    expect(titles()).toEqual(['Vendor late', 'Key user leaves', 'Budget cut']);
    const chips = screen.getAllByTestId('risk-score');
    expect(chips.map((chip) => chip.textContent)).toEqual(['20', '12', '4']);
    expect(chips.map((chip) => chip.dataset.band)).toEqual(['critical', 'high', 'low']);
    expect(screen.getAllByTestId('risk-item')[0].textContent).toContain('Critical');
    expect((screen.getByTestId('project-select') as HTMLSelectElement).value).toBeTruthy();
  });

  it("ranks and colours risks by their current score (residual once assessed), on the workspace's matrix", async () => {
    const { db, workspaceId } = await renderConnectedPopup({
      risks: [
        ['Vendor late', 5, 4, { residualProbability: 1, residualImpact: 2 }],
        ['Key user leaves', 3, 4],
        ['Budget cut', 2, 2],
      ],
    });
    const chips = () => screen.getAllByTestId('risk-score');

    expect(titles()).toEqual(['Key user leaves', 'Budget cut', 'Vendor late']);
    expect(chips().map((chip) => chip.textContent)).toEqual(['12', '4', '2']);
    expect(chips().map((chip) => chip.dataset.band)).toEqual(['high', 'low', 'low']);
    expect(screen.getAllByTestId('risk-item')[2].textContent).toContain('P1 × I2');

    // On a 4×4 matrix the bands start at 4, 7 and 10 (shared/risk-score.ts bandThresholdsOf).
    const riskMatrix = {
      size: 4,
      probabilityLabels: ['Rare', 'Unlikely', 'Likely', 'Almost certain'],
      impactLabels: ['Minor', 'Moderate', 'Major', 'Severe'],
    };
    const settingsId = crypto.randomUUID();
    await writeRecords(db, workspaceId, [
      {
        entity: 'settings',
        id: settingsId,
        value: { ...defaultWorkspaceSettings, riskMatrix, id: settingsId } as unknown as AnyRecord,
      },
    ]);
    await waitFor(() => expect(chips().map((chip) => chip.dataset.band)).toEqual(['critical', 'medium', 'low']));
  });

  it('shows the sync state in words and in data-state, and when it last synced', async () => {
    // The test background's clock starts at 10:00:00 and ticks a second per stamp.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T10:03:00Z'));
    const { sync, workspaceId } = await renderConnectedPopup({ isPollingIgnored: true });
    expect(screen.getByTestId('sync-state').dataset.state).toBe('pending');
    expect(screen.getByTestId('sync-state').textContent).toContain('4 edits pending');
    expect(screen.getByTestId('sync-state').textContent).toContain('Last synced 2 min ago');

    await sync.syncNow(workspaceId);

    await waitFor(() => expect(screen.getByTestId('sync-state').dataset.state).toBe('synced'));
    expect(screen.getByTestId('sync-state').textContent).toBe('Synced 2 min ago');
    expect(screen.getByTestId('sync-state').getAttribute('aria-live')).toBe('polite');
  });

  it('adds a risk with a live score, and the list re-sorts', async () => {
    const { sent } = await renderConnectedPopup();
    openForm('open-add-risk');
    fireEvent.input(screen.getByTestId('risk-title'), { target: { value: 'Data migration fails' } });
    fireEvent.change(screen.getByTestId('risk-probability'), { target: { value: '5' } });
    fireEvent.change(screen.getByTestId('risk-impact'), { target: { value: '5' } });

    expect(screen.getByTestId('risk-score-preview').textContent).toContain('25');
    expect(screen.getByTestId('risk-score-preview').textContent).toContain('Critical');
    fireEvent.submit(screen.getByTestId('add-risk').closest('form') as HTMLFormElement);

    await waitFor(() => expect(titles()[0]).toBe('Data migration fails'));
    expect(sent.at(-1)).toMatchObject({
      type: 'mutate',
      input: { name: 'risk.create', args: { title: 'Data migration fails', probability: 5, impact: 5 } },
    });
    expect((screen.getByTestId('risk-title') as HTMLInputElement).value).toBe('');
  });

  it('refuses an empty title beside the field', async () => {
    const { sent } = await renderConnectedPopup();
    openForm('open-add-risk');
    const before = sent.length;

    fireEvent.submit(screen.getByTestId('add-risk').closest('form') as HTMLFormElement);

    expect((await screen.findByTestId('risk-title-error')).textContent).toBe('Describe the risk in a few words.');
    expect(sent.length).toBe(before);
  });

  it('creates a project and selects it', async () => {
    await renderConnectedPopup();
    openForm('open-new-project');
    fireEvent.input(screen.getByTestId('new-project-code'), { target: { value: 'CRM' } });
    fireEvent.input(screen.getByTestId('new-project-name'), { target: { value: 'CRM upgrade' } });

    fireEvent.click(screen.getByTestId('create-project'));

    await waitFor(() => {
      const select = screen.getByTestId('project-select') as HTMLSelectElement;
      expect(select.options[select.selectedIndex]?.textContent).toBe('CRM · CRM upgrade');
    });
    await screen.findByText('No risks recorded for this project yet.');
    expect(screen.queryAllByTestId('risk-item')).toEqual([]);
    // Created: the form folds away and the opener has the focus again.
    expect(screen.queryByTestId('new-project-code')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('open-new-project'));
  });

  it('lists refused mutations with their message and lets the user dismiss them', async () => {
    const { db, workspaceId } = await renderConnectedPopup();
    await db.mutationErrors.add({
      workspaceId,
      clientId: 'c1',
      id: 7,
      name: 'risk.create',
      error: { code: 'forbidden', message: 'A viewer can read this workspace but not change it.' },
      receivedAt: '2026-03-02T10:00:00.000Z',
      dismissed: 0,
    });

    const refusal = await screen.findByTestId('mutation-error');
    expect(refusal.textContent).toContain('Not saved (new risk): A viewer can read this workspace but not change it.');
    fireEvent.click(within(refusal).getByTestId('dismiss-mutation-error'));

    await waitFor(() => expect(screen.queryByTestId('mutation-error')).toBeNull());
    expect(await db.mutationErrors.get([workspaceId, 'c1', 7])).toMatchObject({ dismissed: 1 });
  });

  it('shows no workspace switcher when only one workspace is joined', async () => {
    await renderConnectedPopup();

    expect(screen.queryByTestId('workspace-select')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acme PMO');
  });
});

describe('popup with several workspaces', () => {
  async function joinTwoWorkspaces() {
    const background = createTestBackground();
    const { server, send, sync } = background;
    const acme = server.createWorkspace('Acme PMO');
    const beta = server.createWorkspace('Beta Corp');
    for (const session of [acme, beta]) {
      await send('workspace.connectWithToken', { serverUrl: server.url, token: session.token });
      await sync.syncNow(session.workspace.id);
    }
    return { ...background, acme: acme.workspace.id, beta: beta.workspace.id };
  }

  it('switches workspace with a labelled select and remembers the choice', async () => {
    const { db, client, acme, beta } = await joinTwoWorkspaces();
    renderPage(<PopupApp />, db, client);

    const select = (await screen.findByLabelText('Workspace')) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual(['Acme PMO', 'Beta Corp']);
    // The last joined workspace is the active one.
    expect(select.value).toBe(beta);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Beta Corp');

    fireEvent.change(select, { target: { value: acme } });

    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acme PMO'));
    expect(await readSetting(db, 'activeWorkspaceId')).toBe(acme);
    cleanup();
    renderPage(<PopupApp />, db, client);
    await waitFor(() => expect((screen.getByLabelText('Workspace') as HTMLSelectElement).value).toBe(acme));
  });

  it("names another workspace's sync trouble in its option", async () => {
    const { db, client, server, sync, acme } = await joinTwoWorkspaces();
    server.isOffline = true;
    await sync.syncNow(acme);
    renderPage(<PopupApp />, db, client);

    const select = (await screen.findByLabelText('Workspace')) as HTMLSelectElement;

    expect([...select.options].map((option) => option.textContent)).toEqual(['Acme PMO (Offline)', 'Beta Corp']);
  });
});

describe('popup after access was revoked', () => {
  it('says what happened and what to do, until dismissed', async () => {
    const background = createTestBackground();
    const { server, send, sync, db, client } = background;
    const session = server.createWorkspace('Acme PMO');
    await send('workspace.connectWithToken', { serverUrl: server.url, token: session.token });
    await sync.syncNow(session.workspace.id);
    await send('mutate', {
      workspaceId: session.workspace.id,
      name: 'project.create',
      args: { id: crypto.randomUUID(), code: 'ERP', name: 'ERP migration' },
    });
    server.revokeToken(session.token);
    await sync.syncNow(session.workspace.id);
    renderPage(<PopupApp />, db, client);

    const notice = await screen.findByTestId('access-notice');

    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.querySelector('p')?.textContent).toBe(
      'Your access to “Acme PMO” was revoked or expired. Ask an owner for a new invite. ' +
        'Its data was removed from this browser, including 1 edit that was not synced yet.',
    );
    // Nothing of the workspace is left to show: the popup offers the settings to join again.
    expect(screen.getByTestId('open-options')).toBeTruthy();
    const dismiss = within(notice).getByRole('button', { name: 'Dismiss the notice about “Acme PMO”' });
    fireEvent.click(dismiss);
    await waitFor(() => expect(screen.queryByTestId('access-notice')).toBeNull());
    expect(await db.accessNotices.count()).toBe(0);
  });
});

describe('the risk list gets the room', () => {
  for (const [opener, firstField, name] of [
    ['open-add-risk', 'risk-title', 'add-risk'],
    ['open-new-project', 'new-project-code', 'new-project'],
  ] as const) {
    it(`keeps the ${name} form behind a button: a click opens it with the focus inside, Esc closes it`, async () => {
      await renderConnectedPopup();
      expect(screen.queryByTestId(firstField)).toBeNull();
      const button = screen.getByTestId(opener);
      expect(button.getAttribute('aria-expanded')).toBe('false');

      fireEvent.click(button);

      const field = await screen.findByTestId(firstField);
      await waitFor(() => expect(document.activeElement).toBe(field));
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(document.getElementById(button.getAttribute('aria-controls') ?? '')?.contains(field)).toBe(true);

      fireEvent.keyDown(field, { key: 'Escape' });

      await waitFor(() => expect(screen.queryByTestId(firstField)).toBeNull());
      expect(document.activeElement).toBe(button);
      expect(button.getAttribute('aria-expanded')).toBe('false');
    });
  }

  it("shows each risk's owner, status and review date, and flags an overdue review with how late it is", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 14, 9, 30));
    await renderConnectedPopup({
      risks: [
        ['Vendor late', 5, 4, { owner: { name: 'Ada Lovelace' }, reviewDate: '2026-03-02' }],
        ['Key user leaves', 3, 4, { status: 'mitigating', reviewDate: '2026-03-20' }],
        ['Budget cut', 2, 2, { owner: { name: 'Grace Hopper' }, status: 'closed', reviewDate: '2026-01-05' }],
        ['Scope creep', 2, 3, { reviewDate: '2026-03-13' }],
      ],
    });
    const rows = () => screen.getAllByTestId('risk-item');
    const fact = (row: HTMLElement, testId: string) => within(row).getByTestId(testId).textContent;

    const [vendor, keyUser, scope, budget] = rows();
    expect(fact(vendor, 'risk-owner')).toBe('Ada Lovelace');
    expect(fact(vendor, 'risk-status')).toBe('Open');
    expect(fact(vendor, 'risk-review')).toBe('Review overdue 12 days');
    expect(within(vendor).getByTestId('risk-review').dataset.overdue).toBe('true');
    expect(fact(keyUser, 'risk-owner')).toBe('No owner');
    expect(fact(keyUser, 'risk-status')).toBe('Mitigating');
    expect(fact(keyUser, 'risk-review')).toBe('Review Mar 20, 2026');
    expect(within(keyUser).getByTestId('risk-review').dataset.overdue).toBe('false');
    expect(fact(scope, 'risk-review')).toBe('Review overdue 1 day');
    // A closed risk needs no review: its date is not flagged.
    expect(fact(budget, 'risk-status')).toBe('Closed');
    expect(within(budget).getByTestId('risk-review').dataset.overdue).toBe('false');
  });

  it('says the same in French', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 14, 9, 30));
    await serveLocale('fr');
    try {
      await renderConnectedPopup({
        risks: [
          ['Fournisseur en retard', 5, 4, { reviewDate: '2026-03-02' }],
          ['Départ d’un utilisateur clé', 3, 4, { status: 'mitigating', reviewDate: '2026-03-20' }],
        ],
      });
      const [late, later] = screen.getAllByTestId('risk-item');
      expect(within(late).getByTestId('risk-review').textContent).toBe('Revue en retard de 12 jours');
      expect(within(late).getByTestId('risk-owner').textContent).toBe('Sans responsable');
      expect(within(later).getByTestId('risk-review').textContent).toBe('Revue le 20 mars 2026');
      expect(within(later).getByTestId('risk-status').textContent).toBe('En traitement');
    } finally {
      await serveLocale('en');
    }
  });
});
