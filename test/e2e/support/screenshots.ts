import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Set E2E_SCREENSHOT_DIR to keep pictures of the states a person sees. */
const screenshotDir = process.env.E2E_SCREENSHOT_DIR;

export async function takeScreenshot(page: Page, name: string): Promise<void> {
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** The same state at 400 and 1280 px, light and dark; leaves the page at 1280 px, light. */
export async function takeScreenshots(page: Page, name: string): Promise<void> {
  if (!screenshotDir) return;
  for (const width of [400, 1280])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await takeScreenshot(page, `${name}-${width}-${colorScheme}`);
    }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}
