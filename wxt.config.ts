import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { inlinePageStyles } from './extension/build/inline-page-styles';

/**
 * Self-hosted Jira (Data Center on its own domain): the options page asks for the one site the user
 * enters, at run time, then registers the Jira content script there (extension/permissions/self-hosted.ts).
 * Nothing is granted at install: Jira Cloud stays the content script's only fixed match.
 */
const selfHostedJiraOrigins = ['https://*/*', 'http://*/*'];

/**
 * The background reads a tab's CSV export on docs.google.com, which redirects to
 * *.googleusercontent.com without CORS headers: both need host permissions.
 */
const sheetsHosts = ['https://docs.google.com/spreadsheets/*', 'https://*.googleusercontent.com/*'];

/**
 * The e2e build (`wxt build --mode e2e`, into .output/chrome-mv3-e2e) may script the fixture article
 * served on 127.0.0.1 (match patterns ignore the port): headless Chromium grants `activeTab` only on a
 * real shortcut or menu click, which tests cannot make. Production builds keep `activeTab` alone.
 */
const e2eFixtureHosts = ['http://127.0.0.1/*'];

/**
 * Writing back to Google Sheets needs an OAuth client id registered for this extension's id;
 * builds without `WXT_GOOGLE_OAUTH_CLIENT_ID` (env or .env file) ship no `oauth2` and no identity
 * permission, and the import page offers the CSV download and the TSV copy instead.
 */
function sheetsOAuth(): Record<string, unknown> {
  const clientId = process.env.WXT_GOOGLE_OAUTH_CLIENT_ID;
  if (!clientId) return {};
  return {
    oauth2: { client_id: clientId, scopes: ['https://www.googleapis.com/auth/spreadsheets'] },
    optional_permissions: ['identity'],
  };
}

export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact(), inlinePageStyles()] }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: '0.1.0',
    // The Worker answers CORS, so reaching it needs no host permission. `scripting` registers the
    // Jira content script on self-hosted sites once the user grants one, and injects the capture card
    // into the page the shortcut or the context menu was used on, which `activeTab` grants then only.
    // `notifications`: a PM is told once a day when a status report is due; switchable in the options page.
    permissions: ['alarms', 'scripting', 'activeTab', 'contextMenus', 'notifications'],
    // WXT moves host_permissions into permissions for Manifest V2 (Firefox).
    host_permissions: mode === 'e2e' ? [...sheetsHosts, ...e2eFixtureHosts] : sheetsHosts,
    commands: {
      'capture-risk': {
        suggested_key: { default: 'Alt+Shift+R', mac: 'Alt+Shift+R' },
        description: '__MSG_commandCaptureRisk__',
      },
    },
    ...(manifestVersion === 3
      ? { optional_host_permissions: selfHostedJiraOrigins, ...(browser === 'firefox' ? {} : sheetsOAuth()) }
      : { optional_permissions: selfHostedJiraOrigins }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'interim-pmo@interim-pmo.dev', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
