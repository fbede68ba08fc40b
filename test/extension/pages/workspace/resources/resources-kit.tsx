import { screen, waitFor, within } from '@testing-library/preact';
import { format } from 'date-fns';
import { readRecord as readStoredRecord } from '../../../../../extension/db/read-records';
import { formatWorkspaceRoute } from '../../../../../extension/messaging/workspace-route';
import { WorkspaceApp } from '../../../../../extension/pages/workspace/WorkspaceApp';
import type { BackgroundClient } from '../../../../../extension/ui/background-client';
import { shiftWeek } from '../../../../../shared/analytics/resources/iso-day';
import type { EntityName } from '../../../../../shared/entities';
import type { Role } from '../../../../../shared/schemas/common';
import { createTestBackground } from '../../../background-harness';
import { renderPage } from '../../../render-page';
import type { createWorkspaceHarness } from '../workspace-harness';

export type Harness = Awaited<ReturnType<typeof createWorkspaceHarness>>;

/** The app reads the clock: weeks are relative to the real today. */
export const today = format(new Date(), 'yyyy-MM-dd');
/** Monday of the current week, and of the week `n` weeks later. */
export const thisMonday = shiftWeek(today, 0);
export const mondayIn = (weeks: number) => shiftWeek(today, weeks);
/** Friday of the week `n` weeks from now. */
export const fridayIn = (weeks: number) => {
  const monday = new Date(`${mondayIn(weeks)}T00:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() + 4);
  return monday.toISOString().slice(0, 10);
};

/**
 * Renders the Resources tab of any project of the harness's workspace (the harness renders only its
 * own), as the owner, or as another member when `role` is given.
 */
export async function renderResources(
  harness: Harness,
  options: { projectId?: string; recordId?: string; role?: Role } = {},
) {
  const projectId = options.projectId ?? harness.projectId;
  let send = harness.client.send;
  let db = harness.db;
  if (options.role) {
    await harness.sync.syncNow(harness.workspaceId);
    const background = createTestBackground(harness.server);
    const session = harness.server.addMember(harness.workspaceId, {
      name: `Val ${options.role}`,
      email: `${options.role}@example.com`,
      role: options.role,
    });
    await background.send('workspace.connectWithToken', { serverUrl: harness.server.url, token: session.token });
    await background.sync.syncNow(harness.workspaceId);
    send = background.client.send;
    db = background.db;
  }
  location.hash = formatWorkspaceRoute({ projectId, tab: 'resources', recordId: options.recordId });
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : send(type, input),
  };
  const rendered = renderPage(<WorkspaceApp frame="tab" />, db, client);
  await screen.findByTestId('resources-tab');
  await waitFor(() => screen.getByTestId('resources-grid'));
  return rendered;
}

/** A grid cell: person × week (its Monday). */
export const cellOf = (personId: string, weekStart: string) =>
  screen.getByTestId(`resources-cell-${personId}-${weekStart}`);

/** The who-to-ask card of a person. */
export const askOf = (personId: string) => within(screen.getByTestId(`resources-ask-${personId}`));

/** The stored record as the background holds it after an edit. */
export function readRecord(harness: Harness, entity: EntityName, id: string) {
  return readStoredRecord<Record<string, unknown>>(harness.db, harness.workspaceId, entity, id);
}
