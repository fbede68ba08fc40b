import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composePopupSummary } from '../../extension/background/popup-summary/compose-popup-summary';
import { readPopupSelection, readPopupSummary, writePopupSummary } from '../../extension/db/popup-summary';
import { rememberSelectedProjectId } from '../../extension/pages/common/selected-project';
import { PopupApp } from '../../extension/pages/popup/PopupApp';
import { mirrorPopupSummary, popupSummaryMirrorKey } from '../../extension/pages/popup/use-popup-summary';
import type { BackgroundClient } from '../../extension/ui/background-client';
import { createTestBackground } from './background-harness';
import { renderPage } from './render-page';

/** Holds every live query of the popup until `release()`, as a slow first Dexie read would. */
const liveRows = vi.hoisted(() => {
  let release = () => {};
  let gate = Promise.resolve();
  return {
    hold() {
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
    },
    release: () => release(),
    wait: () => gate,
  };
});

vi.mock('../../extension/db/workspace-queries', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../extension/db/workspace-queries')>();
  const held =
    <A extends unknown[], R>(query: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await liveRows.wait();
      return query(...args);
    };
  return {
    ...actual,
    readActiveConnection: held(actual.readActiveConnection),
    listConnections: held(actual.listConnections),
    listProjects: held(actual.listProjects),
    listRisks: held(actual.listRisks),
    readRiskMatrix: held(actual.readRiskMatrix),
    listAccessNotices: held(actual.listAccessNotices),
    listOpenMutationErrors: held(actual.listOpenMutationErrors),
  };
});

afterEach(async () => {
  cleanup();
  liveRows.release();
  await writePopupSummary(null);
  localStorage.removeItem(popupSummaryMirrorKey);
});

/** A workspace with two projects; ERP has three risks. */
async function createWorkspace(name = 'Acme PMO') {
  const background = createTestBackground();
  const session = background.server.createWorkspace(name);
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  const workspaceId = session.workspace.id;
  await background.sync.syncNow(workspaceId);
  const mutate = (type: 'project.create' | 'risk.create', args: Record<string, unknown>) =>
    background.send('mutate', { workspaceId, name: type, args });
  const [erp, crm] = [crypto.randomUUID(), crypto.randomUUID()];
  await mutate('project.create', { id: erp, code: 'ERP', name: 'ERP migration' });
  await mutate('project.create', { id: crm, code: 'CRM', name: 'CRM rollout' });
  const addRisk = (projectId: string, title: string, probability: number, impact: number) =>
    mutate('risk.create', { id: crypto.randomUUID(), projectId, title, probability, impact });
  await addRisk(erp, 'Vendor late', 5, 4);
  await addRisk(erp, 'Budget cut', 2, 2);
  await addRisk(crm, 'Key user leaves', 3, 4);
  // As the popup or the workspace app remembers a choice: in the page, and for the background.
  rememberSelectedProjectId(workspaceId, erp);
  await waitFor(async () => expect(await readPopupSelection(workspaceId)).toBe(erp));
  return { ...background, workspaceId, erp, crm, mutate, addRisk };
}

/** The background's summary of `background`'s rows, kept as the next popup reads it. */
async function keepSummaryOf(background: Awaited<ReturnType<typeof createWorkspace>>) {
  await writePopupSummary(await composePopupSummary(background.db, new Date().toISOString()));
}

/** A workspace lost earlier, and an edit of `background`'s workspace the server refused. */
async function addNoticeAndRefusal(background: Awaited<ReturnType<typeof createWorkspace>>) {
  const at = new Date().toISOString();
  await background.db.accessNotices.put({
    workspaceId: 'ws-lost',
    workspaceName: 'Lost Corp',
    serverUrl: 'http://127.0.0.1:1',
    reason: 'revoked',
    discardedEdits: 0,
    at,
  });
  await background.db.mutationErrors.put({
    workspaceId: background.workspaceId,
    clientId: 'c1',
    id: 1,
    name: 'risk.create',
    error: { code: 'forbidden', message: 'Viewers cannot add risks.' },
    receivedAt: at,
    dismissed: 0,
  });
}

const titles = () =>
  screen.getAllByTestId('risk-item').map((item) => item.querySelector('.risk__title')?.textContent ?? '');
const risksSection = () => document.querySelector('.risks') as HTMLElement;

