import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const builtExtensionDir = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/** Fails loudly with what to run: an e2e suite that silently skips proves nothing. */
export function assertBrowserAndBuildPresent(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (!existsSync(join(builtExtensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${builtExtensionDir}. Run: npx wxt build`);
  }
}

/** One Chromium profile with the built extension loaded, as a user would have it. */
export class ExtensionBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly profileDir: string,
  ) {}

  static async launch(extensionDir = builtExtensionDir): Promise<ExtensionBrowser> {
    assertBrowserAndBuildPresent();
    const profileDir = mkdtempSync(join(tmpdir(), 'ipmo-e2e-profile-'));
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
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    // E2E_DEBUG=1 prints what the background logs, the first place to look when a sync test fails.
    if (process.env.E2E_DEBUG) worker.on('console', (message) => console.log(`[background] ${message.text()}`));
    return new ExtensionBrowser(context, extensionId, profileDir);
  }

  async openPage(path: 'options.html' | 'popup.html'): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/${path}`);
    return page;
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
