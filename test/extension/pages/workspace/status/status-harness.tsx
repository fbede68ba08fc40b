import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { format, subDays } from 'date-fns';
import { expect } from 'vitest';
import { formatWorkspaceRoute } from '../../../../../extension/messaging/workspace-route';
import { WorkspaceApp } from '../../../../../extension/pages/workspace/WorkspaceApp';
import type { BackgroundClient } from '../../../../../extension/ui/background-client';
import { createTestBackground } from '../../../background-harness';
import { renderPage } from '../../../render-page';
import { createWorkspaceHarness } from '../workspace-harness';

/** The local day the app calls today, and one some days before it. */
export const today = format(new Date(), 'yyyy-MM-dd');
export const daysAgo = (days: number) => format(subDays(new Date(), days), 'yyyy-MM-dd');

/**
 * The workspace harness with a mandatory milestone ten days overdue (no baseline, so no slip): the
 * data then suggests an amber schedule, and a green one is a watermelon.
 */
export async function createStatusHarness() {
  const harness = await createWorkspaceHarness();
  const milestoneId = await harness.seed('milestone.create', {
    projectId: harness.projectId,
    title: 'Go-live',
    forecastDate: daysAgo(10),
    mandatory: true,
  });
  return { ...harness, milestoneId };
}

export type StatusHarness = Awaited<ReturnType<typeof createStatusHarness>>;

/** Starts a new report on the Status tab and waits for its form. */
export async function startReport() {
  fireEvent.click(await screen.findByTestId('new-report'));
  const draft = await screen.findByTestId('status-draft');
  // The tab moves the focus to an opened report's title once it has drawn it (StatusTab.tsx).
  await waitFor(() => expect(draft.contains(document.activeElement)).toBe(true));
  return draft;
}

/** Picks a light for a dimension in the draft. */
export function chooseLight(name: string, rag: 'green' | 'amber' | 'red') {
  fireEvent.click(screen.getByTestId(`light-${name}-${rag}`));
}

/** Submits the draft and confirms in the dialog. */
export async function submitReport() {
  fireEvent.click(screen.getByTestId('submit-report'));
  const dialog = await screen.findByTestId('submit-dialog');
  fireEvent.click(within(dialog).getByTestId('submit-dialog-confirm'));
  await waitFor(() => expect(screen.getByTestId('status-report').dataset.state).toBe('submitted'));
}

/**
 * The same workspace seen by another member with `role`, in a browser of their own: the owner's edits
 * are pushed first, then this member joins and pulls, and the app opens at the Status tab.
 */
export async function renderAsMember(harness: StatusHarness, role: 'viewer' | 'pmo', recordId?: string) {
  await harness.sync.syncNow(harness.workspaceId);
  const other = createTestBackground(harness.server);
  const joined = harness.server.addMember(harness.workspaceId, {
    name: 'Vera Viewer',
    email: 'vera@example.com',
    role,
  });
  await other.send('workspace.connectWithToken', { serverUrl: harness.server.url, token: joined.token });
  await other.sync.syncNow(harness.workspaceId);
  location.hash = formatWorkspaceRoute({ projectId: harness.projectId, tab: 'status', recordId });
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : other.client.send(type, input),
  };
  renderPage(<WorkspaceApp frame="tab" />, other.db, client);
  await screen.findByRole('tabpanel');
  return other;
}
