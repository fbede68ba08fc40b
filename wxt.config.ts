import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Self-hosted Jira (Data Center on its own domain): the options page asks for the one site the user
 * enters, at run time, then registers the Jira content script there (extension/jira/self-hosted.ts).
 * Nothing is granted at install: Jira Cloud stays the content script's only fixed match.
 */
const selfHostedJiraOrigins = ['https://*/*', 'http://*/*'];

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
    ...(manifestVersion === 3
      ? { optional_host_permissions: selfHostedJiraOrigins }
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
