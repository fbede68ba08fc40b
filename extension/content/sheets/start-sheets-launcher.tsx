import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type BackgroundClient, extensionBackgroundClient } from '../../ui/background-client';
import { createShadowSlot } from '../common/create-shadow-slot';
import { watchLocation } from '../common/location-signal';
import baseCss from '../common/overlay-base.css?inline';
import { SheetsLauncher } from './SheetsLauncher';
import { readSheetPage, sheetTitleOf } from './sheet-page';
import launcherCss from './sheets-launcher.css?inline';

export interface SheetsLauncherOptions {
  background?: BackgroundClient;
  readUrl?: () => string;
  readTitle?: () => string;
}

/**
 * The Sheets launcher: one floating button in a shadow root on editor pages, following the tab
 * shown (`#gid=`) through hashchange and WXT's location signal. The grid is a canvas, so there is
 * nothing to anchor to and no page observer: the URL says all we need.
 */
export function startSheetsLauncher(ctx: ContentScriptContext, options: SheetsLauncherOptions = {}): void {
  const {
    background = extensionBackgroundClient,
    readUrl = () => location.href,
    readTitle = () => sheetTitleOf(document.title),
  } = options;
  const slot = createShadowSlot(ctx, 'interim-pmo-sheets', `${baseCss}\n${launcherCss}`);

  const show = (url: string) => {
    const page = readSheetPage(url);
    if (!page) {
      slot.remove();
      return;
    }
    slot.render(<SheetsLauncher key={page.spreadsheetId} page={page} background={background} readTitle={readTitle} />);
    if (!slot.isPlaced) slot.place({ anchor: document.body, position: 'append' });
    document.documentElement.dataset.interimPmoSheets = 'ready';
  };

  watchLocation({
    onChange: show,
    signal: ctx.signal,
    readUrl,
    listenToWxt: (handler) => ctx.addEventListener(window, 'wxt:locationchange', handler),
  });
  show(readUrl());
}
