import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtensionDir } from './support/extension-browser';

const manifest = JSON.parse(readFileSync(join(builtExtensionDir, 'manifest.json'), 'utf8'));

describe('the production manifest asks for the fewest permissions that work', () => {
  it('requests alarms, scripting, activeTab, contextMenus, notifications and sidePanel, and host access to Google Sheets and its CSV export only', () => {
    expect(manifest.manifest_version).toBe(3);
    // Capture reaches the current page through activeTab (granted by the shortcut or the menu), not a host permission.
    // sidePanel shows the workspace app beside the page; it grants no access to any site.
    // notifications: the reporting reminders (docs/architecture.md "Permission model"), switchable in the options page.
    expect(manifest.permissions).toEqual([
      'alarms',
      'scripting',
      'activeTab',
      'contextMenus',
      'notifications',
      'sidePanel',
    ]);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    // The background reads a tab's CSV export, which redirects to googleusercontent.com without CORS.
    expect(manifest.host_permissions).toEqual([
      'https://docs.google.com/spreadsheets/*',
      'https://*.googleusercontent.com/*',
    ]);
    // A self-hosted Jira is asked for at run time, one site at a time, from the options page.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('asks for no access to all sites (the e2e build adds the fixture origin; this one must not)', () => {
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
    for (const everything of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'http://127.0.0.1/*']) {
      expect(hosts).not.toContain(everything);
    }
  });

  it('declares the capture shortcut, Alt+Shift+R by default', () => {
    expect(manifest.commands['capture-risk']).toEqual({
      suggested_key: { default: 'Alt+Shift+R', mac: 'Alt+Shift+R' },
      description: '__MSG_commandCaptureRisk__',
    });
  });

  it('runs content scripts on Jira Cloud and Google Sheets only; the capture card is injected on demand', () => {
    const scripts: { matches: string[]; js: string[] }[] = manifest.content_scripts ?? [];
    const patterns = scripts.flatMap((script) => script.matches);
    expect(patterns.sort()).toEqual(['https://*.atlassian.net/*', 'https://docs.google.com/spreadsheets/*']);
    expect(scripts.flatMap((script) => script.js)).not.toContain('content-scripts/capture.js');
    // Built all the same: the background injects it with scripting.executeScript on the shortcut or menu.
    expect(existsSync(join(builtExtensionDir, 'content-scripts/capture.js'))).toBe(true);
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
      expect(messages.commandCaptureRisk.message).toBeTruthy();
    }
  });
});
