import { browser } from 'wxt/browser';
import { readUiLanguage } from '../../messaging/ui-language';
import type { JiraHandlerDeps } from './jira-handlers';

/**
 * Opens the toolbar popup; where the browser refuses (no focused window, an old Chrome, Firefox
 * without `action`), opens the popup page in a tab instead.
 */
async function openPopup(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

export const browserJiraDeps: JiraHandlerDeps = {
  openPopup,
  language: readUiLanguage,
  fetchJira: (input, init) => fetch(input, init),
  // Match patterns carry no port (extension/permissions/self-hosted-origin.ts): ask for the host's.
  isGrantedSite: async (origin) => {
    if (!URL.canParse(origin)) return false;
    const { protocol, hostname } = new URL(origin);
    return browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] }).catch(() => false);
  },
};
