import { browser } from 'wxt/browser';
import type { JiraHandlerDeps } from './jira-handlers';

/** The reader's language for the RAG reason, as the extension's own texts use it. */
export function readUiLanguage(): 'en' | 'fr' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

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
};
