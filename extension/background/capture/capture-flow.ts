import type { CaptureContext, CaptureKind } from '../../../shared/capture/capture-draft';
import type { PmoDatabase } from '../../db/database';
import type { PendingCapture } from '../../db/settings';
import type { CaptureDeps } from './capture-deps';
import { captureKindOfMenuItem } from './capture-menus';
import { leaveCaptureForPopup } from './pending-captures';

/** The keyboard command of manifest `commands` (wxt.config.ts). */
export const captureCommand = 'capture-risk';

/** A tab as the browser passes it to command and menu listeners (url and title need activeTab or a host permission). */
export interface CaptureTab {
  id?: number;
  url?: string;
  title?: string;
}

/** What a context-menu click tells (contextMenus.OnClickData); `linkText` is Firefox's only. */
export interface CaptureMenuInfo {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
  linkText?: string;
  pageUrl?: string;
  frameUrl?: string;
}

/** Where the capture form opened: the card on the page, the popup, or the popup page in a tab; `ignored`: not a capture. */
export type CaptureOutcome = 'card' | 'popup' | 'tab' | 'ignored';

/** A tab id the scripting API can target (menus report -1 for clicks outside a tab). */
function targetTabId(tab: CaptureTab | undefined): number | undefined {
  return tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
}

/**
 * The shortcut and the context menu: each builds the capture's context, keeps it for the form, then
 * injects the card into the page (activeTab + scripting); where scripts cannot run, the popup opens
 * with the same form, else the popup page in a tab.
 */
export function createCaptureFlow(deps: { db: PmoDatabase; now: () => string }, capture: CaptureDeps) {
  async function openInPopup(pending: PendingCapture): Promise<CaptureOutcome> {
    await leaveCaptureForPopup(deps.db, pending);
    try {
      await capture.browser.openPopup();
      return 'popup';
    } catch {
      await capture.browser.openTab(capture.browser.popupPageUrl('?capture=1'));
      return 'tab';
    }
  }

  async function start(kind: CaptureKind, context: CaptureContext, tabId: number | undefined, canRun = true) {
    const pending: PendingCapture = { kind, context, at: deps.now(), ...(tabId === undefined ? {} : { tabId }) };
    if (tabId === undefined || !canRun) return openInPopup(pending);
    capture.pending.set(tabId, pending);
    try {
      await capture.browser.injectCard(tabId);
      return 'card';
    } catch {
      // chrome:// pages, the Web Store, the PDF viewer, or no activeTab grant: no card of ours
      // runs in that tab, so no script there may speak for one.
      capture.pending.forget(tabId);
      return openInPopup(pending);
    }
  }

  return {
    /** `commands.onCommand`: reads the selection from the page, then opens the card. */
    async onCaptureCommand(command: string, tab?: CaptureTab): Promise<CaptureOutcome> {
      if (command !== captureCommand) return 'ignored';
      const tabId = targetTabId(tab);
      const context = { url: tab?.url ?? '', pageTitle: tab?.title ?? '', selection: '' };
      if (tabId === undefined) return start('risk', context, undefined);
      try {
        const selection = await capture.browser.readSelection(tabId);
        return start('risk', { ...context, selection }, tabId);
      } catch {
        // A page that refuses scripts refuses the card too.
        return start('risk', context, tabId, false);
      }
    },

    /** `contextMenus.onClicked`: the browser tells the selection and the link. */
    async onCaptureMenuClick(info: CaptureMenuInfo, tab?: CaptureTab): Promise<CaptureOutcome> {
      const kind = captureKindOfMenuItem(info.menuItemId);
      if (!kind) return 'ignored';
      const context: CaptureContext = {
        url: info.pageUrl ?? tab?.url ?? info.frameUrl ?? '',
        pageTitle: tab?.title ?? '',
        selection: info.selectionText ?? '',
        ...(info.linkUrl ? { linkUrl: info.linkUrl } : {}),
        ...(info.linkText ? { linkText: info.linkText } : {}),
      };
      return start(kind, context, targetTabId(tab));
    },
  };
}

export type CaptureFlow = ReturnType<typeof createCaptureFlow>;
