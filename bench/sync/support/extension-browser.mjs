// Builds the extension from a source copy and launches Chromium with it, as a user would have it
// (same flags as test/e2e/support/extension-browser.ts, see docs/toolchain.md "Chromium flags").
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../support/launch-chromium.mjs';
import { onInterrupt } from './interrupts.mjs';

/** Runs `wxt build` in the source copy; answers the unpacked extension's folder and the build time. */
export function buildExtension(sourcesDir) {
  const started = performance.now();
  execFileSync(join(sourcesDir, 'node_modules/.bin/wxt'), ['build'], {
    cwd: sourcesDir,
    stdio: 'pipe',
    timeout: 180_000,
  });
  const dir = join(sourcesDir, '.output/chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`wxt build wrote no manifest in ${dir}`);
  return { dir, ms: performance.now() - started };
}

/** A fresh Chromium profile with the extension loaded; `close()` also deletes the profile. */
export async function launchExtensionBrowser(extensionDir) {
  const {
    context,
    removeProfile: remove,
    profileDir,
  } = await launchChromium({
    extensionDir,
    profilePrefix: 'ipmo-bench-profile-',
  });
  const unhook = onInterrupt(remove);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    profileDir,
    extensionId,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async () => {
      unhook();
      await remove();
    },
  };
}
