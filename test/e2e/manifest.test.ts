import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtensionDir } from './support/extension-browser';

const manifest = JSON.parse(readFileSync(join(builtExtensionDir, 'manifest.json'), 'utf8'));

describe('the production manifest asks for the fewest permissions that work', () => {
  it('requests alarms and scripting, and no host access at install', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['alarms', 'scripting']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // A self-hosted Jira is asked for at run time, one site at a time, from the options page.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('runs a content script on Jira Cloud only', () => {
    const patterns = (manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches);
    expect(patterns).toEqual(['https://*.atlassian.net/*']);
  });

  it('is localised in English and French', () => {
    expect(manifest.default_locale).toBe('en');
    for (const locale of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(join(builtExtensionDir, '_locales', locale, 'messages.json'), 'utf8'));
      expect(messages.extName.message).toBeTruthy();
    }
  });
});
