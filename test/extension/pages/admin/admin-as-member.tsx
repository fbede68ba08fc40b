import { screen } from '@testing-library/preact';
import { type AdminSection, formatAdminRoute } from '../../../../extension/messaging/admin-route';
import { AdminApp } from '../../../../extension/pages/admin/AdminApp';
import type { BackgroundClient } from '../../../../extension/ui/background-client';
import type { Role } from '../../../../shared/schemas/common';
import { createTestBackground } from '../../background-harness';
import { renderPage } from '../../render-page';
import type { createAdminHarness } from './admin-harness';

/** Renders the administration page in a second profile joined with `role`, after both have synced. */
export async function renderAdminAs(
  harness: Awaited<ReturnType<typeof createAdminHarness>>,
  role: Exclude<Role, 'owner'>,
  section: AdminSection,
  recordId?: string,
) {
  await harness.sync.syncNow(harness.workspaceId);
  const other = createTestBackground(harness.server);
  const session = harness.server.addMember(harness.workspaceId, {
    name: 'Vic Other',
    email: `${role}@example.com`,
    role,
  });
  await other.send('workspace.connectWithToken', { serverUrl: harness.server.url, token: session.token });
  await other.sync.syncNow(harness.workspaceId);
  location.hash = formatAdminRoute({ section, recordId });
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : other.client.send(type, input),
  };
  renderPage(<AdminApp />, other.db, client);
  await screen.findByTestId(`admin-nav-${section}`);
  return other;
}
