import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import type { MessageType } from '../../../../extension/messaging/protocol';
import { ImportApp } from '../../../../extension/pages/import/ImportApp';
import type { BackgroundClient } from '../../../../extension/ui/background-client';
import { createTestBackground } from '../../background-harness';
import { renderPage } from '../../render-page';

export const anaId = '0f6b9f2e-3c1a-4d57-9a59-2a8d5e0c7b11';

/** Answers a test puts in the background's place for one message type (e.g. Google's CSV export). */
export type Overrides = Partial<Record<MessageType, (input: unknown) => Promise<unknown>>>;

/**
 * The Import & export page over a connected workspace with project ERP and one person (Ana Souza),
 * through the real background handlers; `overrides` answer messages instead of it.
 */
export async function renderImportPage(overrides: Overrides = {}) {
  const background = createTestBackground();
  const session = background.server.createWorkspace('Acme PMO');
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  const workspaceId = session.workspace.id;
  await background.sync.syncNow(workspaceId);
  const projectId = crypto.randomUUID();
  const mutate = (name: 'project.create' | 'person.create' | 'risk.create', args: Record<string, unknown>) =>
    background.send('mutate', { workspaceId, name, args });
  await mutate('project.create', { id: projectId, code: 'ERP', name: 'ERP migration' });
  await mutate('person.create', { id: anaId, name: 'Ana Souza', email: 'ana@example.com' });
  const client: BackgroundClient = {
    send: (type, input) => {
      const override = overrides[type];
      if (override) {
        background.sent.push({ type, input });
        return override(input) as never;
      }
      // Polls would sync with the fake server while a test looks at the page: not what these tests are about.
      if (type === 'sync.poll') return Promise.resolve({ ok: true, value: null as never });
      return background.client.send(type, input);
    },
  };
  renderPage(<ImportApp />, background.db, client);
  await screen.findByTestId('import-project');
  return { ...background, workspaceId, projectId, mutate };
}

/** Drops a CSV file on the page's file input, as the file picker would hand it over. */
export async function chooseFile(text: string, name = 'risques.csv') {
  const input = screen.getByTestId('import-file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
  await screen.findByTestId('import-kind');
  await waitForStepFocus();
}

/** Waits until the shown step's heading has the focus, as it gets it when the step appears. */
export async function waitForStepFocus() {
  await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
}

export function next() {
  fireEvent.click(screen.getByTestId('import-next'));
}

export function back() {
  fireEvent.click(screen.getByTestId('import-back'));
}

/** From the kind step to the preview. */
export async function goToPreview() {
  next();
  await screen.findAllByTestId('import-mapping-row');
  next();
  await screen.findByTestId('import-preview');
}

/** From the preview to the diff, once the workspace's records are compared. */
export async function goToDiff() {
  next();
  await screen.findByRole('heading', { name: /cannot be imported/ });
  next();
  await screen.findByTestId('import-diff-created');
}

/** The text of every element with this test id. */
export const textsOf = (testId: string) => screen.queryAllByTestId(testId).map((element) => element.textContent);

export async function waitForText(testId: string, text: string) {
  await waitFor(() => expect(screen.getByTestId(testId).textContent).toBe(text));
}

/** A French risk register as Excel saves it: semicolons, a title line above the header, dd/mm/yyyy. */
export function frenchRegister(lines: string[]): string {
  return [
    'Registre des risques - ERP;;;;;;;',
    'Réf;Titre;Probabilité;Impact;Propriétaire;Date de revue;Statut;Commentaire',
    ...lines,
  ].join('\r\n');
}
