import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtensionDir } from './support/extension-browser';

const manifest = JSON.parse(readFileSync(join(builtExtensionDir, 'manifest.json'), 'utf8'));

describe('the production manifest asks for the fewest permissions that work', () => {
  it('requests alarms and scripting, and host access to Google Sheets and its CSV export only', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['alarms', 'scripting']);
    // The background reads a tab's CSV export, which redirects to googleusercontent.com without CORS.
    expect(manifest.host_permissions).toEqual([
      'https://docs.google.com/spreadsheets/*',
      'https://*.googleusercontent.com/*',
    ]);
    // A self-hosted Jira is asked for at run time, one site at a time, from the options page.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('runs content scripts on Jira Cloud and Google Sheets only', () => {
    const patterns = (manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches);
    expect(patterns.sort()).toEqual(['https://*.atlassian.net/*', 'https://docs.google.com/spreadsheets/*']);
  });

  it('has no OAuth client and no identity permission in a build without WXT_GOOGLE_OAUTH_CLIENT_ID', () => {
    expect(manifest.oauth2).toBeUndefined();
    expect(manifest.optional_permissions ?? []).not.toContain('identity');
    expect(manifest.permissions).not.toContain('identity');
  });

  it('is localised in English and French', () => {
    expect(manifest.default_locale).toBe('en');
    for (const locale of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(join(builtExtensionDir, '_locales', locale, 'messages.json'), 'utf8'));
      expect(messages.extName.message).toBeTruthy();
    }
  });
});
