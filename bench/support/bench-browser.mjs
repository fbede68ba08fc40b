// What every browser bench starts with (bench/popup, bench/workspace, bench/dashboard): a copy of
// the sources (bench/sync/support/source-snapshot.mjs) so an edit elsewhere neither restarts the
// Worker nor changes the build, the production build made there (or EXTENSION_DIR, a build made by
// hand), a local Worker, and Chromium with the extension loaded in a throwaway profile.
import { resolve } from 'node:path';
import { startBenchWorker } from '../sync/support/bench-worker.mjs';
import { buildExtension } from '../sync/support/extension-browser.mjs';
import { onInterrupt } from '../sync/support/interrupts.mjs';
import { snapshotSources } from '../sync/support/source-snapshot.mjs';
import { ms } from '../sync/support/stats.mjs';
import { launchChromium } from './launch-chromium.mjs';

function resolveExtensionDir(sources) {
  if (process.env.EXTENSION_DIR)
    return { dir: resolve(process.env.EXTENSION_DIR), description: `extension: ${process.env.EXTENSION_DIR}` };
  const built = buildExtension(sources.dir);
  return { dir: built.dir, description: `wxt build of ${sources.description} in ${ms(built.ms)}` };
}

/**
 * Runs `body({ worker, context, extensionId, extensionDir })` with the Worker and the browser up, and removes the
 * profile, the Worker and the copy afterwards, also when the bench fails or is interrupted.
 */
export async function runWithBenchBrowser(profilePrefix, body) {
  const sources = snapshotSources();
  let worker;
  let removeProfile;
  let unhookBrowser;
  try {
    const extension = resolveExtensionDir(sources);
    console.log(extension.description);
    worker = await startBenchWorker({ sources });
    const launched = await launchChromium({ extensionDir: extension.dir, profilePrefix });
    const { context } = launched;
    removeProfile = launched.removeProfile;
    unhookBrowser = onInterrupt(removeProfile);
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return await body({ worker, context, extensionId, extensionDir: extension.dir });
  } finally {
    unhookBrowser?.();
    await removeProfile?.();
    await worker?.stop();
    sources.remove();
  }
}
