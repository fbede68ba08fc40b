import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCaptureCard } from '../../../../extension/content/capture-card/start-capture-card';
import {
  anaPersonId,
  articleStart,
  createCaptureBackground,
  hostileQuote,
  payProjectId,
  savedId,
} from './capture-fakes';

type Background = ReturnType<typeof createCaptureBackground>;

afterEach(() => {
  // The card's session lives in the content script's global scope, as it does between two injections.
  delete (globalThis as { __interimPmoCaptureCard?: unknown }).__interimPmoCaptureCard;
  for (const host of document.querySelectorAll('interim-pmo-capture')) host.remove();
  document.body.innerHTML = '';
  delete document.documentElement.dataset.interimPmoCapture;
  delete (window as { __pwned?: unknown }).__pwned;
});

const hosts = () => document.querySelectorAll('interim-pmo-capture');
const shadow = () => (hosts()[0] as HTMLElement | undefined)?.shadowRoot ?? null;
const find = <E extends Element = HTMLElement>(testId: string) =>
  shadow()?.querySelector<E & Element>(`[data-testid="${testId}"]`) ?? null;
const get = <E extends Element = HTMLElement>(testId: string) => {
  const element = find<E>(testId);
  if (!element) throw new Error(`no ${testId} in the card`);
  return element;
};

/** Injects the card as the shortcut does, 26 November 2026 on the user's clock. */
function inject(background: Background) {
  startCaptureCard({
    background: background.client,
    startedAt: performance.now(),
    now: () => new Date(2026, 10, 26, 10, 30),
  });
}

async function openCard(background = createCaptureBackground()) {
  inject(background);
  await vi.waitFor(() => expect(find('capture-title') ?? find('capture-error')).not.toBeNull());
  return background;
}

async function saveWithEnter(from: Element = get('capture-title')) {
  fireEvent.keyDown(from, { key: 'Enter' });
  await vi.waitFor(() => expect(find('capture-toast')).not.toBeNull());
}

