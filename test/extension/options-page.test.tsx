import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../extension/ui/options/OptionsApp';
import { createTestBackground } from './background-harness';
import { renderPage } from './render-page';

afterEach(cleanup);

function renderOptions() {
  const background = createTestBackground();
  renderPage(<OptionsApp />, background.db, background.client);
  return background;
}

const type = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value } });

describe('options page', () => {
  it('labels every input', () => {
    renderOptions();
    for (const input of document.querySelectorAll('input')) {
      if (input.closest('details')) continue;
      expect(document.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
  });

  it('shows a bad server URL beside the field, marked invalid and described by the message', async () => {
    const background = renderOptions();
    type('server-url', 'localhost:8787');

    fireEvent.click(screen.getByTestId('test-connection'));

    const error = await screen.findByTestId('server-url-error');
    expect(error.textContent).toBe('Enter a full http:// or https:// address, e.g. http://127.0.0.1:8787.');
    const input = screen.getByTestId('server-url');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('server-url-error');
    expect(background.sent).toEqual([]);
  });

  it('says the Worker is unreachable and how to start it', async () => {
    const background = renderOptions();
    background.server.isOffline = true;

    fireEvent.click(screen.getByTestId('test-connection'));

    await waitFor(() => expect(screen.getByTestId('connection-result').dataset.state).toBe('error'));
    expect(screen.getByTestId('connection-result').textContent).toContain(
      'Is the Worker running? npm start starts it locally.',
    );
  });

  it('puts a refused bootstrap secret beside the secret field', async () => {
    const background = renderOptions();
    type('server-url', background.server.url);
    type('bootstrap-secret', 'guess');
    type('workspace-name', 'Acme PMO');
    type('owner-name', 'Olivia Owner');
    type('owner-email', 'olivia@example.com');

    fireEvent.click(screen.getByTestId('create-workspace'));

    const error = await screen.findByTestId('bootstrap-secret-error');
    expect(error.textContent).toBe('The bootstrap secret is wrong. Use the BOOTSTRAP_SECRET of this Worker.');
    expect(screen.getByTestId('bootstrap-secret').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('connected-workspace')).toBeNull();
  });

  it('flags every missing field of a form at once, before calling the server', async () => {
    const background = renderOptions();

    fireEvent.click(screen.getByTestId('join-workspace'));

    expect((await screen.findByTestId('invite-code-error')).textContent).toBe('Enter the invite code you were given.');
    expect(screen.getByTestId('join-name-error').textContent).toBe('Enter your name.');
    expect(screen.getByTestId('join-email-error').textContent).toBe('Enter an email address, e.g. ada@example.com.');
    expect(background.server.log).toEqual([]);
  });

  it('creates a workspace, then lists it with the role and sync state, and leaves it after a confirmation', async () => {
    const background = renderOptions();
    type('server-url', background.server.url);
    type('bootstrap-secret', 'dev-secret');
    type('workspace-name', 'Acme PMO');
    type('owner-name', 'Olivia Owner');
    type('owner-email', 'olivia@example.com');

    fireEvent.click(screen.getByTestId('create-workspace'));

    const card = await screen.findByTestId('connected-workspace');
    expect(within(card).getByRole('heading').textContent).toBe('Acme PMO');
    expect(within(card).getByTestId('workspace-role').textContent).toBe('Owner');
    await waitFor(() => expect(within(card).getByTestId('sync-state').dataset.state).toBe('synced'));
    expect(screen.getByTestId('create-workspace-success').textContent).toContain('Connected to “Acme PMO” as Owner');

    fireEvent.click(within(card).getByTestId('leave-workspace'));
    expect(within(card).getByRole('alertdialog').textContent).toContain('Leave “Acme PMO”?');
    fireEvent.click(within(card).getByTestId('confirm-leave'));

    await waitFor(() => expect(screen.queryByTestId('connected-workspace')).toBeNull());
    expect(await background.db.connections.count()).toBe(0);
  });
});

describe('revoked access', () => {
  it('keeps a notice about the lost workspace above the joined ones', async () => {
    const background = renderOptions();
    const { server, send, sync } = background;
    const lost = server.createWorkspace('Acme PMO');
    const kept = server.createWorkspace('Beta Corp');
    for (const session of [lost, kept]) {
      await send('workspace.connectWithToken', { serverUrl: server.url, token: session.token });
      await sync.syncNow(session.workspace.id);
    }
    server.revokeToken(lost.token);

    await sync.syncNow(lost.workspace.id);

    const notice = await screen.findByTestId('access-notice');
    expect(notice.textContent).toContain(
      'Your access to “Acme PMO” was revoked or expired. Ask an owner for a new invite.',
    );
    await waitFor(() =>
      expect(screen.getAllByTestId('connected-workspace').map((card) => card.dataset.workspaceId)).toEqual([
        kept.workspace.id,
      ]),
    );
  });
});

describe('messages with commands', () => {
  it('shows `backticked` parts as code elements, never as HTML', async () => {
    const background = renderOptions();
    background.server.isOffline = true;
    type('server-url', 'http://127.0.0.1:8787/<b>x</b>');

    fireEvent.click(screen.getByTestId('test-connection'));

    await waitFor(() => expect(screen.getByTestId('connection-result').dataset.state).toBe('error'));
    const result = screen.getByTestId('connection-result');
    expect(result.querySelector('code')?.textContent).toBe('npm start');
    expect(result.querySelector('b')).toBeNull();
    expect(result.textContent).toContain('<b>x</b>');
  });
});
