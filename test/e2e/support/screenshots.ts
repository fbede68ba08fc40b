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
