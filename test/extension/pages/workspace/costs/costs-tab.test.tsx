import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { listRecords } from '../../../../../extension/db/read-records';
import { formatWorkspaceRoute } from '../../../../../extension/messaging/workspace-route';
import { WorkspaceApp } from '../../../../../extension/pages/workspace/WorkspaceApp';
import type { BackgroundClient } from '../../../../../extension/ui/background-client';
import type { WorklogReading } from '../../../../../shared/jira/worklog-costs';
import type { Role } from '../../../../../shared/schemas/common';
import { createTestBackground } from '../../../background-harness';
import { renderPage } from '../../../render-page';
import { serveLocale } from '../../../serve-locale';
import { createWorkspaceHarness } from '../workspace-harness';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

type Harness = Awaited<ReturnType<typeof createWorkspaceHarness>>;

/** The Costs tab as another member of the workspace sees it, in their own browser. */
async function renderAs(harness: Harness, role: Role) {
  await harness.sync.syncNow(harness.workspaceId);
  const background = createTestBackground(harness.server);
  const session = harness.server.addMember(harness.workspaceId, {
    name: `Val ${role}`,
    email: `${role}@example.com`,
    role,
  });
  await background.send('workspace.connectWithToken', { serverUrl: harness.server.url, token: session.token });
  await background.sync.syncNow(harness.workspaceId);
  location.hash = formatWorkspaceRoute({ projectId: harness.projectId, tab: 'costs' });
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : background.client.send(type, input),
  };
  renderPage(<WorkspaceApp frame="tab" />, background.db, client);
  await screen.findByTestId('costs-tab');
}

const lastYear = `${new Date().getFullYear() - 1}`;

/** One plan item of 10,000, finished on the calendar last year and half done: PV 10,000, EV 5,000. */
async function seedPlan(h: Harness) {
  await h.seed('planItem.create', {
    projectId: h.projectId,
    title: 'Migrate the customer data',
    start: `${lastYear}-03-02`,
    durationDays: 10,
    plannedValue: 10_000,
    percentComplete: 50,
  });
}

const costEntries = (h: Harness) => listRecords<Record<string, unknown>>(h.db, h.workspaceId, 'costEntry');

