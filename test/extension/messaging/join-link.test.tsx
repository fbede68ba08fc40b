import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatJoinHash, parseJoinHash } from '../../../extension/messaging/join-link';
import { OptionsApp } from '../../../extension/pages/options/OptionsApp';
import { createTestBackground } from '../background-harness';
import { renderPage } from '../render-page';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname);
});

describe('the invite link: options.html#join?server=…&code=…', () => {
  it('carries a server and a code there and back', () => {
    const hash = formatJoinHash({ serverUrl: 'https://pmo.example.com', code: '7P01-8GP8-T763' });
    expect(hash).toBe('#join?server=https%3A%2F%2Fpmo.example.com&code=7P01-8GP8-T763');
    expect(parseJoinHash(hash)).toEqual({ serverUrl: 'https://pmo.example.com', code: '7P01-8GP8-T763' });
  });

  it.each([
    ['another page', '#/members'],
    ['no code', '#join?server=https%3A%2F%2Fpmo.example.com'],
    ['a javascript: server', '#join?server=javascript%3Aalert(1)&code=ABCD'],
    ['a code with markup', '#join?server=https%3A%2F%2Fpmo.example.com&code=%3Cimg%3E'],
    ['a server that is not an address', '#join?server=pmo&code=ABCD'],
  ])('ignores %s', (_case, hash) => {
    expect(parseJoinHash(hash)).toBeNull();
  });

  it('fills in the options page, then drops the code from the address', async () => {
    const { db, client } = createTestBackground();
    location.hash = formatJoinHash({ serverUrl: 'https://pmo.example.com', code: 'ABCD-EFGH' });
    renderPage(<OptionsApp />, db, client);
    await waitFor(() => expect((screen.getByLabelText('Invite code') as HTMLInputElement).value).toBe('ABCD-EFGH'));
    expect((document.getElementById('server-url') as HTMLInputElement).value).toBe('https://pmo.example.com');
    expect(location.hash).toBe('');
  });
});
