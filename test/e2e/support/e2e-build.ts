import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * Where `wxt build --mode e2e` writes: WXT names the output folder `<browser>-mv<n>-<mode>` for any
 * mode but production and development (see outDirTemplate in wxt's resolve-config).
 */
export const e2eExtensionDir = join(repoRoot, '.output/chrome-mv3-e2e');

/**
 * Builds the e2e variant of the extension (the fixture origin `http://127.0.0.1/*` in
 * host_permissions, the `globalThis.interimPmoCapture` hook in the background) and answers its
 * folder. Headless Chromium grants no activeTab, so tests of the capture need this build; the
 * production build in .output/chrome-mv3 stays untouched (manifest.test.ts asserts it).
 * E2E_CAPTURE_EXTENSION_DIR skips the build and answers that folder (a build made by hand).
 */
export function buildE2eExtension(): string {
  const prebuilt = process.env.E2E_CAPTURE_EXTENSION_DIR;
  if (prebuilt) return resolve(repoRoot, prebuilt);
  execFileSync(join(repoRoot, 'node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], {
    cwd: repoRoot,
    stdio: 'pipe',
    timeout: 180_000,
  });
  if (!existsSync(join(e2eExtensionDir, 'manifest.json'))) {
    throw new Error(`wxt build --mode e2e wrote no manifest in ${e2eExtensionDir}`);
  }
  return e2eExtensionDir;
}
