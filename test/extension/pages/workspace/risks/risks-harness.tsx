import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect } from 'vitest';
import { readRecord as readStoredRecord } from '../../../../../extension/db/read-records';
import { formatWorkspaceRoute } from '../../../../../extension/messaging/workspace-route';
import { WorkspaceApp } from '../../../../../extension/pages/workspace/WorkspaceApp';
import type { BackgroundClient } from '../../../../../extension/ui/background-client';
import type { EntityName } from '../../../../../shared/entities';
import type { Risk } from '../../../../../shared/schemas/risk';
import { createTestBackground } from '../../../background-harness';
import { renderPage } from '../../../render-page';
import type { createWorkspaceHarness } from '../workspace-harness';

export type WorkspaceHarness = Awaited<ReturnType<typeof createWorkspaceHarness>>;

/** Seeds a risk of the harness's project as the owner would raise it; answers its id. */
export function seedRisk(harness: WorkspaceHarness, fields: Partial<Risk> & { title: string }): Promise<string> {
  return harness.seed('risk.create', { projectId: harness.projectId, probability: 3, impact: 3, ...fields });
}

/** The stored record of `entity` with `id`, as the background wrote it locally. */
export function readRecord<T>(harness: WorkspaceHarness, entity: EntityName, id: string): Promise<T | undefined> {
  return readStoredRecord<T>(harness.db, harness.workspaceId, entity, id);
}

/** The register's rows in order, as their titles. */
export function listedTitles(): string[] {
  return screen.queryAllByTestId('risk-row-title').map((link) => link.textContent ?? '');
}

/** The row of the risk titled `title`. */
export function rowOf(title: string): HTMLElement {
  const link = screen.getAllByTestId('risk-row-title').find((candidate) => candidate.textContent === title);
  if (!link) throw new Error(`No row for "${title}"; listed: ${listedTitles().join(', ')}`);
  return link.closest('tr') as HTMLElement;
}

/** Opens a risk's editor by clicking its row, as a person would. */
export async function openRisk(title: string): Promise<HTMLElement> {
  fireEvent.click(within(rowOf(title)).getAllByRole('cell')[1]);
  return screen.findByTestId('risk-editor');
}

/** Types into a field of the editor. */
export function typeInto(testId: string, value: string): void {
  const field = screen.getByTestId(testId) as HTMLInputElement | HTMLTextAreaElement;
  fireEvent.input(field, { target: { value } });
}

/**
 * Picks an option of a select, as the browser does: the value, then a bubbling `change`. (happy-dom
 * drops fireEvent.change's event for a select inside an open modal <dialog>.)
 */
export function choose(testId: string, value: string): void {
  const select = screen.getByTestId(testId) as HTMLSelectElement;
  select.value = value;
  fireEvent(select, new Event('change', { bubbles: true }));
}

/**
 * A second browser joined to the harness's workspace as a viewer, synced with what the owner
 * wrote, rendering the app at the risks tab: what a member who may only read sees.
 */
export async function renderAsViewer(harness: WorkspaceHarness, recordId?: string) {
  const viewer = createTestBackground(harness.server);
  const session = harness.server.addMember(harness.workspaceId, {
    name: 'Vic Viewer',
    email: 'vic@example.com',
    role: 'viewer',
  });
  await viewer.send('workspace.connectWithToken', { serverUrl: harness.server.url, token: session.token });
  await harness.sync.syncNow(harness.workspaceId);
  await viewer.sync.syncNow(harness.workspaceId);
  location.hash = formatWorkspaceRoute({ projectId: harness.projectId, tab: 'risks', recordId });
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : viewer.client.send(type, input),
  };
  const rendered = renderPage(<WorkspaceApp frame="tab" />, viewer.db, client);
  await screen.findByRole('tabpanel');
  await waitFor(() => expect(screen.queryAllByTestId('risk-row').length).toBeGreaterThan(0));
  return { viewer, session, rendered };
}
