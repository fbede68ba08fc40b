import { browser } from 'wxt/browser';
import type { Language } from '../../shared/i18n/format-message';

/**
 * The language shared/ messages (RAG reasons, health findings, refusals) are written in for this
 * browser: French when the browser speaks French, else English, as the extension's own texts follow.
 */
export function readUiLanguage(): Language {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
