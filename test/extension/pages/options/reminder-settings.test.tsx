import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readSetting } from '../../../../extension/db/settings';
import { OptionsApp } from '../../../../extension/pages/options/OptionsApp';
import { createTestBackground } from '../../background-harness';
import { renderPage } from '../../render-page';
import { serveLocale } from '../../serve-locale';

afterEach(async () => {
  cleanup();
  await serveLocale('en');
});

async function renderConnectedOptions() {
  const background = createTestBackground();
  const session = background.server.createWorkspace('Acme PMO');
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  renderPage(<OptionsApp />, background.db, background.client);
  await screen.findByTestId('reminder-settings');
  return background;
}

describe('the options page’s reporting reminders', () => {
  it('offers both switches, on by default, and stores a change through the background', async () => {
    const background = await renderConnectedOptions();
    const badge = screen.getByLabelText('Show the number of reports due on the toolbar icon') as HTMLInputElement;
    const notify = screen.getByLabelText(/Notify me when a status report is due/) as HTMLInputElement;
    await waitFor(() => expect(badge.disabled).toBe(false));
    expect([badge.checked, notify.checked]).toEqual([true, true]);
    fireEvent.click(notify);
    await waitFor(() => expect(notify.checked).toBe(false));
    expect(await readSetting(background.db, 'reminderNotifications')).toBe(false);
    expect(await readSetting(background.db, 'reminderBadge')).toBeUndefined();
  });

  it('is not shown before a workspace is joined', async () => {
    const background = createTestBackground();
    renderPage(<OptionsApp />, background.db, background.client);
    await screen.findByTestId('test-connection');
    expect(screen.queryByTestId('reminder-settings')).toBeNull();
  });

  it('speaks French', async () => {
    await serveLocale('fr');
    await renderConnectedOptions();
    expect(screen.getByText('Rappels de rapport')).toBeTruthy();
    expect(screen.getByLabelText(/Afficher le nombre de rapports attendus/)).toBeTruthy();
  });
});