describe('popup first paint', () => {
  it("paints the summary's workspace, sync state and risks before any live row answers", async () => {
    const background = await createWorkspace();
    await keepSummaryOf(background);
    liveRows.hold();

    renderPage(<PopupApp />, background.db, background.client);

    await screen.findAllByTestId('risk-item');
    expect(titles()).toEqual(['Vendor late', 'Budget cut']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acme PMO');
    expect(screen.getByTestId('sync-state').dataset.state).toBe('pending');
    expect((screen.getByTestId('project-select') as HTMLSelectElement).value).toBe(background.erp);
    expect(risksSection().dataset.source).toBe('summary');
    // The forms act on live rows: they wait for them.
    expect((screen.getByTestId('open-add-risk') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('open-new-project') as HTMLButtonElement).disabled).toBe(true);
  });

  it('hands over to the live rows in the same list, newer rows included, without redrawing it', async () => {
    const background = await createWorkspace();
    await keepSummaryOf(background);
    await background.addRisk(background.erp, 'Scope creep', 4, 4);
    liveRows.hold();
    renderPage(<PopupApp />, background.db, background.client);
    const [firstFromSummary] = await screen.findAllByTestId('risk-item');

    liveRows.release();

    await waitFor(() => expect(risksSection().dataset.source).toBe('live'));
    expect(titles()).toEqual(['Vendor late', 'Scope creep', 'Budget cut']);
    expect(screen.getAllByTestId('risk-item')[0]).toBe(firstFromSummary);
    expect((screen.getByTestId('open-add-risk') as HTMLButtonElement).disabled).toBe(false);
  });

  it("never shows another workspace's summary once the live rows answer", async () => {
    const other = await createWorkspace('Other PMO');
    await keepSummaryOf(other);
    const background = await createWorkspace('Acme PMO');
    await background.db.connections.delete(other.workspaceId);

    renderPage(<PopupApp />, background.db, background.client);

    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acme PMO'));
    await waitFor(() => expect(risksSection().dataset.source).toBe('live'));
    expect(titles()).toEqual(['Vendor late', 'Budget cut']);
    // The forms act on the live rows, which are this workspace's.
    await waitFor(() => expect((screen.getByTestId('open-new-project') as HTMLButtonElement).disabled).toBe(false));
  });

  it('paints without waiting for the background, and turns to the capture form when one is waiting', async () => {
    const background = await createWorkspace();
    await keepSummaryOf(background);
    let answerCapture: (answer: unknown) => void = () => {};
    const client: BackgroundClient = {
      send: (type, input) =>
        type === 'capture.start'
          ? (new Promise((resolve) => {
              answerCapture = resolve;
            }) as never)
          : background.client.send(type, input),
    };

    renderPage(<PopupApp />, background.db, client);

    await screen.findAllByTestId('risk-item');
    answerCapture(await background.send('capture.start', { fromPopup: true }));
    // No capture waits here: the popup stays as it is.
    await waitFor(() => expect(risksSection().dataset.source).toBe('live'));
    expect(screen.queryByTestId('risk-list')).not.toBeNull();
  });

  it('keeps a summary of what it shows, the project chosen here included', async () => {
    const background = await createWorkspace();
    renderPage(<PopupApp />, background.db, background.client);
    await waitFor(() => expect(risksSection()?.dataset.source).toBe('live'));

    await waitFor(async () => expect((await readPopupSummary())?.projectId).toBe(background.erp));
    fireEvent.change(screen.getByTestId('project-select'), { target: { value: background.crm } });

    await waitFor(async () =>
      expect((await readPopupSummary())?.risks.map((risk) => risk.title)).toEqual(['Key user leaves']),
    );
    expect(await readPopupSelection(background.workspaceId)).toBe(background.crm);
  });

  it("paints from the page's own copy at the first render, and drops it once no workspace is joined", async () => {
    const left = await createWorkspace('Left PMO');
    const summary = await composePopupSummary(left.db, new Date().toISOString());
    if (!summary) throw new Error('the workspace has no summary');
    mirrorPopupSummary(summary);
    const background = createTestBackground();
    liveRows.hold();

    renderPage(<PopupApp />, background.db, background.client);

    // Synchronously: the copy is read before any IndexedDB answer.
    expect(titles()).toEqual(['Vendor late', 'Budget cut']);
    liveRows.release();
    await screen.findByTestId('open-options');
    expect(localStorage.getItem(popupSummaryMirrorKey)).toBeNull();
    expect(screen.queryByTestId('risk-item')).toBeNull();
  });

  it('paints the access notices and refused edits of the summary above the list, where the live rows keep them', async () => {
    const background = await createWorkspace();
    await addNoticeAndRefusal(background);
    await keepSummaryOf(background);
    liveRows.hold();

    renderPage(<PopupApp />, background.db, background.client);

    await screen.findAllByTestId('risk-item');
    const notice = screen.getByTestId('access-notice');
    const refusal = screen.getByTestId('mutation-error');
    expect(notice.textContent).toContain('Your access to “Lost Corp” was revoked or expired.');
    expect(refusal.textContent).toBe('Not saved (new risk): Viewers cannot add risks.Dismiss');
    expect(risksSection().dataset.source).toBe('summary');
    // Above the list from the first paint: the list does not move when the live rows arrive.
    expect(refusal.compareDocumentPosition(risksSection()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    liveRows.release();

    await waitFor(() => expect(risksSection().dataset.source).toBe('live'));
    expect(screen.getByTestId('access-notice')).toBe(notice);
    expect(screen.getByTestId('mutation-error')).toBe(refusal);
  });

  it('leaves out the notices of a summary worded in another language until the live rows word them again', async () => {
    const background = await createWorkspace();
    await addNoticeAndRefusal(background);
    const summary = await composePopupSummary(background.db, new Date().toISOString());
    if (!summary) throw new Error('the workspace has no summary');
    await writePopupSummary({ ...summary, language: 'fr' });
    liveRows.hold();

    renderPage(<PopupApp />, background.db, background.client);

    await screen.findAllByTestId('risk-item');
    expect(screen.queryByTestId('access-notice')).toBeNull();
    expect(screen.queryByTestId('mutation-error')).toBeNull();
    liveRows.release();
    await screen.findByTestId('access-notice');
    expect((await screen.findByTestId('mutation-error')).textContent).toContain('Viewers cannot add risks.');
  });

  it('opens as usual when the summary is of another shape', async () => {
    const background = await createWorkspace();
    const summary = await composePopupSummary(background.db, new Date().toISOString());
    if (!summary) throw new Error('the workspace has no summary');
    await writePopupSummary({ ...summary, format: 9 as never });

    renderPage(<PopupApp />, background.db, background.client);

    await waitFor(() => expect(risksSection()?.dataset.source).toBe('live'));
    expect(titles()).toEqual(['Vendor late', 'Budget cut']);
  });
});
