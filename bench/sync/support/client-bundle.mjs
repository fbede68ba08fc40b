// Bundles the extension's own pull-page code (apply-pull-page.ts, the Dexie schema, the pull
// response schema) from the source copy into one script an extension page can evaluate, so the
// bench times the client's real code on the real pages, page by page, without the network.
import { build } from 'esbuild';

const entry = `
import Dexie from 'dexie';
import { PmoDatabase } from './extension/db/database';
import { applyPullPage } from './extension/background/sync/apply-pull-page';
import { PullResponseSchema } from './shared/sync/protocol';
globalThis.__syncBench = { Dexie, PmoDatabase, applyPullPage, PullResponseSchema };
`;

/** Answers the script's text; evaluating it sets `globalThis.__syncBench`. */
export async function bundleClientCode(sourcesDir) {
  const result = await build({
    stdin: { contents: entry, resolveDir: sourcesDir, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    // The extension's CSP forbids eval, so zod runs jitless there. Here zod's eval probe would pass
    // under DevTools' Runtime.evaluate and its compiled parsers then fail inside the page; set
    // jitless before any schema is built (zod reads this global config when it loads).
    banner: { js: '(globalThis.__zod_globalConfig ??= {}).jitless = true;' },
    // These files only need i18n for error texts; the bench never shows one.
    plugins: [
      {
        name: 'stub-wxt-i18n',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /^#i18n$/ }, () => ({ path: 'i18n', namespace: 'stub' }));
          pluginBuild.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents: 'export const i18n = { t: (key) => key };',
            loader: 'js',
          }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}
