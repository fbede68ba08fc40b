import { describe, expect, it } from 'vitest';
import { readSetting } from '../../../../extension/db/settings';
import { joinedCaptureBackground, popupPage } from './capture-background';

const tab = {
  id: 12,
  url: 'https://news.example.com/2026/03/supplier-delays',
  title: 'Supplier delays – Payments Weekly',
};
const selection = 'Our main supplier announced a six-week delay on terminals.';

describe('the capture shortcut', () => {
  it('reads the selection from the page, then injects the card, which asks for its draft', async () => {
    const background = await joinedCaptureBackground({ selection });

    expect(await background.flow.onCaptureCommand('capture-risk', tab)).toBe('card');

    expect(background.calls).toEqual(['readSelection 12', 'injectCard 12']);
    const start = await background.sendFromTab(12, 'capture.start', {});
    expect(start).toMatchObject({
      ok: true,
      value: {
        draft: {
          kind: 'risk',
          title: selection,
          quote: selection,
          source: { url: tab.url, pageTitle: tab.title, quote: selection },
        },
      },
    });
    expect(await readSetting(background.db, 'pendingCapture')).toBeUndefined();
  });

  it('ignores other commands', async () => {
    const background = await joinedCaptureBackground({ selection });

    expect(await background.flow.onCaptureCommand('_execute_action', tab)).toBe('ignored');
    expect(background.calls).toEqual([]);
  });

  it('opens the popup with the capture where the card cannot be injected (the PDF viewer, no activeTab)', async () => {
    const background = await joinedCaptureBackground({ selection, refuses: ['injectCard'] });

    expect(await background.flow.onCaptureCommand('capture-risk', tab)).toBe('popup');

    expect(background.calls).toEqual(['readSelection 12', 'injectCard 12', 'openPopup']);
    const start = await background.send('capture.start', { fromPopup: true });
    expect(start).toMatchObject({ ok: true, value: { draft: { title: selection, source: { url: tab.url } } } });
  });

  it('opens the popup without trying the card where the page refuses scripts (chrome://, the Web Store)', async () => {
    const background = await joinedCaptureBackground({ refuses: ['readSelection', 'injectCard'] });
    const versionTab = { id: 3, url: 'chrome://version/', title: 'About Version' };

    expect(await background.flow.onCaptureCommand('capture-risk', versionTab)).toBe('popup');

    expect(background.calls).toEqual(['readSelection 3', 'openPopup']);
    expect(await background.send('capture.start', { fromPopup: true })).toMatchObject({
      ok: true,
      value: { draft: { kind: 'risk', title: 'About Version', quote: '', source: { url: 'chrome://version/' } } },
    });
  });

  it('opens the popup page in a tab when the popup cannot open either', async () => {
    const background = await joinedCaptureBackground({ refuses: ['readSelection', 'injectCard', 'openPopup'] });

    expect(await background.flow.onCaptureCommand('capture-risk', tab)).toBe('tab');

    expect(background.calls).toEqual(['readSelection 12', 'openPopup', `openTab ${popupPage}?capture=1`]);
    expect(await background.send('capture.start', { fromPopup: true })).toMatchObject({
      ok: true,
      value: { draft: { title: tab.title } },
    });
  });

  it('gives the popup its capture once, then opens as usual', async () => {
    const background = await joinedCaptureBackground({ selection, refuses: ['injectCard'] });
    await background.flow.onCaptureCommand('capture-risk', tab);

    expect(await background.send('capture.start', { fromPopup: true })).toMatchObject({ ok: true });
    expect(await background.send('capture.start', { fromPopup: true })).toMatchObject({
      ok: false,
      error: { code: 'gone' },
    });
  });

  it('drops a capture left for the popup long ago', async () => {
    const background = await joinedCaptureBackground({ selection, refuses: ['injectCard'] });
    await background.flow.onCaptureCommand('capture-risk', tab);

    background.timers.advance(11 * 60_000);

    expect(await background.send('capture.start', { fromPopup: true })).toMatchObject({
      ok: false,
      error: { code: 'gone' },
    });
  });
});

describe('the capture context menu click', () => {
  it('captures the selection the browser reports, as the kind of the item clicked, without reading the page', async () => {
    const background = await joinedCaptureBackground();
    const info = { menuItemId: 'capture-issue', selectionText: selection, pageUrl: tab.url };

    expect(await background.flow.onCaptureMenuClick(info, tab)).toBe('card');

    expect(background.calls).toEqual(['injectCard 12']);
    expect(await background.sendFromTab(12, 'capture.start', {})).toMatchObject({
      ok: true,
      value: { draft: { kind: 'issue', title: selection, source: { url: tab.url, quote: selection } } },
    });
  });

  it('captures a link with its address as the source', async () => {
    const background = await joinedCaptureBackground();
    const info = {
      menuItemId: 'capture-action',
      linkUrl: 'https://supplier.example.com/notices/2026-14',
      pageUrl: tab.url,
    };

    await background.flow.onCaptureMenuClick(info, tab);

    expect(await background.sendFromTab(12, 'capture.start', {})).toMatchObject({
      ok: true,
      value: {
        draft: {
          kind: 'action',
          title: tab.title,
          source: { url: 'https://supplier.example.com/notices/2026-14', pageTitle: tab.title },
        },
      },
    });
  });

  it('opens the popup when the click came from outside a tab', async () => {
    const background = await joinedCaptureBackground();
    const info = { menuItemId: 'capture-decision', selectionText: selection, pageUrl: tab.url };

    expect(await background.flow.onCaptureMenuClick(info, { id: -1 })).toBe('popup');

    expect(background.calls).toEqual(['openPopup']);
    expect(await background.send('capture.start', { fromPopup: true })).toMatchObject({
      ok: true,
      value: { draft: { kind: 'decision', title: selection } },
    });
  });

  it('ignores menu items that are not captures', async () => {
    const background = await joinedCaptureBackground();

    expect(await background.flow.onCaptureMenuClick({ menuItemId: 'capture' }, tab)).toBe('ignored');
    expect(background.calls).toEqual([]);
  });
});
