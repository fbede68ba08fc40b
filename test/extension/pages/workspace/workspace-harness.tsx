import { screen } from '@testing-library/preact';
import { formatWorkspaceRoute, type WorkspaceTab } from '../../../../extension/messaging/workspace-route';
import { WorkspaceApp } from '../../../../extension/pages/workspace/WorkspaceApp';
import type { BackgroundClient } from '../../../../extension/ui/background-client';
import type { MutationName } from '../../../../shared/mutations/registry';
import { createTestBackground } from '../../background-harness';
import { renderPage } from '../../render-page';

/**
 * A joined workspace with one project (CRM) in a test background (fake Worker, fake IndexedDB), to
 * render the workspace app at any address. `seed` writes records as the owner would, through the
 * real `mutate` message; the app reads them back live from Dexie.
 */
export async function createWorkspaceHarness() {
  const background = createTestBackground();
  const session = background.server.createWorkspace('Acme PMO');
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  const workspaceId = session.workspace.id;
  await background.sync.syncNow(workspaceId);
  const projectId = crypto.randomUUID();

  async function seed(name: MutationName, args: Record<string, unknown>): Promise<string> {
    const id = (args.id as string | undefined) ?? crypto.randomUUID();
    const result = await background.send('mutate', { workspaceId, name, args: { ...args, id } });
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    return id;
  }
  await seed('project.create', { id: projectId, code: 'CRM', name: 'CRM rollout', start: '2026-09-01' });

  /** Renders the app at `#/projects/<project>/<tab>[/<recordId>]`; polls are ignored so state stays put. */
  async function render(tab: WorkspaceTab, recordId?: string) {
    location.hash = formatWorkspaceRoute({ projectId, tab, recordId });
    const client: BackgroundClient = {
      send: (type, input) =>
        type === 'sync.poll'
          ? Promise.resolve({ ok: true, value: null as never })
          : background.client.send(type, input),
    };
    const rendered = renderPage(<WorkspaceApp frame="tab" />, background.db, client);
    await screen.findByRole('tabpanel');
    return rendered;
  }

  return { ...background, workspaceId, projectId, member: session.member, seed, render };
}