describe('Costs tab', () => {
  it('edits the budget and adds an actual cost by hand; CPI and SPI are the shared figures', async () => {
    const h = await createWorkspaceHarness();
    await seedPlan(h);
    await h.render('costs');
    await screen.findByTestId('costs-tab');

    fireEvent.click(screen.getByTestId('costs-edit-bac'));
    fireEvent.input(screen.getByTestId('costs-bac-input'), { target: { value: '12000' } });
    fireEvent.click(screen.getByTestId('costs-save-bac'));
    await waitFor(() => expect(screen.getByTestId('costs-bac').textContent).toMatch(/12,000/));

    fireEvent.input(screen.getByTestId('cost-period'), { target: { value: `${lastYear}-03` } });
    fireEvent.input(screen.getByTestId('cost-amount-input'), { target: { value: '4 000' } });
    fireEvent.click(screen.getByTestId('cost-add'));
    await screen.findByTestId('cost-entry');

    // EV 5,000 / AC 4,000 and EV 5,000 / PV 10,000 (shared/analytics/earned-value).
    await waitFor(() => expect(screen.getByTestId('indicator-cpi-value').textContent).toBe('1.25'));
    expect(screen.getByTestId('indicator-spi-value').textContent).toBe('0.50');
    expect(screen.getByTestId('costs-ac-basis').textContent).toMatch(/cost entries/);
    expect(within(screen.getByTestId('curve-table')).getAllByRole('row').length).toBeGreaterThan(1);
  });

  it('lists every bad CSV line with its reason and imports nothing, then imports a clean file', async () => {
    const h = await createWorkspaceHarness();
    await h.render('costs');
    await screen.findByTestId('costs-tab');

    fireEvent.input(screen.getByTestId('costs-csv-text'), {
      target: { value: 'period,amount,note\n2026-01,1000,Kick-off\nsoon,200,\n2026-02,-5,refund\n' },
    });
    fireEvent.click(screen.getByTestId('costs-csv-check'));
    const problems = await screen.findAllByTestId('costs-csv-problem');
    expect(problems.map((problem) => problem.textContent)).toEqual([
      'Line 3: “soon” is not a month (write 2026-03 or 03/2026).',
      'Line 4: “-5” is negative; amounts are 0 or more.',
    ]);
    expect(screen.queryByTestId('costs-csv-import')).toBeNull();
    expect(await costEntries(h)).toHaveLength(0);

    fireEvent.input(screen.getByTestId('costs-csv-text'), {
      target: { value: '2026-01,1000,Kick-off\n2026-02,250,\n' },
    });
    fireEvent.click(screen.getByTestId('costs-csv-check'));
    fireEvent.click(await screen.findByTestId('costs-csv-import'));
    await screen.findByTestId('costs-csv-done');
    await waitFor(async () => expect(await costEntries(h)).toHaveLength(2));
    await waitFor(() => expect(screen.getAllByTestId('cost-entry')).toHaveLength(2));
  });

  it('shows a hostile note as text, never as markup', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('costEntry.create', {
      projectId: h.projectId,
      period: '2026-01-01',
      amount: 10,
      note: '<img src=x onerror=alert(1)>',
    });
    await h.render('costs');
    const note = await screen.findByTestId('cost-note');
    expect(note.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.costs-tab img')).toBeNull();
  });

  it('gives a viewer read-only costs: no budget edit, no forms, no delete', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('costEntry.create', { projectId: h.projectId, period: '2026-01-01', amount: 10 });
    await renderAs(h, 'viewer');
    await screen.findByTestId('cost-entry');
    expect(screen.getByTestId('costs-read-only')).toBeTruthy();
    expect(screen.queryByTestId('costs-edit-bac')).toBeNull();
    expect(screen.queryByTestId('cost-add')).toBeNull();
    expect(screen.queryByTestId('costs-csv-text')).toBeNull();
    expect(screen.queryByTestId('cost-delete')).toBeNull();
  });

  it('explains the indicators in French', async () => {
    await serveLocale('fr');
    const h = await createWorkspaceHarness();
    await seedPlan(h);
    await h.render('costs');
    await screen.findByTestId('costs-tab');
    expect(screen.getByTestId('indicator-spi-meaning').textContent).toBe(
      'Travail fait par unité de travail prévu ; en dessous de 1, le projet est en retard.',
    );
    expect(screen.getByTestId('indicator-cpi').textContent).toContain('Performance des coûts (CPI)');
    expect(screen.getByTestId('indicator-tcpi-meaning').textContent).toMatch(/finir dans le budget/);
  });

  it('sorts the entries by amount from a header button that says its order', async () => {
    const h = await createWorkspaceHarness();
    for (const [period, amount] of [
      ['2026-01-01', 300],
      ['2026-02-01', 100],
      ['2026-03-01', 200],
    ] as const)
      await h.seed('costEntry.create', { projectId: h.projectId, period, amount });
    await h.render('costs');
    await waitFor(() => expect(screen.getAllByTestId('cost-entry')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('sort-amount'));
    const amounts = () => screen.getAllByTestId('cost-amount').map((cell) => cell.textContent);
    expect(amounts()).toEqual(['€100.00', '€200.00', '€300.00']);
    expect(screen.getByTestId('sort-amount').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
  });

  it('prices Jira worklogs per person and month; a rate set inline recomputes the preview, then writes', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('project.update', { id: h.projectId, patch: { jiraProjectKeys: ['TEAM'] } });
    const aiko = await h.seed('person.create', { name: 'Aiko Tanaka', email: 'aiko@acme.example', hourlyRate: 90 });
    const lea = await h.seed('person.create', { name: 'Léa Dubois' });
    const worklog = (id: string, author: string, email: string | undefined, day: string, hours: number) =>
      ({
        id,
        issueKey: 'TEAM-2',
        authorName: author,
        authorEmail: email,
        started: `2026-03-${day}T09:00:00.000+0100`,
        seconds: hours * 3600,
      }) satisfies WorklogReading;
    // Aiko 3 × 8 h = 24 h × 90 = 2,160; Léa (matched by name, accents and case ignored) 7.5 h, no rate
    // yet; Sam matches nobody.
    const worklogs = [
      worklog('1', 'Aiko Tanaka', 'AIKO@acme.example', '02', 8),
      worklog('2', 'Aiko Tanaka', 'AIKO@acme.example', '03', 8),
      worklog('3', 'Aiko Tanaka', 'AIKO@acme.example', '04', 8),
      worklog('4', 'lea dubois', undefined, '05', 7.5),
      worklog('5', 'Sam Rivera', 'sam@elsewhere.example', '06', 2),
    ];
    const asked: unknown[] = [];
    location.hash = formatWorkspaceRoute({ projectId: h.projectId, tab: 'costs' });
    const client: BackgroundClient = {
      send: (type, input) => {
        if (type === 'sync.poll') return Promise.resolve({ ok: true, value: null as never });
        if (type === 'jira.worklogs') {
          asked.push(input);
          return Promise.resolve({ ok: true, value: worklogs as never });
        }
        return h.client.send(type, input);
      },
    };
    renderPage(<WorkspaceApp frame="tab" />, h.db, client);
    await screen.findByTestId('costs-jira');

    fireEvent.input(screen.getByTestId('costs-jira-site'), { target: { value: 'https://acme.atlassian.net/' } });
    fireEvent.input(screen.getByTestId('costs-jira-from'), { target: { value: '2026-03' } });
    fireEvent.input(screen.getByTestId('costs-jira-to'), { target: { value: '2026-03' } });
    fireEvent.click(screen.getByTestId('costs-jira-read'));
    await screen.findByTestId('costs-jira-preview');
    expect(asked).toEqual([
      { origin: 'https://acme.atlassian.net', jiraProjectKeys: ['TEAM'], from: '2026-03-01', to: '2026-03-01' },
    ]);
    expect(screen.getAllByTestId('costs-jira-amount').map((cell) => cell.textContent)).toEqual(['€2,160.00']);
    expect(screen.getByTestId('costs-jira-unmatched').textContent).toContain('Sam Rivera (2 h)');
    const unrated = screen.getByTestId('costs-jira-unrated-person');
    expect(unrated.textContent).toContain('Léa Dubois (7.5 h)');

    fireEvent.input(within(unrated).getByLabelText('Hourly rate of Léa Dubois (EUR)'), {
      target: { value: '100' },
    });
    fireEvent.click(within(unrated).getByTestId('costs-jira-rate-save'));
    // 7.5 h × 100 = 750; 2,160 + 750 = 2,910.
    await waitFor(() =>
      expect(screen.getAllByTestId('costs-jira-amount').map((cell) => cell.textContent)).toEqual([
        '€2,160.00',
        '€750.00',
      ]),
    );
    expect(screen.getByTestId('costs-jira-total').textContent).toBe('€2,910.00');
    expect(screen.queryByTestId('costs-jira-unrated')).toBeNull();

    fireEvent.click(screen.getByTestId('costs-jira-write'));
    await screen.findByTestId('costs-jira-done');
    await waitFor(async () => expect(await costEntries(h)).toHaveLength(2));
    const written = await costEntries(h);
    expect(
      written
        .map(({ personId, amount, hours, source, period }) => ({ personId, amount, hours, source, period }))
        .sort((a, b) => Number(a.amount) - Number(b.amount)),
    ).toEqual([
      { personId: lea, amount: 750, hours: 7.5, source: 'jira', period: '2026-03-01' },
      { personId: aiko, amount: 2160, hours: 24, source: 'jira', period: '2026-03-01' },
    ]);
  });

  it('edits an entry in place: only the amount is sent, the record changes and the indicators follow', async () => {
    const h = await createWorkspaceHarness();
    await seedPlan(h);
    const id = await h.seed('costEntry.create', { projectId: h.projectId, period: `${lastYear}-03-01`, amount: 4000 });
    await h.render('costs');
    const row = await screen.findByTestId('cost-entry');
    await waitFor(() => expect(screen.getByTestId('indicator-cpi-value').textContent).toBe('1.25'));

    fireEvent.click(within(row).getByTestId('cost-amount'));
    const dialog = await screen.findByTestId('cost-editor');
    expect(location.hash).toContain(`/costs/${id}`);
    const amount = within(dialog).getByTestId('cost-edit-amount') as HTMLInputElement;
    expect(amount.value).toBe('4000');
    fireEvent.input(amount, { target: { value: '5 000' } });
    fireEvent.click(within(dialog).getByTestId('cost-editor-save'));

    await waitFor(() => expect(screen.queryByTestId('cost-editor')).toBeNull());
    await waitFor(async () =>
      expect((await costEntries(h))[0]).toMatchObject({
        amount: 5000,
        period: `${lastYear}-03-01`,
        kind: 'actual',
      }),
    );
    // EV 5,000 / AC 5,000.
    await waitFor(() => expect(screen.getByTestId('indicator-cpi-value').textContent).toBe('1.00'));
    expect(screen.getByTestId('cost-amount').textContent).toBe('€5,000.00');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('cost-entry')));
  });

  it('shows a Jira entry read-only, saying a re-import replaces it; Esc gives the focus back to the row', async () => {
    const h = await createWorkspaceHarness();
    const aiko = await h.seed('person.create', { name: 'Aiko Tanaka', hourlyRate: 90 });
    await h.seed('costEntry.create', {
      projectId: h.projectId,
      period: '2026-03-01',
      amount: 2160,
      source: 'jira',
      personId: aiko,
      hours: 24,
      issueKeys: ['TEAM-2'],
    });
    await h.render('costs');
    const row = await screen.findByTestId('cost-entry');
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    const dialog = await screen.findByTestId('cost-editor');
    expect(within(dialog).getByTestId('cost-editor-jira').textContent).toMatch(/Jira worklogs.*replaces it/);
    expect(within(dialog).getByTestId('cost-editor-readonly').textContent).toContain('Aiko Tanaka');
    expect(within(dialog).queryByTestId('cost-editor-save')).toBeNull();
    expect(within(dialog).queryByTestId('cost-edit-amount')).toBeNull();

    fireEvent(dialog, new Event('cancel'));
    await waitFor(() => expect(screen.queryByTestId('cost-editor')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('cost-entry')));
  });

  it('opens the editor from the address of an entry', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('costEntry.create', {
      projectId: h.projectId,
      period: '2026-02-01',
      amount: 250,
      source: 'csv',
      note: 'Licences',
    });
    await h.render('costs', id);
    const dialog = await screen.findByTestId('cost-editor');
    expect((within(dialog).getByTestId('cost-edit-note') as HTMLInputElement).value).toBe('Licences');
    expect((within(dialog).getByTestId('cost-edit-period') as HTMLInputElement).value).toBe('2026-02');
    expect(within(dialog).getByTestId('cost-editor-save')).toBeTruthy();
    expect(screen.getByTestId('cost-entry').getAttribute('aria-current')).toBe('true');
  });

  it('shows a viewer an entry read-only, with no Save', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('costEntry.create', { projectId: h.projectId, period: '2026-01-01', amount: 10 });
    await renderAs(h, 'viewer');
    fireEvent.click(await screen.findByTestId('cost-entry'));
    const dialog = await screen.findByTestId('cost-editor');
    expect(within(dialog).getByTestId('cost-editor-read-only')).toBeTruthy();
    expect(within(dialog).getByTestId('cost-editor-readonly').textContent).toContain('€10.00');
    expect(within(dialog).queryByTestId('cost-editor-save')).toBeNull();
  });
});
