// Chromium with the built extension (or none: extensionDir null) and the fixture Jira's host rules
// (flags as in docs/toolchain.md "Chromium flags").
import { launchChromium } from '../../support/launch-chromium.mjs';

export async function launchBrowser(extensionDir, extraArgs) {
  const { context, removeProfile } = await launchChromium({
    extensionDir,
    extraArgs,
    profilePrefix: 'ipmo-bench-overlay-',
  });
  if (extensionDir && context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return {
    context,
    close: removeProfile,
  };
}
