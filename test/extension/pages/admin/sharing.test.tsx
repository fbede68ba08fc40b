import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAdminRoute } from '../../../../extension/messaging/admin-route';
import type { MessageType } from '../../../../extension/messaging/protocol';
import { AdminApp } from '../../../../extension/pages/admin/AdminApp';
import type { BackgroundClient } from '../../../../extension/ui/background-client';
import type { ShareLink } from '../../../../shared/api/routes/share-routes';
import { renderPage } from '../../render-page';
import { renderAdminAs } from './admin-as-member';
import { createAdminHarness } from './admin-harness';

afterEach(() => {
  cleanup();
  location.hash = '';
});

/** The Worker's sponsor links as the background would answer them; the rest goes to the harness. */
function fakeShareLinks() {
  const links: ShareLink[] = [];
  const calls: { type: string; input: unknown }[] = [];
  async function answer(type: MessageType, input: Record<string, unknown>) {
    calls.push({ type, input });
    if (type === 'shareLinks.read') return { ok: true, value: [...links] };
    if (type === 'shareLinks.create') {
      if (input.label === 'x'.repeat(201))
        return { ok: false, error: { code: 'invalid_field', field: 'label', message: 'Keep the label short.' } };
      const id = crypto.randomUUID();
      const expiresAt = new Date(Date.now() + Number(input.expiresInDays) * 86_400_000).toISOString();
      links.unshift({
        id,
        label: String(input.label) || null,
        status: 'active',
        createdBy: { id: 'me', name: 'Olivia Owner' },
        createdAt: new Date().toISOString(),
        expiresAt,
        revokedAt: null,
      });
      return { ok: true, value: { id, url: `http://127.0.0.1:8787/share/ipmoshare_${id}`, expiresAt } };
    }
    const link = links.find((each) => each.id === input.linkId);
    if (!link) return { ok: false, error: { code: 'share_link_not_found', message: 'gone' } };
    link.status = 'revoked';
    link.revokedAt = new Date().toISOString();
    return { ok: true, value: link };
  }
  return { links, calls, answer };
}

async function openSharing() {
  const harness = await createAdminHarness();
  const fake = fakeShareLinks();
  location.hash = formatAdminRoute({ section: 'sharing' });
  const client: BackgroundClient = {
    send: ((type: MessageType, input: Record<string, unknown>) => {
      if (type === 'sync.poll') return Promise.resolve({ ok: true, value: null });
      if (type.startsWith('shareLinks.')) return fake.answer(type, input);
      return harness.client.send(type, input as never);
    }) as BackgroundClient['send'],
  };
  renderPage(<AdminApp />, harness.db, client);
  await screen.findByTestId('admin-sharing');
  return { ...harness, fake };
}

function choose(select: HTMLElement, value: string) {
  (select as HTMLSelectElement).value = value;
  fireEvent(select, new Event('change', { bubbles: true }));
}

describe('sharing section: an owner', () => {
  it('is a section of the administration page, reached from its navigation', async () => {
    await openSharing();
    expect(screen.getByTestId('admin-nav-sharing').textContent).toBe('Sponsor links');
    expect(screen.getByTestId('admin-nav-sharing').getAttribute('aria-current')).toBe('page');
    expect(await screen.findByTestId('share-empty')).toBeDefined();
  });

  it('creates a link with a label and an expiry, shows its address once with Copy, then lists it', async () => {
    const { fake } = await openSharing();
    fireEvent.input(screen.getByTestId('share-label'), { target: { value: 'Steering committee' } });
    choose(screen.getByTestId('share-expiry'), '14');
    fireEvent.click(screen.getByTestId('share-submit'));
    const created = await screen.findByTestId('share-created');
    expect(created.textContent).toContain('Sponsor link for Steering committee created');
    expect(created.textContent).toContain('shown only this once');
    expect(screen.getByTestId('share-url').textContent).toMatch(/\/share\/ipmoshare_/);
    expect(within(created).getByTestId('share-copy').textContent).toBe('Copy the link');
    expect(document.activeElement?.tagName).toBe('H4');
    expect(fake.calls.find((call) => call.type === 'shareLinks.create')?.input).toMatchObject({
      label: 'Steering committee',
      expiresInDays: 14,
    });
    const row = await screen.findByTestId('share-link');
    expect(row.textContent).toContain('Steering committee');
    expect(row.textContent).toContain('Olivia Owner');
    expect(within(row).getByTestId('share-status').textContent).toBe('Active');
    fireEvent.click(screen.getByTestId('share-done'));
    expect(screen.queryByTestId('share-created')).toBeNull();
    expect(screen.queryByTestId('share-url')).toBeNull();
  });

  it('revokes only after a confirmation that starts on "Keep it"', async () => {
    await openSharing();
    fireEvent.click(screen.getByTestId('share-submit'));
    const row = await screen.findByTestId('share-link');
    expect(within(row).getByTestId('share-revoke').getAttribute('aria-label')).toBe('Revoke the link (no label)');
    fireEvent.click(within(row).getByTestId('share-revoke'));
    const confirm = await screen.findByTestId('share-confirm');
    expect(confirm.textContent).toContain('Its page stops opening at once');
    expect(document.activeElement).toBe(within(confirm).getByTestId('share-revoke-cancel'));
    fireEvent.click(within(confirm).getByTestId('share-revoke-cancel'));
    expect(screen.queryByTestId('share-confirm')).toBeNull();
    fireEvent.click(within(row).getByTestId('share-revoke'));
    fireEvent.click(await screen.findByTestId('share-revoke-confirm'));
    await waitFor(() => expect(screen.getByTestId('share-status').textContent).toBe('Revoked'));
    expect(screen.queryByTestId('share-revoke')).toBeNull();
    expect(screen.getByTestId('sharing-status').textContent).toContain('is revoked');
  });

  it("shows a refusal in the PM's words beside the field it is about", async () => {
    await openSharing();
    fireEvent.input(screen.getByTestId('share-label'), { target: { value: 'x'.repeat(201) } });
    fireEvent.click(screen.getByTestId('share-submit'));
    expect((await screen.findByTestId('share-error')).textContent).toBe('Keep the label short.');
    expect(screen.getByTestId('share-label').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('sharing section: other roles', () => {
  it('tells a PM why they cannot share, and offers nothing', async () => {
    const harness = await createAdminHarness();
    await renderAdminAs(harness, 'pm', 'sharing');
    const notice = await screen.findByTestId('sharing-not-allowed');
    expect(notice.textContent).toContain('Only an owner or a PMO');
    expect(screen.queryByTestId('share-form')).toBeNull();
    expect(screen.queryByTestId('share-links')).toBeNull();
  });
});
