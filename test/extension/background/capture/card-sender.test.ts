import { describe, expect, it } from 'vitest';
import { listRecords } from '../../../../extension/db/read-records';
import { contentScript, jiraPage } from '../../senders';
import { joinedCaptureBackground } from './capture-background';

const article = {
  id: 12,
  url: 'https://news.example.com/2026/03/supplier-delays',
  title: 'Supplier delays – Payments Weekly',
};

type Background = Awaited<ReturnType<typeof joinedCaptureBackground>>;

function risksOf(background: Background) {
  return listRecords(background.db, background.workspaceId, 'risk');
}

const riskFrom = (background: Background, url = article.url) => ({
  kind: 'risk',
  projectId: background.payId,
  title: 'Supplier delay',
  fields: {},
  source: { url },
});

describe('the capture card speaks only for its own tab', () => {
  it('saves the capture pending for its tab once; another tab, or a second save, is refused', async () => {
    const background = await joinedCaptureBackground({ selection: 'supplier delay' });
    await background.flow.onCaptureCommand('capture-risk', article);

    // Tab 13 has no card: a script of ours there (the Jira one, say) may not capture.
    expect(await background.send('capture.save', riskFrom(background), contentScript(jiraPage, 13))).toMatchObject({
      ok: false,
      error: { code: 'sender_not_allowed' },
    });
    expect(await background.sendFromTab(12, 'capture.save', riskFrom(background))).toMatchObject({ ok: true });
    expect(await background.sendFromTab(12, 'capture.save', riskFrom(background))).toMatchObject({
      ok: false,
      error: { code: 'sender_not_allowed', message: expect.stringContaining('capture.save') },
    });

    expect(await risksOf(background)).toHaveLength(1);
  });

  it('keeps the source the background recorded for the tab, whatever the card claims', async () => {
    const background = await joinedCaptureBackground({ selection: 'supplier delay' });
    await background.flow.onCaptureCommand('capture-risk', article);

    const claimed = riskFrom(background, 'https://elsewhere.example.com/forged');
    expect(await background.sendFromTab(12, 'capture.save', claimed)).toMatchObject({ ok: true });

    expect(await risksOf(background)).toEqual([
      expect.objectContaining({
        source: { url: article.url, pageTitle: article.title, quote: 'supplier delay' },
      }),
    ]);
  });

  it('may not take the capture left for the popup, which holds another page', async () => {
    const background = await joinedCaptureBackground();
    // No tab (a browser page): the capture waits for the popup; then a card opens on tab 12.
    await background.flow.onCaptureCommand('capture-risk', undefined);
    await background.flow.onCaptureCommand('capture-risk', article);

    expect(await background.sendFromTab(12, 'capture.start', { fromPopup: true })).toMatchObject({
      ok: false,
      error: { code: 'sender_not_allowed' },
    });
    expect(await background.send('capture.start', { fromPopup: true })).toMatchObject({ ok: true });
  });

  it('undoes only what its own tab saved', async () => {
    const background = await joinedCaptureBackground();
    await background.flow.onCaptureCommand('capture-risk', article);
    const fromPopup = await background.send('capture.save', riskFrom(background));
    const fromCard = await background.sendFromTab(12, 'capture.save', riskFrom(background));
    if (!fromPopup.ok || !fromCard.ok) throw new Error('not saved');

    expect(await background.sendFromTab(12, 'capture.undo', fromPopup.value)).toMatchObject({
      ok: false,
      error: { code: 'sender_not_allowed' },
    });
    expect(await background.sendFromTab(12, 'capture.undo', fromCard.value)).toEqual({ ok: true, value: null });

    expect((await risksOf(background)).map((risk) => risk.id)).toEqual([fromPopup.value.id]);
  });

  it('speaks for nothing in a tab where the card could not be injected', async () => {
    const background = await joinedCaptureBackground({ refuses: ['injectCard'] });
    await background.flow.onCaptureCommand('capture-risk', article);

    expect(await background.sendFromTab(12, 'capture.start', {})).toMatchObject({
      ok: false,
      error: { code: 'sender_not_allowed' },
    });
  });
});
