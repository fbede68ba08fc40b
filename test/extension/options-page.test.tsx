import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { OptionsApp } from '../../extension/pages/options/OptionsApp';
import { createTestBackground } from './background-harness';
import { renderPage } from './render-page';
import { serveLocale } from './serve-locale';

afterEach(async () => {
  cleanup();
  await serveLocale('en');
});

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
    expect(error.textContent).toBe('Enter a full http:// or https:// address, e.g. https://pmo.example.com.');
    const input = screen.getByTestId('server-url');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('server-url-error');
    expect(background.sent).toEqual([]);
  });

  it('says the server is unreachable and what to check, in words for a PM', async () => {
    const background = renderOptions();
    background.server.isOffline = true;
    type('server-url', background.server.url);

    fireEvent.click(screen.getByTestId('test-connection'));

    await waitFor(() => expect(screen.getByTestId('connection-result').dataset.state).toBe('error'));
    expect(screen.getByTestId('connection-result').textContent).toBe(
      `Could not reach ${background.server.url}. Check the address with whoever gave it to you, and your network; if both are right, the server may be down.`,
    );
  });

  it('puts a refused server setup key beside its field, in its own words', async () => {
    const background = renderOptions();
    type('server-url', background.server.url);
    type('bootstrap-secret', 'guess');
    type('workspace-name', 'Acme PMO');
    type('owner-name', 'Olivia Owner');
    type('owner-email', 'olivia@example.com');

    fireEvent.click(screen.getByTestId('create-workspace'));

    const error = await screen.findByTestId('bootstrap-secret-error');
    expect(error.textContent).toBe('This setup key is not the server’s. Ask whoever installed the server for it.');
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
  it('shows `backticked` parts of a server message as code elements, never as HTML', async () => {
    const background = renderOptions();
    type('server-url', background.server.url);
    background.server.failNextRequest(500, 'internal', 'The server failed: run `status --all` <b>x</b>.');

    fireEvent.click(screen.getByTestId('test-connection'));

    await waitFor(() => expect(screen.getByTestId('connection-result').dataset.state).toBe('error'));
    const result = screen.getByTestId('connection-result');
    expect(result.querySelector('code')?.textContent).toBe('status --all');
    expect(result.querySelector('b')).toBeNull();
    expect(result.textContent).toContain('<b>x</b>');
  });
});

describe('the server check after connecting', () => {
  it('no longer says no workspace is on the server once one is joined: it names the workspace and role', async () => {
    const background = renderOptions();
    const session = background.server.createWorkspace('Acme PMO');
    type('server-url', background.server.url);
    fireEvent.click(screen.getByTestId('test-connection'));
    const result = screen.getByTestId('connection-result');
    await waitFor(() => expect(result.textContent).toContain(i18n.t('options.noWorkspaceYet')));

    type('access-token', session.token);
    fireEvent.click(screen.getByTestId('connect-token'));
    await screen.findByTestId('connect-token-success');

    await waitFor(() => expect(result.textContent).toContain('Signed in to “Acme PMO” as Olivia Owner (Owner).'));
    expect(result.textContent).not.toContain(i18n.t('options.noWorkspaceYet'));
    expect(result.dataset.state).toBe('ok');
  });

  it('says so again when the workspace is left', async () => {
    const background = renderOptions();
    const session = background.server.createWorkspace('Acme PMO');
    type('server-url', background.server.url);
    type('access-token', session.token);
    fireEvent.click(screen.getByTestId('connect-token'));
    const card = await screen.findByTestId('connected-workspace');
    fireEvent.click(screen.getByTestId('test-connection'));
    const result = screen.getByTestId('connection-result');
    await waitFor(() => expect(result.textContent).toContain('Signed in to “Acme PMO”'));

    fireEvent.click(within(card).getByTestId('leave-workspace'));
    fireEvent.click(within(card).getByTestId('confirm-leave'));

    await waitFor(() => expect(result.textContent).toContain(i18n.t('options.noWorkspaceYet')));
    expect(result.textContent).not.toContain('Signed in');
  });
});

