import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { checkServerUrl } from '../../../extension/messaging/validate-workspace-forms';
import { OptionsApp } from '../../../extension/pages/options/OptionsApp';
import { createTestBackground } from '../background-harness';
import { renderPage } from '../render-page';
import { serveLocale } from '../serve-locale';

afterEach(cleanup);

const plainHttp = [
  'http://pmo.example.com',
  'http://10.0.0.5:8787',
  'http://localhost.evil.com',
  'http://127.0.0.1.nip.io',
];
const loopback = ['http://127.0.0.1:8787', 'http://127.42.0.9', 'http://localhost:8787/', 'http://[::1]:8787'];

describe('server addresses: the token travels only over https, or to this computer', () => {
  it.each(loopback)('accepts %s: plain http that never leaves this computer', (url) => {
    expect(checkServerUrl(url)).toEqual({ ok: true, value: url.replace(/\/$/, '') });
  });

  it('accepts any https address', () => {
    expect(checkServerUrl('https://pmo.example.com/')).toEqual({ ok: true, value: 'https://pmo.example.com' });
  });

  it.each(plainHttp)('refuses %s and says why, on the server URL field', (url) => {
    expect(checkServerUrl(url)).toEqual({
      ok: false,
      errors: [
        {
          code: 'insecure_server_url',
          field: 'serverUrl',
          message:
            'Use the https:// address of the server: over plain http your access token would travel unencrypted. Ask your administrator for the https address.',
        },
      ],
    });
  });

  it('says why in French too', async () => {
    await serveLocale('fr');
    try {
      const checked = checkServerUrl('http://pmo.example.com');
      expect(checked.ok ? '' : checked.errors[0]?.message).toMatch(/https.*chiffr/);
    } finally {
      await serveLocale('en');
    }
  });

  it('refuses plain http wherever an address enters, before calling the server or storing anything', async () => {
    const { send, db, server } = createTestBackground();
    const serverUrl = 'http://pmo.example.com';
    const answers = [
      await send('connection.test', { serverUrl }),
      await send('workspace.create', {
        serverUrl,
        bootstrapSecret: 'dev-secret',
        workspaceName: 'Acme PMO',
        ownerName: 'Olivia',
        ownerEmail: 'olivia@example.com',
      }),
      await send('workspace.join', { serverUrl, code: 'INV-1', name: 'Ada', email: 'ada@example.com' }),
      await send('workspace.connectWithToken', { serverUrl, token: 'ipmo_secret' }),
    ];

    for (const answer of answers)
      expect(answer).toMatchObject({ ok: false, error: { code: 'insecure_server_url', field: 'serverUrl' } });
    expect(server.log).toEqual([]);
    expect(await db.connections.count()).toBe(0);
    expect(await db.settings.get('lastServerUrl')).toBeUndefined();
  });
});

describe('the settings page', () => {
  it('shows why beside the server field as soon as a plain http address off this computer is typed', async () => {
    const background = createTestBackground();
    renderPage(<OptionsApp />, background.db, background.client);
    const field = screen.getByTestId('server-url');
    fireEvent.input(field, { target: { value: 'http://pmo.example.com' } });

    fireEvent.blur(field);

    expect((await screen.findByTestId('server-url-error')).textContent).toContain('travel unencrypted');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByTestId('test-connection'));
    expect(background.sent).toEqual([]);
  });
});
