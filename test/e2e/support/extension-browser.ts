import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** E2E_EXTENSION_DIR runs the suite against another build (e.g. `wxt build --mode x` while others use .output/chrome-mv3). */
export const builtExtensionDir = resolve(
  import.meta.dirname,
  '../../..',
  process.env.E2E_EXTENSION_DIR ?? '.output/chrome-mv3',
);

/** Fails loudly with what to run: an e2e suite that silently skips proves nothing. */
export function assertBrowserAndBuildPresent(extensionDir: string | null = builtExtensionDir): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (extensionDir !== null && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${extensionDir}. Run: npx wxt build`);
  }
}

export interface LaunchOptions {
  /** The unpacked extension to load (default: the production build); null for a browser without it. */
  extensionDir?: string | null;
  /** More Chromium flags, e.g. the Jira fixture's host-resolver rules. */
  extraArgs?: string[];
  /**
   * The browser's UI language, which `browser.i18n` and so every text of the extension follow
   * (default English). French needs the distribution's language packs (Debian `chromium-l10n`,
   * which .ci/run installs): on Linux Chromium reads its UI language from LANGUAGE / LANG, and
   * `--lang` alone is not enough.
   */
  language?: 'en' | 'fr';
}

/** The flag and environment that make Chromium speak `language`. */
const languageSettings = {
  en: { flag: '--lang=en-US', env: {} },
  fr: { flag: '--lang=fr', env: { LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' } },
} as const;

/** One Chromium profile with the built extension loaded, as a user would have it. */
export class ExtensionBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly profileDir: string,
  ) {}

  /** `launch(dir)` still works: a string is the extension directory. */
  static async launch(options: string | LaunchOptions = {}): Promise<ExtensionBrowser> {
    const {
      extensionDir = builtExtensionDir,
      extraArgs = [],
      language = 'en',
    } = typeof options === 'string' ? { extensionDir: options } : options;
    assertBrowserAndBuildPresent(extensionDir);
    const speaks = languageSettings[language];
    const profileDir = mkdtempSync(join(tmpdir(), 'ipmo-e2e-profile-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: false,
      // Playwright passes `env` as the whole environment: the language variables go on top of ours.
      ...(language === 'en' ? {} : { env: { ...process.env, ...speaks.env } }),
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        ...(extensionDir === null
          ? []
          : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        speaks.flag,
        ...extraArgs,
      ],
    });
    if (extensionDir === null) return new ExtensionBrowser(context, '', profileDir);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    // E2E_DEBUG=1 prints what the background logs, the first place to look when a sync test fails.
    if (process.env.E2E_DEBUG) worker.on('console', (message) => console.log(`[background] ${message.text()}`));
    return new ExtensionBrowser(context, extensionId, profileDir);
  }

  async openPage(path: `${string}.html${string}`): Promise<Page> {
    if (!this.extensionId) throw new Error('This browser was launched without the extension.');
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/${path}`);
    return page;
  }

  /**
   * Stops the extension's service worker as Chromium does when it idles out (DevTools' "Stop" in
   * Application › Service workers, through CDP), and waits until Chromium reports it stopped.
   */
  async stopServiceWorker(): Promise<void> {
    const page = await this.context.newPage();
    const cdp = await this.context.newCDPSession(page);
    const scriptPrefix = `chrome-extension://${this.extensionId}/`;
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (
          versions.some((version) => version.scriptURL.startsWith(scriptPrefix) && version.runningStatus === 'stopped')
        )
          resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([
      stopped,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the service worker did not stop')), 10_000)),
    ]);
    await cdp.detach();
    await page.close();
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
