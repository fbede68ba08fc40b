import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../extension/pages/options/OptionsApp';
import { SelfHostedJira } from '../../../extension/pages/options/SelfHostedJira';
import { createTestBackground } from '../background-harness';
import { renderPage } from '../render-page';
import { serveLocale } from '../serve-locale';
import { createFakeSelfHostedApi } from './fake-self-hosted-api';

afterEach(async () => {
  cleanup();
  await serveLocale('en');
});

function renderSection() {
  const fake = createFakeSelfHostedApi();
  render(<SelfHostedJira api={fake.api} />);
  return fake;
}

const type = (value: string) => fireEvent.input(screen.getByTestId('self-hosted-jira-url'), { target: { value } });
const add = () => fireEvent.click(screen.getByTestId('self-hosted-jira-add'));

describe('self-hosted Jira settings', () => {
  it('asks the browser for the site, registers the content script there and lists it', async () => {
    const { state, scripts } = renderSection();
    expect(screen.getByTestId('self-hosted-jira-none').textContent).toBe('No self-hosted Jira added yet.');
    type('https://jira.example.com/secure/Dashboard.jspa');

    add();

    expect(state.requests).toEqual([['https://jira.example.com/*']]);
    const site = await screen.findByTestId('self-hosted-jira-site');
    expect(site.dataset.origin).toBe('https://jira.example.com');
    expect(scripts.has('jira-self-hosted-https://jira.example.com')).toBe(true);
    expect(screen.getByTestId('self-hosted-jira-result').textContent).toBe(
      'Added https://jira.example.com. Reload a Jira page there to see the PMO panel.',
    );
    expect((screen.getByTestId('self-hosted-jira-url') as HTMLInputElement).value).toBe('');
  });

  it('adds nothing when the user declines the permission, and says so', async () => {
    const { state, scripts } = renderSection();
    state.answer = false;
    type('https://jira.example.com');

    add();

    await waitFor(() => expect(screen.getByTestId('self-hosted-jira-result').dataset.state).toBe('error'));
    expect(screen.getByTestId('self-hosted-jira-result').textContent).toBe(
      'Your browser did not grant access to https://jira.example.com, so nothing was added. Try again and choose Allow.',
    );
    expect(scripts.size).toBe(0);
  });

  it('shows a bad address beside the field without asking the browser', async () => {
    const { state } = renderSection();
    type('jira.example.com');
    add();
    expect((await screen.findByTestId('self-hosted-jira-url-error')).textContent).toBe(
      'Enter a full http:// or https:// address, e.g. https://jira.example.com.',
    );
    expect(screen.getByTestId('self-hosted-jira-url').getAttribute('aria-invalid')).toBe('true');

    type('https://acme.atlassian.net');
    add();
    expect((await screen.findByTestId('self-hosted-jira-url-error')).textContent).toBe(
      'Jira Cloud sites (atlassian.net) already work; there is no need to add them.',
    );
    expect(state.requests).toEqual([]);
  });

  it('removes a site with its keyboard-reachable, named Remove button', async () => {
    const { granted, scripts } = renderSection();
    type('https://jira.example.com');
    add();
    const site = await screen.findByTestId('self-hosted-jira-site');
    const remove = within(site).getByRole('button', { name: 'Remove https://jira.example.com' });

    fireEvent.click(remove);

    await screen.findByTestId('self-hosted-jira-none');
    expect(scripts.size).toBe(0);
    expect(granted.has('https://jira.example.com/*')).toBe(false);
    expect(screen.getByTestId('self-hosted-jira-result').textContent).toBe(
      'Removed https://jira.example.com. Interim PMO no longer has access to it.',
    );
  });

  it('speaks French', async () => {
    await serveLocale('fr');
    renderSection();
    expect(screen.getByRole('heading', { name: 'Jira auto-hébergé' })).toBeTruthy();
    expect(screen.getByLabelText('Adresse de Jira')).toBeTruthy();
  });

  it('is part of the settings page, and lists nothing where the browser cannot register scripts', async () => {
    const background = createTestBackground();
    renderPage(<OptionsApp />, background.db, background.client);
    expect(screen.getByRole('heading', { name: 'Self-hosted Jira' })).toBeTruthy();
    expect(await screen.findByTestId('self-hosted-jira-none')).toBeTruthy();
  });
});
