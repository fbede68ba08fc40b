import { screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import { formatWorkspaceRoute } from '../../../../../extension/messaging/workspace-route';
import { WorkspaceApp } from '../../../../../extension/pages/workspace/WorkspaceApp';
import type { BackgroundClient } from '../../../../../extension/ui/background-client';
import type { Role } from '../../../../../shared';
import { buildStageGateTemplate } from '../../../../../shared/methodology/stage-gate-template';
import { createTestBackground } from '../../../background-harness';
import { renderPage } from '../../../render-page';
import { createWorkspaceHarness } from '../workspace-harness';

/**
 * The workspace harness with the built-in method (as the Worker seeds it) and the CRM project in
 * its first phase, as the popup's "New project" starts one.
 */
export async function createGateHarness(
  templateChange: (template: ReturnType<typeof buildStageGateTemplate>) => void = () => {},
) {
  const harness = await createWorkspaceHarness();
  const template = buildStageGateTemplate(() => crypto.randomUUID());
  templateChange(template);
  await harness.seed('template.create', template);
  await harness.seed('project.update', {
    id: harness.projectId,
    patch: { templateId: template.id, currentPhaseId: template.phases[0].id },
  });
  const [initiate, plan, execute] = template.phases;
  /** Every must-meet criterion of the gate into `phase` met, as gate.request args. */
  const allMet = (phase = plan) =>
    (phase.gate?.mustMeet ?? []).map((criterion) => ({ criterionId: criterion.id, met: true }));
  async function requestGate(overrides: Record<string, unknown> = {}) {
    return harness.seed('gate.request', {
      projectId: harness.projectId,
      templateId: template.id,
      toPhaseId: plan.id,
      mustMeet: allMet(),
      shouldMeet: [],
      evidenceLinks: [],
      ...overrides,
    });
  }
  return { ...harness, template, initiate, plan, execute, allMet, requestGate };
}
export type GateHarness = Awaited<ReturnType<typeof createGateHarness>>;

/** A second browser joined to the harness's workspace with `role`, rendering the Gate tab after sync. */
export async function renderAsMember(harness: GateHarness, role: Exclude<Role, 'owner'>, name = 'Vic Viewer') {
  const other = createTestBackground(harness.server);
  const session = harness.server.addMember(harness.workspaceId, { name, email: `${role}@example.com`, role });
  await other.send('workspace.connectWithToken', { serverUrl: harness.server.url, token: session.token });
  await harness.sync.syncNow(harness.workspaceId);
  await other.sync.syncNow(harness.workspaceId);
  location.hash = formatWorkspaceRoute({ projectId: harness.projectId, tab: 'gate' });
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : other.client.send(type, input),
  };
  const rendered = renderPage(<WorkspaceApp frame="tab" />, other.db, client);
  await screen.findByRole('tabpanel');
  await waitFor(() => expect(screen.getByTestId('gate-stepper')).toBeTruthy());
  return { other, session, rendered };
}
