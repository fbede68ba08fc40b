import { browser } from 'wxt/browser';

// The browser reads an extension's messages (every UI text, 200 kB per language) the first time a new
// extension process asks for one: 15–20 ms on this machine, before the popup's first paint when no
// other extension page is open (bench/popup, cold). The texts a popup's first paint used are kept in
// the page's storage, and the next popup's first paint reads them from there; anything else asks the
// browser. The copy belongs to one version of the extension and one UI language.

const copyKey = 'interim-pmo.first-paint-messages';

interface MessageCopy {
  version: string;
  language: string;
  messages: Record<string, string>;
}

/** getMessage with any message name: the typed one only knows the browser's own (`@@ui_locale`…). */
type GetMessage = (name: string, substitutions?: string | string[]) => string;

/** One call's key: the message's name and its substitutions, as getMessage receives them. */
function callKey(name: string, substitutions: unknown): string {
  return substitutions === undefined ? name : `${name}\u0000${JSON.stringify(substitutions)}`;
}

function copyOwner(): Omit<MessageCopy, 'messages'> | null {
  try {
    return { version: browser.runtime.getManifest().version, language: browser.i18n.getUILanguage() };
  } catch {
    return null;
  }
}

function readCopy(owner: Omit<MessageCopy, 'messages'>): Record<string, string> {
  try {
    const copy = JSON.parse(localStorage.getItem(copyKey) ?? 'null') as MessageCopy | null;
    if (copy?.version !== owner.version || copy.language !== owner.language) return {};
    return typeof copy.messages === 'object' && copy.messages !== null ? copy.messages : {};
  } catch {
    return {};
  }
}

/**
 * Until `keep` is called, answers getMessage from the last popup's copy where it has the call, and
 * notes every call. `keep` (after the first frame) puts the browser's own getMessage back, checks
 * each noted text against it and keeps them for the next popup. A text that changed (a new build
 * with the same version) is right from the next render on, which the live rows bring.
 */
export function serveFirstPaintMessages(): { keep(): void } {
  const i18nApi = browser.i18n;
  const browserGetMessage = i18nApi.getMessage;
  const getMessage = browserGetMessage.bind(i18nApi) as GetMessage;
  const owner = copyOwner();
  // Without a version or a language to tie the copy to, the popup asks the browser as usual.
  if (!owner) return { keep() {} };
  const copy = readCopy(owner);
  const used = new Map<string, [name: string, substitutions: string | string[] | undefined]>();
  const servedFromCopy: GetMessage = (name, substitutions) => {
    const key = callKey(name, substitutions);
    used.set(key, [name, substitutions]);
    return copy[key] ?? getMessage(name, substitutions);
  };
  try {
    i18nApi.getMessage = servedFromCopy as typeof browserGetMessage;
  } catch {
    // A browser whose API object cannot be written to: it answers every call itself.
  }
  return {
    keep() {
      if (i18nApi.getMessage !== servedFromCopy) return;
      i18nApi.getMessage = browserGetMessage;
      const messages: Record<string, string> = {};
      for (const [key, [name, substitutions]] of used) messages[key] = getMessage(name, substitutions);
      try {
        localStorage.setItem(copyKey, JSON.stringify({ ...owner, messages } satisfies MessageCopy));
      } catch {
        // Storage refused: the next popup asks the browser, as it would without a copy.
      }
    },
  };
}
