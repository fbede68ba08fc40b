import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: '0.1.0',
    // The Worker answers CORS, so reaching it needs no host permission.
    permissions: ['alarms'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'interim-pmo@interim-pmo.dev', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
