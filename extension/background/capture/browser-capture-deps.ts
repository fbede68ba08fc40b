import { browser } from 'wxt/browser';
import { openWorkspaceTab } from '../workspace-app/open-workspace';
import type { CaptureBrowser } from './capture-deps';

/** Where WXT builds the capture card's content script (registration: 'runtime', not in the manifest). */
export const captureCardScript = '/content-scripts/capture.js';

export const browserCaptureDeps: CaptureBrowser = {
  async readSelection(tabId) {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => getSelection()?.toString() ?? '',
    });
    return typeof frame?.result === 'string' ? frame.result : '';
  },
  async injectCard(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: [captureCardScript] });
  },
  async openPopup() {
    await browser.action.openPopup();
  },
  async openTab(url) {
    await browser.tabs.create({ url });
  },
  popupPageUrl: (query = '') => `${browser.runtime.getURL('/popup.html')}${query}`,
  async openOptionsPage() {
    await browser.runtime.openOptionsPage();
  },
  openWorkspace: (route) => openWorkspaceTab(route),
};
