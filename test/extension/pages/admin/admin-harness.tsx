import { screen } from '@testing-library/preact';
import { type AdminSection, formatAdminRoute } from '../../../../extension/messaging/admin-route';
import { AdminApp } from '../../../../extension/pages/admin/AdminApp';
import type { BackgroundClient } from '../../../../extension/ui/background-client';
import { renderPage } from '../../render-page';
import { createWorkspaceHarness } from '../workspace/workspace-harness';

/**
 * The workspace harness (one joined workspace, one project, fake Worker, fake IndexedDB) rendering
 * the administration page at `admin.html#/<section>[/<recordId>]` instead of the workspace app.
 */
export async function createAdminHarness() {
  const harness = await createWorkspaceHarness();

  async function renderAdmin(section: AdminSection, recordId?: string) {
    location.hash = formatAdminRoute({ section, recordId });
    const client: BackgroundClient = {
      send: (type, input) =>
        type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : harness.client.send(type, input),
    };
    const rendered = renderPage(<AdminApp />, harness.db, client);
    await screen.findByTestId(`admin-nav-${section}`);
    return rendered;
  }

  return { ...harness, renderAdmin };
}
