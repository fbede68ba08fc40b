import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionRow } from '../../extension/db/database';
import { describeRetry, describeTimeAgo } from '../../extension/pages/common/describe-sync-time';
import { SyncStatus } from '../../extension/pages/common/SyncStatus';
import { serveLocale } from './serve-locale';

const now = Date.parse('2026-03-02T10:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const fromNow = (ms: number) => new Date(now + ms).toISOString();
const minute = 60_000;

type SyncState = Pick<ConnectionRow, 'syncStatus' | 'pendingCount' | 'lastError' | 'lastSyncAt' | 'retryAt'>;
const state = (overrides: Partial<SyncState>): SyncState => ({
  syncStatus: 'synced',
  pendingCount: 0,
  lastError: null,
  lastSyncAt: ago(2 * minute),
  retryAt: null,
  ...overrides,
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await serveLocale('en');
});

describe('"synced N min ago"', () => {
  it('says how long ago in English', () => {
    expect(describeTimeAgo(ago(20_000), now)).toBe('just now');
    expect(describeTimeAgo(ago(minute), now)).toBe('1 min ago');
    expect(describeTimeAgo(ago(59 * minute), now)).toBe('59 min ago');
    expect(describeTimeAgo(ago(60 * minute), now)).toBe('1 h ago');
    expect(describeTimeAgo(ago(5 * 60 * minute + 59 * minute), now)).toBe('5 h ago');
    expect(describeTimeAgo(ago(24 * 60 * minute), now)).toBe('1 day ago');
    expect(describeTimeAgo(ago(3 * 24 * 60 * minute), now)).toBe('3 days ago');
    // The clock moved back: never "in 5 min ago".
    expect(describeTimeAgo(fromNow(5 * minute), now)).toBe('just now');
  });

  it('says how long ago in French', async () => {
    await serveLocale('fr');

    expect(describeTimeAgo(ago(20_000), now)).toBe("à l'instant");
    expect(describeTimeAgo(ago(minute), now)).toBe('il y a 1 min');
    expect(describeTimeAgo(ago(12 * minute), now)).toBe('il y a 12 min');
    expect(describeTimeAgo(ago(2 * 60 * minute), now)).toBe('il y a 2 h');
    expect(describeTimeAgo(ago(24 * 60 * minute), now)).toBe('il y a 1 jour');
    expect(describeTimeAgo(ago(4 * 24 * 60 * minute), now)).toBe('il y a 4 jours');
  });

  it('says when a paused sync retries, in English and French', async () => {
    expect(describeRetry(fromNow(12_000), now)).toBe('retrying in 12 s');
    expect(describeRetry(fromNow(1), now)).toBe('retrying in 1 s');
    expect(describeRetry(fromNow(5 * minute), now)).toBe('retrying in 5 min');
    expect(describeRetry(ago(1), now)).toBe('retrying shortly');
    expect(describeRetry(null, now)).toBe('retrying shortly');

    await serveLocale('fr');
    expect(describeRetry(fromNow(12_000), now)).toBe('nouvel essai dans 12 s');
    expect(describeRetry(fromNow(5 * minute), now)).toBe('nouvel essai dans 5 min');
  });
});

describe('sync status badge', () => {
  it('shows when the last sync succeeded, in a polite live region', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);

    render(<SyncStatus connection={state({})} />);

    const badge = screen.getByTestId('sync-state');
    expect(badge.textContent).toBe('Synced 2 min ago');
    expect(badge.getAttribute('role')).toBe('status');
    expect(badge.getAttribute('aria-live')).toBe('polite');
    // The part that only follows the clock is not announced every time it moves.
    expect(screen.getByTestId('sync-time').getAttribute('aria-live')).toBe('off');
  });

  it('names every state in words, not only by colour', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const labels = (
      [
        state({}),
        state({ syncStatus: 'pending', pendingCount: 2 }),
        state({ syncStatus: 'offline', pendingCount: 1 }),
        state({ syncStatus: 'error', lastError: { code: 'internal', message: 'The server failed.', status: 500 } }),
        state({ syncStatus: 'paused', lastError: { code: 'rate_limited', message: 'Slow down.', status: 429 } }),
      ] as const
    ).map((connection) => {
      const { unmount } = render(<SyncStatus connection={connection} />);
      const label = screen.getByTestId('sync-label').textContent;
      unmount();
      return label;
    });

    expect(labels).toEqual(['Synced', '2 edits pending', 'Offline', 'Sync error', 'Sync paused: too many requests,']);
  });

  it('says when it last synced while offline', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);

    render(<SyncStatus connection={state({ syncStatus: 'offline', pendingCount: 1, lastSyncAt: ago(5 * minute) })} />);

    expect(screen.getByTestId('sync-last-success').textContent).toBe('Last synced 5 min ago');
    expect(screen.getByTestId('sync-state').textContent).toContain('1 edit is kept');
  });

  it('shows a rate-limited pause as a countdown, not an error', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(now);
    const paused = state({
      syncStatus: 'paused',
      pendingCount: 3,
      lastError: { code: 'rate_limited', message: 'Too many requests.', status: 429 },
      retryAt: fromNow(30_000),
    });

    render(<SyncStatus connection={paused} />);

    const badge = screen.getByTestId('sync-state');
    expect(badge.dataset.state).toBe('paused');
    expect(badge.textContent).toContain('Sync paused: too many requests, retrying in 30 s');
    expect(badge.textContent).toContain('3 edits are kept');
    expect(badge.textContent).not.toContain('error');
    act(() => {
      vi.advanceTimersByTime(12_000);
    });
    expect(badge.textContent).toContain('retrying in 18 s');
  });

  it('says a busy server (503) paused sync, in French too', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    await serveLocale('fr');
    const busy = state({
      syncStatus: 'paused',
      lastError: { code: 'unavailable', message: 'Busy.', status: 503 },
      retryAt: fromNow(5_000),
    });

    render(<SyncStatus connection={busy} />);

    expect(screen.getByTestId('sync-state').textContent).toContain(
      'Synchronisation en pause : le serveur est surchargé, nouvel essai dans 5 s',
    );
  });
});

describe('a refused token in the sync badge', () => {
  it('says it in our words, never the server’s HTTP instructions', () => {
    const workerMessage =
      'Sign in again: send a valid access token as "Authorization: Bearer ipmo_…" (it may have been revoked).';
    render(
      <SyncStatus
        connection={state({
          syncStatus: 'error',
          lastError: { code: 'proxy_auth_required', message: workerMessage, status: 401 },
        })}
      />,
    );
    const badge = screen.getByTestId('sync-state');
    expect(badge.textContent).not.toContain('Authorization');
    expect(badge.textContent).toContain(
      'The server did not accept this access: the token is wrong or was revoked. Ask your PMO for a new invite.',
    );
  });
});
