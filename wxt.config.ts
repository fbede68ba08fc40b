import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Self-hosted Jira (Data Center on its own domain): the options page asks for the one site the user
 * enters, at run time, then registers the Jira content script there (extension/jira/self-hosted.ts).
 * Nothing is granted at install: Jira Cloud stays the content script's only fixed match.
 */
const selfHostedJiraOrigins = ['https://*/*', 'http://*/*'];

/**
 * The background reads a tab's CSV export on docs.google.com, which redirects to
 * *.googleusercontent.com without CORS headers: both need host permissions.
 */
const sheetsHosts = ['https://docs.google.com/spreadsheets/*', 'https://*.googleusercontent.com/*'];

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
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: '0.1.0',
    // The Worker answers CORS, so reaching it needs no host permission. `scripting` registers the
    // Jira content script on self-hosted sites once the user grants one.
    permissions: ['alarms', 'scripting'],
    // WXT moves host_permissions into permissions for Manifest V2 (Firefox).
    host_permissions: sheetsHosts,
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
