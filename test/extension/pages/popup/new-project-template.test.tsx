import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { writePopupSummary } from '../../../../extension/db/popup-summary';
import { listRecords } from '../../../../extension/db/read-records';
import { PopupApp } from '../../../../extension/pages/popup/PopupApp';
import { popupSummaryMirrorKey } from '../../../../extension/pages/popup/use-popup-summary';
import { buildStageGateTemplate } from '../../../../shared/methodology/stage-gate-template';
import { createTestBackground } from '../../background-harness';
import { renderPage } from '../../render-page';
import { serveLocale } from '../../serve-locale';

afterEach(async () => {
  cleanup();
  await serveLocale('en');
  await writePopupSummary(null);
  localStorage.removeItem(popupSummaryMirrorKey);
});

/** Opens "New project" once the popup's live rows are read (it paints first from its summary, button disabled). */
async function openNewProjectForm() {
  const opener = (await screen.findByTestId('open-new-project')) as HTMLButtonElement;
  await waitFor(() => expect(opener.disabled).toBe(false));
  fireEvent.click(opener);
}

/** A joined workspace holding the built-in method (as the Worker seeds it), the popup open on it. */
async function setUp({ withTemplate = true } = {}) {
  const background = createTestBackground();
  const session = background.server.createWorkspace('Acme PMO');
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  const workspaceId = session.workspace.id;
  await background.sync.syncNow(workspaceId);
  const template = buildStageGateTemplate(() => crypto.randomUUID());
  if (withTemplate) await background.send('mutate', { workspaceId, name: 'template.create', args: template });
  renderPage(<PopupApp />, background.db, background.client);
  await openNewProjectForm();
  return { ...background, workspaceId, template };
}

async function createProject({ db, workspaceId }: Awaited<ReturnType<typeof setUp>>, code: string) {
  fireEvent.input(screen.getByTestId('new-project-code'), { target: { value: code } });
  fireEvent.input(screen.getByTestId('new-project-name'), { target: { value: `${code} roll-out` } });
  fireEvent.click(screen.getByTestId('create-project'));
  let project: Record<string, unknown> | undefined;
  await waitFor(async () => {
    const projects = await listRecords<Record<string, unknown>>(db, workspaceId, 'project');
    project = projects.find((value) => value.code === code);
    expect(project).toBeDefined();
  });
  return project;
}

describe('popup "New project": the method', () => {
  it('offers the workspace template by default, and the project starts in its first phase', async () => {
    const opened = await setUp();
    const { template } = opened;
    const select = (await screen.findByTestId('new-project-template')) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([template.name, 'No method']);
    expect(select.value).toBe(template.id);
    expect(screen.getByText('Starts in its first phase: Initiate.')).toBeTruthy();
    const project = await createProject(opened, 'ERP');
    expect(project).toMatchObject({ templateId: template.id, currentPhaseId: template.phases[0].id });
  });

  it('creates a project with no method when "No method" is chosen', async () => {
    const opened = await setUp();
    const select = (await screen.findByTestId('new-project-template')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'none' } });
    const project = await createProject(opened, 'HR');
    expect(project?.templateId).toBeUndefined();
    expect(project?.currentPhaseId).toBeUndefined();
  });

  it('asks nothing about a method in a workspace without templates', async () => {
    const opened = await setUp({ withTemplate: false });
    await screen.findByTestId('new-project-code');
    expect(screen.queryByTestId('new-project-template')).toBeNull();
    expect((await createProject(opened, 'OPS'))?.templateId).toBeUndefined();
  });

  it('names a pm who creates a project as its manager, so other members read who manages it', async () => {
    const background = createTestBackground();
    const session = background.server.createWorkspace('Acme PMO');
    const pm = background.server.addMember(session.workspace.id, {
      name: 'Alex Morgan',
      email: 'alex@example.com',
      role: 'pm',
    });
    await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: pm.token });
    await background.sync.syncNow(session.workspace.id);
    renderPage(<PopupApp />, background.db, background.client);
    await openNewProjectForm();
    const project = await createProject({ ...background, workspaceId: session.workspace.id } as never, 'PAY');
    expect(project).toMatchObject({ managerId: pm.member.id, managerName: 'Alex Morgan' });
  });

  it('speaks French', async () => {
    await serveLocale('fr');
    await setUp();
    const select = (await screen.findByTestId('new-project-template')) as HTMLSelectElement;
    expect(screen.getByLabelText('Méthode')).toBe(select);
    expect(select.options[1].textContent).toBe('Aucune méthode');
    expect(screen.getByText('Commence dans sa première phase : Initiate.')).toBeTruthy();
  });
});
