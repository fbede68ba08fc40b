// Builds the extension from a source copy and launches Chromium with it, as a user would have it
// (same flags as test/e2e/support/extension-browser.ts, see TOOLCHAIN.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { onInterrupt } from './interrupts.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'ipmo-bench-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=en-US',
    ],
  });
  const remove = async () => {
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  };
  const unhook = onInterrupt(remove);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
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
