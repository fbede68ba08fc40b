import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';

const localeFile = (locale: string) => resolve(__dirname, `../../extension/locales/${locale}.yml`);

describe('i18n', () => {
  it('serves the English messages through #i18n, with substitutions and plurals', () => {
    expect(i18n.t('sync.synced')).toBe('Synced');
    expect(i18n.t('sync.pending', 1)).toBe('1 edit pending');
    expect(i18n.t('sync.pending', 3)).toBe('3 edits pending');
    expect(i18n.t('errors.unreachable', ['https://pmo.example.com'])).toContain(
      'Could not reach https://pmo.example.com.',
    );
  });

  it('has every English message in French too, with the same substitutions', async () => {
    const english = await parseMessagesFile(localeFile('en'));
    const french = await parseMessagesFile(localeFile('fr'));
    const describe = (messages: typeof english) =>
      new Map(messages.map((message) => [message.key.join('.'), message.substitutions]));
    const frenchKeys = describe(french);
    for (const [key, substitutions] of describe(english)) {
      expect(frenchKeys.has(key), `fr.yml lacks ${key}`).toBe(true);
      expect(frenchKeys.get(key), `fr.yml ${key} substitutions`).toBe(substitutions);
    }
    expect([...frenchKeys.keys()].filter((key) => !describe(english).has(key))).toEqual([]);
  });
});
