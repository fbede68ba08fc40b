// Chromium as the benches launch it: a fresh profile, the flags of docs/toolchain.md "Chromium flags" (the same as
// test/e2e/support/extension-browser.ts), optionally the unpacked extension and extra flags.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Answers the browser context, its profile folder and `removeProfile()`, which closes it and deletes the profile. */
export async function launchChromium({ extensionDir = null, extraArgs = [], profilePrefix = 'ipmo-bench-' } = {}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  const profileDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=en-US',
      ...extraArgs,
    ],
  });
  const removeProfile = async () => {
    await context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
  };
  return { context, removeProfile, profileDir };
}
