import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackgroundClient } from '../../extension/ui/background-client';
import { PopupApp } from '../../extension/ui/popup/PopupApp';
import { createTestBackground } from './background-harness';
import { renderPage } from './render-page';

afterEach(cleanup);

/** Renders the popup over a workspace with one project and three pending risks. */
async function renderConnectedPopup({ isPollingIgnored = false } = {}) {
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
  for (const [title, probability, impact] of [
    ['Budget cut', 2, 2],
    ['Vendor late', 5, 4],
    ['Key user leaves', 3, 4],
  ] as const) {
    await mutate('risk.create', { id: crypto.randomUUID(), projectId, title, probability, impact });
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

const titles = () => screen.getAllByTestId('risk-item').map((item) => item.querySelector('.risk__title')?.textContent);

describe('popup', () => {
  it('offers the settings when no workspace is joined', async () => {
    const background = createTestBackground();
    renderPage(<PopupApp />, background.db, background.client);

    const button = await screen.findByTestId('open-options');

    expect(button.textContent).toBe('Open settings');
    expect(screen.getByRole('heading').textContent).toBe('No workspace yet');
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

  it('shows the sync state in words and in data-state', async () => {
    const { sync, workspaceId } = await renderConnectedPopup({ isPollingIgnored: true });
    expect(screen.getByTestId('sync-state').dataset.state).toBe('pending');
    expect(screen.getByTestId('sync-state').textContent).toContain('4 edits pending');

    await sync.syncNow(workspaceId);

    await waitFor(() => expect(screen.getByTestId('sync-state').dataset.state).toBe('synced'));
    expect(screen.getByTestId('sync-state').textContent).toBe('Synced');
  });

  it('adds a risk with a live score, and the list re-sorts', async () => {
    const { sent } = await renderConnectedPopup();
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
    const before = sent.length;

    fireEvent.submit(screen.getByTestId('add-risk').closest('form') as HTMLFormElement);

    expect((await screen.findByTestId('risk-title-error')).textContent).toBe('Describe the risk in a few words.');
    expect(sent.length).toBe(before);
  });

  it('creates a project and selects it', async () => {
    await renderConnectedPopup();
    fireEvent.input(screen.getByTestId('new-project-code'), { target: { value: 'CRM' } });
    fireEvent.input(screen.getByTestId('new-project-name'), { target: { value: 'CRM upgrade' } });

    fireEvent.click(screen.getByTestId('create-project'));

    await waitFor(() => {
      const select = screen.getByTestId('project-select') as HTMLSelectElement;
      expect(select.options[select.selectedIndex]?.textContent).toBe('CRM · CRM upgrade');
    });
    await screen.findByText('No risks recorded for this project yet.');
    expect(screen.queryAllByTestId('risk-item')).toEqual([]);
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
});