/** Words for whoever runs the server, not for a PM in the settings (README keeps the set-up). */
const developerWords = [
  /bootstrap/i,
  /\.dev\.vars/,
  /npm (start|run)/,
  /wrangler/i,
  /Authorization/i,
  /Bearer/,
  /OAuth/i,
  /client id/i,
  /8787/,
  /\bWorker\b/,
];

/** What a person reads on the page: its text, and the placeholders, titles and labels of its controls. */
function readableText(): string {
  const attributes = [...document.querySelectorAll('[placeholder], [title], [aria-label]')].flatMap((element) =>
    ['placeholder', 'title', 'aria-label'].map((name) => element.getAttribute(name) ?? ''),
  );
  return [document.body.textContent ?? '', ...attributes].join('\n');
}

describe('words a PM understands', () => {
  for (const locale of ['en', 'fr'] as const) {
    it(`says what to do without developer words or a guessed address (${locale})`, async () => {
      await serveLocale(locale);
      renderOptions();
      (screen.getByTestId('admin-setup') as HTMLDetailsElement).open = true;
      const text = readableText();
      expect(developerWords.filter((word) => word.test(text)).map(String)).toEqual([]);
      expect((screen.getByTestId('server-url') as HTMLInputElement).value).toBe('');
    });
  }

  it('keeps the server setup key behind a disclosure, worded for an administrator', async () => {
    renderOptions();
    const disclosure = screen.getByTestId('admin-setup') as HTMLDetailsElement;
    expect(disclosure.tagName).toBe('DETAILS');
    expect(disclosure.open).toBe(false);
    expect(disclosure.contains(screen.getByTestId('bootstrap-secret'))).toBe(true);
    expect(document.querySelector('label[for="bootstrap-secret"]')?.textContent).toBe('Server setup key');
    expect(document.getElementById('bootstrap-secret-hint')?.textContent).toBe('From whoever installed the server.');
  });

  it('offers the last server that answered, not a guessed one', async () => {
    const background = createTestBackground();
    await background.send('connection.test', { serverUrl: background.server.url });
    renderPage(<OptionsApp />, background.db, background.client);
    await waitFor(() =>
      expect((screen.getByTestId('server-url') as HTMLInputElement).value).toBe(background.server.url),
    );
  });

  it('never shows the server’s developer message for a refused token, setup key or session', async () => {
    const background = renderOptions();
    type('server-url', background.server.url);
    background.server.failNextRequest(
      401,
      'unauthorized',
      'Sign in again: send a valid access token as "Authorization: Bearer ipmo_…" (it may have been revoked).',
    );
    type('access-token', 'ipmo_wrong');
    fireEvent.click(screen.getByTestId('connect-token'));
    const tokenError = await screen.findByTestId('access-token-error');
    expect(tokenError.textContent).toBe(
      'The server did not accept this access: the token is wrong or was revoked. Ask your PMO for a new invite.',
    );

    background.server.failNextRequest(
      403,
      'bootstrap_disabled',
      'Creating workspaces is disabled because BOOTSTRAP_SECRET is not set. Locally add BOOTSTRAP_SECRET=<random> to .dev.vars (npm start writes one).',
    );
    type('bootstrap-secret', 'anything');
    type('workspace-name', 'Acme PMO');
    type('owner-name', 'Olivia Owner');
    type('owner-email', 'olivia@example.com');
    fireEvent.click(screen.getByTestId('create-workspace'));
    const setupError = await screen.findByTestId('bootstrap-secret-error');
    expect(setupError.textContent).toBe(
      'This server does not allow creating workspaces. Ask whoever installed it to turn this on, or ask your PMO for an invite.',
    );
    expect(developerWords.filter((word) => word.test(readableText())).map(String)).toEqual([]);
  });
});
