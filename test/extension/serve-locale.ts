import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Locale = 'en' | 'fr';

const loaded = new Map<Locale, Record<string, { message: string }>>();

async function loadMessages(locale: Locale) {
  let messages = loaded.get(locale);
  if (!messages) {
    const file = resolve(import.meta.dirname, `../../extension/locales/${locale}.yml`);
    messages = generateChromeMessages(await parseMessagesFile(file));
    loaded.set(locale, messages);
  }
  return messages;
}

/**
 * Serves a locale's real messages through the fake browser (fake-browser leaves i18n unimplemented),
 * so tests assert the text a person reads. Chrome's getMessage: `$1`…`$9` take the substitutions,
 * `$$` is a dollar sign.
 */
export async function serveLocale(locale: Locale): Promise<void> {
  const messages = await loadMessages(locale);
  const getMessage = (name: string, substitutions?: string | string[]): string => {
    const message = messages[name]?.message;
    if (message === undefined) return '';
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return message.replace(/\$(\$|[1-9])/g, (_, token: string) =>
      token === '$' ? '$' : (values[Number(token) - 1] ?? ''),
    );
  };
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => (locale === 'fr' ? 'fr-FR' : 'en-US');
}
