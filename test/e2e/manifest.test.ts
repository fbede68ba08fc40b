import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtensionDir } from './support/extension-browser';

const manifest = JSON.parse(readFileSync(join(builtExtensionDir, 'manifest.json'), 'utf8'));

describe('the production manifest asks for the fewest permissions that work', () => {
  it('requests only alarms and no host access', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['alarms']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('runs no content script on every page', () => {
    const patterns = (manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches);
    expect(patterns.filter((pattern: string) => pattern === '<all_urls>' || pattern.startsWith('*://*/'))).toEqual([]);
  });

  it('is localised in English and French', () => {
    expect(manifest.default_locale).toBe('en');
    for (const locale of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(join(builtExtensionDir, '_locales', locale, 'messages.json'), 'utf8'));
      expect(messages.extName.message).toBeTruthy();
    }
  });
});
