import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// fake-browser leaves i18n unimplemented (getMessage throws), so serve the real English
// messages the build ships: tests then assert the text a person reads.
const messages = generateChromeMessages(await parseMessagesFile(resolve(__dirname, '../../extension/locales/en.yml')));

/** Chrome's getMessage: `$1`…`$9` take the substitutions, `$$` is a dollar sign. */
function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages[name]?.message;
  if (message === undefined) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, token: string) =>
    token === '$' ? '$' : (values[Number(token) - 1] ?? ''),
  );
}

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en-US';
