import { screen } from '@testing-library/preact';
import { type DashboardRoute, formatDashboardRoute } from '../../../../extension/messaging/dashboard-route';
import { DashboardApp } from '../../../../extension/pages/dashboard/DashboardApp';
import type { BackgroundClient } from '../../../../extension/ui/background-client';
import type { Role } from '../../../../shared';
import { createTestBackground } from '../../background-harness';
import { renderPage } from '../../render-page';
import { createGateHarness } from '../workspace/gate/gate-harness';

type TestBackground = ReturnType<typeof createTestBackground>;

/** Renders the dashboard against a background whose polls are ignored, so the state stays put. */
export function renderDashboardWith(background: TestBackground, route: DashboardRoute) {
  location.hash = formatDashboardRoute(route);
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : background.client.send(type, input),
  };
  return renderPage(<DashboardApp />, background.db, client);
}

/**
 * The gate harness (built-in method, CRM in its first phase, fake Worker, fake IndexedDB) with a
 * second project, OPS, rendering the PMO dashboard at `dashboard.html#/<section>?<filters>`.
 */
export async function createDashboardHarness() {
  const harness = await createGateHarness();
  const opsId = await harness.seed('project.create', {
    code: 'OPS',
    name: 'Ops automation',
    start: '2026-09-01',
    templateId: harness.template.id,
    currentPhaseId: harness.initiate.id,
  });

  async function renderDashboard(route: Partial<DashboardRoute> = {}) {
    const rendered = renderDashboardWith(harness, { section: 'portfolio', filter: {}, ...route });
    await screen.findByTestId(`dashboard-nav-${route.section ?? 'portfolio'}`);
    await screen.findByTestId('dashboard-project-count');
    return rendered;
  }

  /** A second browser joined with `role`, synced, rendering the dashboard. */
  async function renderAsMember(role: Exclude<Role, 'owner'>, route: Partial<DashboardRoute> = {}) {
    const other = createTestBackground(harness.server);
    const session = harness.server.addMember(harness.workspaceId, { name: 'Vic', email: `${role}@example.com`, role });
    await other.send('workspace.connectWithToken', { serverUrl: harness.server.url, token: session.token });
    await harness.sync.syncNow(harness.workspaceId);
    await other.sync.syncNow(harness.workspaceId);
    renderDashboardWith(other, { section: 'portfolio', filter: {}, ...route });
    await screen.findByTestId('dashboard-project-count');
    return other;
  }

  return { ...harness, opsId, renderDashboard, renderAsMember };
}
