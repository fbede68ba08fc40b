import { screen, waitFor, within } from '@testing-library/preact';
import { readRecord as readStoredRecord } from '../../../../../extension/db/read-records';
import { formatWorkspaceRoute, type WorkspaceTab } from '../../../../../extension/messaging/workspace-route';
import { WorkspaceApp } from '../../../../../extension/pages/workspace/WorkspaceApp';
import type { BackgroundClient } from '../../../../../extension/ui/background-client';
import type { EntityName } from '../../../../../shared/entities';
import type { Role } from '../../../../../shared/schemas/common';
import { createTestBackground } from '../../../background-harness';
import { renderPage } from '../../../render-page';
import type { createWorkspaceHarness } from '../workspace-harness';

export type Harness = Awaited<ReturnType<typeof createWorkspaceHarness>>;

/** Days before and after the real today: the app reads the clock, so overdue is relative to it. */
export const longAgo = '2020-01-15';
export const farAhead = '2099-06-30';

/** The stored record as the background holds it after an edit. */
export function readRecord(harness: Harness, entity: EntityName, id: string) {
  return readStoredRecord<Record<string, unknown>>(harness.db, harness.workspaceId, entity, id);
}

/** The `mutate` messages the app sent, by name. */
export function sentMutations(harness: Harness, name: string) {
  return harness.sent
    .filter((message) => message.type === 'mutate')
    .map((message) => message.input as { name: string; args: Record<string, unknown> })
    .filter((input) => input.name === name);
}

/** The row of a list that holds a record. */
export const rowOf = (entity: 'issue' | 'decision' | 'action', id: string) => screen.getByTestId(`${entity}-row-${id}`);

/** The drawer, once a record or form is open in it. */
export async function findDrawer() {
  const drawer = await screen.findByTestId('raid-drawer');
  return within(drawer);
}

/**
 * Renders the app as another member of the harness's workspace (a viewer, a contributor), after the
 * owner's records reached the server and this member pulled them.
 */
export async function renderAs(harness: Harness, role: Role, tab: WorkspaceTab, recordId?: string) {
  await harness.sync.syncNow(harness.workspaceId);
  const background = createTestBackground(harness.server);
  const session = harness.server.addMember(harness.workspaceId, {
    name: `Val ${role}`,
    email: `${role}@example.com`,
    role,
  });
  await background.send('workspace.connectWithToken', { serverUrl: harness.server.url, token: session.token });
  await background.sync.syncNow(harness.workspaceId);
  location.hash = formatWorkspaceRoute({ projectId: harness.projectId, tab, recordId });
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : background.client.send(type, input),
  };
  renderPage(<WorkspaceApp frame="tab" />, background.db, client);
  await screen.findByRole('tabpanel');
  await waitFor(() => screen.getByTestId('raid-tab'));
  return background;
}
