import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveFirstPaintMessages } from '../../../../extension/pages/popup/first-paint-messages';
import { serveLocale } from '../../serve-locale';

const copyKey = 'interim-pmo.first-paint-messages';
let browserGetMessage: typeof fakeBrowser.i18n.getMessage;

/** The browser's getMessage, counted: each call is one the popup did not answer from its copy. */
function countBrowserCalls() {
  const spy = vi.fn(browserGetMessage);
  fakeBrowser.i18n.getMessage = spy as typeof fakeBrowser.i18n.getMessage;
  return spy;
}

/** What the first paint of one popup asks for, as the components ask it. */
function paintLabels() {
  return [
    fakeBrowser.i18n.getMessage('popup_syncNow' as never),
    fakeBrowser.i18n.getMessage('popup_riskRating' as never, ['4', '5']),
  ];
}

beforeEach(async () => {
  localStorage.clear();
  await serveLocale('en');
  browserGetMessage = fakeBrowser.i18n.getMessage;
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Interim PMO', version: '1.4.0' });
});

afterEach(async () => {
  localStorage.clear();
  await serveLocale('en');
});

describe('serveFirstPaintMessages', () => {
  it('asks the browser the first time and keeps what the first paint used', () => {
    const calls = countBrowserCalls();
    const messages = serveFirstPaintMessages();
    expect(paintLabels()).toEqual(['Sync now', 'P4 × I5']);
    expect(calls).toHaveBeenCalledTimes(2);
    messages.keep();
    const kept = JSON.parse(localStorage.getItem(copyKey) ?? 'null');
    expect(kept).toMatchObject({ version: '1.4.0', language: 'en-US' });
    expect(Object.values(kept.messages)).toEqual(['Sync now', 'P4 × I5']);
  });

  it('answers the next first paint from that copy without asking the browser', () => {
    serveFirstPaintMessages().keep();
    const first = serveFirstPaintMessages();
    paintLabels();
    first.keep();

    const calls = countBrowserCalls();
    const next = serveFirstPaintMessages();
    expect(paintLabels()).toEqual(['Sync now', 'P4 × I5']);
    expect(calls).not.toHaveBeenCalled();
    // Other substitutions are another call: the browser answers it.
    expect(fakeBrowser.i18n.getMessage('popup_riskRating' as never, ['1', '2'])).toBe('P1 × I2');
    expect(calls).toHaveBeenCalledTimes(1);
    next.keep();
  });

  it('gives the browser its own getMessage back once kept', () => {
    const messages = serveFirstPaintMessages();
    expect(fakeBrowser.i18n.getMessage).not.toBe(browserGetMessage);
    messages.keep();
    expect(fakeBrowser.i18n.getMessage).toBe(browserGetMessage);
  });

  it('does not use a copy from another version or another language', async () => {
    const first = serveFirstPaintMessages();
    paintLabels();
    first.keep();

    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Interim PMO', version: '1.5.0' });
    let calls = countBrowserCalls();
    serveFirstPaintMessages().keep();
    const afterUpdate = serveFirstPaintMessages();
    paintLabels();
    expect(calls).toHaveBeenCalledTimes(2);
    afterUpdate.keep();

    await serveLocale('fr');
    browserGetMessage = fakeBrowser.i18n.getMessage;
    calls = countBrowserCalls();
    const inFrench = serveFirstPaintMessages();
    expect(paintLabels()[0]).toBe('Synchroniser maintenant');
    expect(calls).toHaveBeenCalledTimes(2);
    inFrench.keep();
  });

  it("keeps the browser's text when the copy's is out of date", () => {
    localStorage.setItem(
      copyKey,
      JSON.stringify({ version: '1.4.0', language: 'en-US', messages: { popup_syncNow: 'Sync (old build)' } }),
    );
    const messages = serveFirstPaintMessages();
    expect(paintLabels()[0]).toBe('Sync (old build)');
    messages.keep();
    expect(JSON.parse(localStorage.getItem(copyKey) ?? 'null').messages.popup_syncNow).toBe('Sync now');
  });

  it('answers from the browser when the copy cannot be read', () => {
    localStorage.setItem(copyKey, '{not json');
    const calls = countBrowserCalls();
    const messages = serveFirstPaintMessages();
    expect(paintLabels()).toEqual(['Sync now', 'P4 × I5']);
    expect(calls).toHaveBeenCalledTimes(2);
    messages.keep();
  });
});
