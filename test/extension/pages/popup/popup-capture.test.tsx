import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { leaveCaptureForPopup } from '../../../../extension/background/capture/pending-captures';
import { listRecords } from '../../../../extension/db/read-records';
import { PopupApp } from '../../../../extension/pages/popup/PopupApp';
import { createTestBackground } from '../../background-harness';
import { hostileQuote } from '../../content/capture-card/capture-fakes';
import { renderPage } from '../../render-page';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const articleUrl = 'https://news.example/2026/11/acme-delay';

/** A joined workspace with one project, and a capture left for the popup where the card could not run. */
async function setUp({ isCaptureLeft = true } = {}) {
  const background = createTestBackground();
  const session = background.server.createWorkspace('Acme PMO');
  await background.send('workspace.connectWithToken', { serverUrl: background.server.url, token: session.token });
  const workspaceId = session.workspace.id;
  await background.sync.syncNow(workspaceId);
  const projectId = crypto.randomUUID();
  await background.send('mutate', {
    workspaceId,
    name: 'project.create',
    args: { id: projectId, code: 'PAY', name: 'Payments terminals' },
  });
  if (isCaptureLeft) {
    await leaveCaptureForPopup(background.db, {
      kind: 'risk',
      context: { url: articleUrl, pageTitle: 'Acme Logistics announces delays', selection: hostileQuote },
      at: background.timers.clock.now(),
    });
  }
  return { ...background, workspaceId, projectId };
}

describe('popup capture fallback', () => {
  it('opens with the capture form prefilled when a capture was left for it, and saves it', async () => {
    const { db, client, sent, projectId, workspaceId } = await setUp();
    renderPage(<PopupApp />, db, client);

    const title = (await screen.findByTestId('capture-title')) as HTMLInputElement;
    expect(title.value).toBe(
      'Acme Logistics said on Monday <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> supplier delay of six weeks for the PAY terminals.',
    );
    expect(document.activeElement).toBe(title);
    expect(screen.getByTestId('capture-quote').textContent).toBe(hostileQuote);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect(screen.getByTestId('capture-card').dataset.kind).toBe('risk');
    expect((screen.getByTestId('capture-project') as HTMLSelectElement).value).toBe(projectId);
    expect(sent.filter(({ type }) => type === 'capture.start').map(({ input }) => input)).toEqual([
      { fromPopup: true },
    ]);

    fireEvent.click(screen.getByTestId('capture-impact-5'));
    fireEvent.keyDown(title, { key: 'Enter' });

    const toast = await screen.findByTestId('capture-toast');
    expect(toast.textContent).toContain('Risk captured');
    expect(screen.queryByTestId('capture-open')).toBeNull();
    expect(screen.queryByTestId('capture-card')).toBeNull();
    const [risk] = await listRecords(db, workspaceId, 'risk');
    expect(risk).toMatchObject({
      projectId,
      probability: 3,
      impact: 5,
      source: { url: articleUrl, pageTitle: 'Acme Logistics announces delays', quote: hostileQuote },
    });
    // The risk list shows the captured title as text too.
    await waitFor(() => expect(screen.getAllByTestId('risk-item')).toHaveLength(1));
    expect(screen.getByTestId('risk-item').textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
  });

  it('takes the capture once: the next popup opens as usual', async () => {
    const { db, client } = await setUp();
    const first = renderPage(<PopupApp />, db, client);
    await screen.findByTestId('capture-title');
    first.unmount();

    renderPage(<PopupApp />, db, client);

    await screen.findByTestId('open-add-risk');
    expect(screen.queryByTestId('capture-card')).toBeNull();
  });

  it('says the capture is gone when opened to capture with none left, and Esc leads to the popup', async () => {
    window.history.replaceState(null, '', '/popup.html?capture=1');
    const { db, client } = await setUp({ isCaptureLeft: false });
    renderPage(<PopupApp />, db, client);

    const error = await screen.findByTestId('capture-error');
    expect(error.textContent).toBe('That capture is no longer there (it was undone or deleted).');
    fireEvent.keyDown(screen.getByTestId('capture-close'), { key: 'Escape' });

    await screen.findByTestId('open-add-risk');
  });

  it('closes the form on Esc without saving, showing the usual popup', async () => {
    const { db, client, workspaceId } = await setUp();
    renderPage(<PopupApp />, db, client);
    fireEvent.keyDown(await screen.findByTestId('capture-title'), { key: 'Escape' });

    await screen.findByTestId('open-add-risk');
    const risks = await listRecords(db, workspaceId, 'risk');
    expect(risks).toEqual([]);
  });
});