describe('capture card', () => {
  it('opens prefilled from the selection with the title focused, and marks the page ready', async () => {
    const background = await openCard();

    const title = get<HTMLInputElement>('capture-title');
    expect(title.value).toBe('Supplier delay of six weeks for the PAY terminals');
    expect(shadow()?.activeElement).toBe(title);
    expect(get('capture-card').dataset.kind).toBe('risk');
    expect(get<HTMLSelectElement>('capture-project').value).toBe(payProjectId);
    expect(get('capture-suggestion').textContent).toBe('Last used');
    expect(get('capture-source').textContent).toBe('From Acme Logistics announces delays');
    expect(get<HTMLInputElement>('capture-review-date').value).toBe('2026-12-10');
    expect(background.sent('capture.start')).toEqual([{}]);
    expect(document.documentElement.dataset.interimPmoCapture).toBe('ready');
    const host = hosts()[0] as HTMLElement;
    const focusedAt = Number(host.getAttribute('data-interim-pmo-capture-focused-at'));
    expect(focusedAt).toBeGreaterThanOrEqual(Number(host.getAttribute('data-interim-pmo-capture-started-at')));
  });

  it('sits in an open shadow root on <html>, reset with all: initial against the page CSS', async () => {
    await openCard();

    const host = hosts()[0] as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot?.mode).toBe('open');
    expect(host.shadowRoot?.querySelector('style')?.textContent).toContain(':host{all:initial !important;}');
  });

  it('shows a selection full of markup as text: no <img> or <script> is created anywhere', async () => {
    await openCard();

    const quote = get('capture-quote');
    expect(quote.textContent).toBe(hostileQuote);
    expect(shadow()?.querySelectorAll('img, script')).toHaveLength(0);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect(shadow()?.innerHTML).toContain('&lt;img src=x onerror="window.__pwned=1"&gt;');
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('saves on Enter with the kind, project, title, the risk fields and the source', async () => {
    const background = await openCard();
    fireEvent.input(get('capture-cause'), { target: { value: 'a single supplier for terminals' } });
    fireEvent.input(get('capture-owner'), { target: { value: 'ana lima' } });
    fireEvent.click(get('capture-probability-4'));

    await saveWithEnter(get('capture-owner'));

    expect(background.sent('capture.save')).toEqual([
      {
        kind: 'risk',
        projectId: payProjectId,
        title: 'Supplier delay of six weeks for the PAY terminals',
        fields: {
          probability: 4,
          impact: 3,
          cause: 'a single supplier for terminals',
          reviewDate: '2026-12-10',
          owner: { personId: anaPersonId, name: 'Ana Lima' },
        },
        source: articleStart().draft.source,
      },
    ]);
    expect(find('capture-card')).toBeNull();
    expect(get('capture-toast').textContent).toContain('Risk captured');
    expect(get('capture-toast').getAttribute('role')).toBe('status');
  });

  it('saves on Enter from a rating too, with the rating just picked', async () => {
    const background = await openCard();
    fireEvent.click(get('capture-impact-5'));

    await saveWithEnter(get('capture-impact-5'));

    expect(background.sent('capture.save')).toEqual([
      expect.objectContaining({ fields: expect.objectContaining({ probability: 3, impact: 5 }) }),
    ]);
  });

  it('does not save on Enter on the close button (Enter there closes)', async () => {
    const background = await openCard();

    fireEvent.keyDown(get('capture-close'), { key: 'Enter' });

    expect(background.sent('capture.save')).toEqual([]);
  });

  it('refuses an empty title and says so, without sending anything', async () => {
    const background = await openCard();
    fireEvent.input(get('capture-title'), { target: { value: '   ' } });

    fireEvent.keyDown(get('capture-title'), { key: 'Enter' });

    expect(get('capture-error').textContent).toBe('Give it a title, then save again.');
    expect(background.sent('capture.save')).toEqual([]);
  });

  it('shows why the background refused a save, and keeps the card', async () => {
    const background = await openCard();
    background.send.mockImplementationOnce(async () => ({
      ok: false,
      error: { code: 'not_connected', message: 'Join a workspace first.' },
    }));

    fireEvent.keyDown(get('capture-title'), { key: 'Enter' });

    await vi.waitFor(() => expect(find('capture-error')?.textContent).toBe('Join a workspace first.'));
    expect(find('capture-card')).not.toBeNull();
  });

  it('closes on Esc, leaves nothing on the page and gives the focus back to where it was', async () => {
    document.body.innerHTML = '<input id="page-search" />';
    const search = document.getElementById('page-search') as HTMLInputElement;
    search.focus();
    await openCard();

    fireEvent.keyDown(get('capture-kind'), { key: 'Escape' });

    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(search);
    expect(document.documentElement.dataset.interimPmoCapture).toBe('closed');
  });

  it('closes with the close button too, saving nothing', async () => {
    const background = await openCard();

    fireEvent.click(get('capture-close'));

    expect(hosts()).toHaveLength(0);
    expect(background.sent('capture.save')).toEqual([]);
  });

  it('updates the score and its band as probability and impact are picked, arrow keys included', async () => {
    await openCard();
    const score = () => get('capture-score');
    expect([score().textContent, score().dataset.band]).toEqual(['9', 'medium']);

    fireEvent.click(get('capture-probability-5'));
    fireEvent.click(get('capture-impact-4'));
    expect([score().textContent, score().dataset.band]).toEqual(['20', 'critical']);
    expect(score().className).toContain('chip--critical');

    fireEvent.keyDown(get('capture-probability-5'), { key: 'ArrowLeft' });
    expect([score().textContent, score().dataset.band]).toEqual(['16', 'critical']);
    expect(shadow()?.activeElement).toBe(get('capture-probability-4'));

    fireEvent.keyDown(get('capture-impact-4'), { key: 'Home' });
    fireEvent.keyDown(get('capture-probability-4'), { key: 'ArrowDown' });
    expect([score().textContent, score().dataset.band]).toEqual(['5', 'medium']);
    expect(get('capture-probability').dataset.value).toBe('5');
    fireEvent.keyDown(get('capture-probability-5'), { key: 'ArrowRight' });
    expect([score().textContent, score().dataset.band]).toEqual(['1', 'low']);
  });

  it('shows the risk statement as a sentence filled in as cause, event and effect are typed', async () => {
    await openCard();
    expect(get('capture-hint').querySelector('summary')?.textContent).toBe('Because of …, … may happen, leading to ….');

    fireEvent.input(get('capture-cause'), { target: { value: 'one supplier' } });
    fireEvent.input(get('capture-event'), { target: { value: 'a late delivery' } });
    fireEvent.input(get('capture-effect'), { target: { value: 'a missed launch' } });

    expect(get('capture-hint').querySelector('summary')?.textContent).toBe(
      'Because of one supplier, a late delivery may happen, leading to a missed launch.',
    );
  });

  it("hides a risk's fields for other kinds and shows each kind's own", async () => {
    const background = await openCard();
    const kind = get<HTMLSelectElement>('capture-kind');
    const shown = () =>
      [
        'capture-hint',
        'capture-probability',
        'capture-impact',
        'capture-score',
        'capture-review-date',
        'capture-owner',
        'capture-priority',
        'capture-due-date',
      ].filter((testId) => find(testId) !== null);

    fireEvent.change(kind, { target: { value: 'issue' } });
    expect(get('capture-card').dataset.kind).toBe('issue');
    expect(get('capture-card').querySelector('h2')?.textContent).toBe('Capture an issue');
    expect(shown()).toEqual(['capture-owner', 'capture-priority']);

    fireEvent.change(kind, { target: { value: 'decision' } });
    expect(shown()).toEqual([]);
    expect(get('capture-card').querySelector('label[for="capture-title"]')?.textContent).toBe('Decision');

    fireEvent.change(kind, { target: { value: 'action' } });
    expect(shown()).toEqual(['capture-owner', 'capture-due-date']);

    fireEvent.change(kind, { target: { value: 'issue' } });
    fireEvent.change(get('capture-priority'), { target: { value: 'high' } });
    await saveWithEnter();
    expect(background.sent('capture.save')).toEqual([
      expect.objectContaining({ kind: 'issue', fields: { priority: 'high' } }),
    ]);
    expect(get('capture-toast').textContent).toContain('Issue captured');
  });

  it('offers Undo in the toast, which deletes the record just captured', async () => {
    const background = await openCard();
    await saveWithEnter();

    fireEvent.click(get('capture-undo'));

    await vi.waitFor(() => expect(get('capture-toast').textContent).toContain('Capture undone'));
    expect(background.sent('capture.undo')).toEqual([{ id: savedId, kind: 'risk' }]);
  });

  it('offers Open in the toast, which shows the record and takes the toast away', async () => {
    const background = await openCard();
    await saveWithEnter();

    fireEvent.click(get('capture-open'));

    await vi.waitFor(() => expect(hosts()).toHaveLength(0));
    expect(background.sent('capture.open')).toEqual([{ id: savedId, kind: 'risk' }]);
  });

  it('takes the toast away after 8 seconds', async () => {
    await openCard();
    vi.useFakeTimers();
    try {
      await saveWithEnter();
      vi.advanceTimersByTime(7900);
      expect(find('capture-toast')).not.toBeNull();
      vi.advanceTimersByTime(200);
      expect(hosts()).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps one card when injected again: the open card gets the focus back with what was typed', async () => {
    document.body.innerHTML = '<input id="page-search" />';
    const background = await openCard();
    fireEvent.input(get('capture-title'), { target: { value: 'Supplier delay (edited)' } });
    (document.getElementById('page-search') as HTMLInputElement).focus();

    inject(background);

    expect(hosts()).toHaveLength(1);
    expect(get<HTMLInputElement>('capture-title').value).toBe('Supplier delay (edited)');
    expect(shadow()?.activeElement).toBe(get('capture-title'));
    expect(background.sent('capture.start')).toHaveLength(1);
  });

  it('opens a fresh card on the next shortcut once the last one is closed', async () => {
    const background = await openCard();
    fireEvent.input(get('capture-title'), { target: { value: 'typed, then abandoned' } });
    fireEvent.keyDown(get('capture-title'), { key: 'Escape' });

    await openCard(background);

    expect(hosts()).toHaveLength(1);
    expect(get<HTMLInputElement>('capture-title').value).toBe('Supplier delay of six weeks for the PAY terminals');
    expect(background.sent('capture.start')).toHaveLength(2);
  });

  it('says where to join a workspace when none is joined, and opens the settings', async () => {
    const background = await openCard(createCaptureBackground({ ok: true, value: articleStart({ workspace: null }) }));

    expect(get('capture-error').textContent).toContain('Open the extension settings to join a workspace');
    expect(find('capture-title')).toBeNull();
    fireEvent.click(get('capture-open-settings'));

    await vi.waitFor(() => expect(hosts()).toHaveLength(0));
    expect(background.sent('options.open')).toEqual([{}]);
  });

  it('says to create a project first when the workspace has none, with no form to fill', async () => {
    await openCard(createCaptureBackground({ ok: true, value: articleStart({ projects: [], suggestedId: null }) }));

    expect(get('capture-error').textContent).toBe('Create a project in the popup first, then capture again.');
    expect(find('capture-title')).toBeNull();
    expect(shadow()?.activeElement).toBe(get('capture-close'));
  });

  it('shows why there is nothing to capture when the background has no capture for the tab', async () => {
    await openCard(
      createCaptureBackground({
        ok: false,
        error: { code: 'gone', message: 'That capture is no longer there (it was undone or deleted).' },
      }),
    );

    expect(get('capture-error').textContent).toBe('That capture is no longer there (it was undone or deleted).');
    expect(shadow()?.activeElement).toBe(get('capture-close'));
    fireEvent.keyDown(get('capture-close'), { key: 'Escape' });
    expect(hosts()).toHaveLength(0);
  });
});
