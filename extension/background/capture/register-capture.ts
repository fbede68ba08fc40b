import { browser } from 'wxt/browser';
import type { CaptureFlow } from './capture-flow';
import { type CaptureMenuApi, installCaptureMenus } from './capture-menus';
import type { PendingCaptures } from './pending-captures';

const browserMenus: CaptureMenuApi = {
  // create() reports a failure through runtime.lastError in its callback, not through a promise.
  create: (item) =>
    new Promise((resolve, reject) => {
      browser.contextMenus.create(item, () => {
        const error = browser.runtime.lastError;
        if (error) reject(new Error(error.message));
        else resolve();
      });
    }),
  remove: async (id) => {
    await browser.contextMenus.remove(id);
  },
};

let menusInstalled: Promise<void> = Promise.resolve();

/** One installation at a time: two interleaved would create the same ids twice. */
function reinstallMenus(): void {
  menusInstalled = menusInstalled.then(() => installCaptureMenus(browserMenus)).catch(logFailure);
}

function logFailure(error: unknown): void {
  console.error('Interim PMO capture:', error);
}

/**
 * Wires the capture into the background: the context menu (on install and on browser start), the
 * shortcut, the menu clicks, and forgetting a closed tab's pending capture. Listeners are added
 * synchronously so the event that woke the worker is not missed.
 */
export function registerCapture(flow: CaptureFlow, pending: PendingCaptures): void {
  browser.runtime.onInstalled.addListener(reinstallMenus);
  browser.runtime.onStartup.addListener(reinstallMenus);
  browser.commands.onCommand.addListener((command, tab) => {
    flow.onCaptureCommand(command, tab).catch(logFailure);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    flow.onCaptureMenuClick(info, tab).catch(logFailure);
  });
  browser.tabs.onRemoved.addListener((tabId) => pending.forget(tabId));
  // Headless Chromium binds no shortcut and grants no activeTab: the e2e tests call the handlers as Chromium would.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, {
      interimPmoCapture: { onCaptureCommand: flow.onCaptureCommand, onCaptureMenuClick: flow.onCaptureMenuClick },
    });
  }
}
