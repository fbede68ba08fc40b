import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const screenshotDir = process.env.E2E_SCREENSHOT_DIR;

interface TargetMessage {
  id?: number;
  result?: { data: string };
  error?: { message: string };
}

/**
 * With E2E_SCREENSHOT_DIR set, keeps a picture of the toolbar popup that `action.openPopup()`
 * opened. Playwright does not attach to that popup, so this goes through the browser's DevTools
 * protocol: attach to the popup's target and ask it for a screenshot.
 */
export async function screenshotActionPopup(context: BrowserContext, name: string): Promise<void> {
  const browser = context.browser();
  if (!screenshotDir || !browser) return;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const popup = targetInfos.find((target) => target.type === 'page' && /\/popup\.html$/.test(target.url));
    if (!popup) throw new Error('No toolbar popup is open');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
    const answered = new Promise<TargetMessage>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message) as TargetMessage;
        if (message.id === 1) resolve(message);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Page.captureScreenshot', params: { format: 'png' } }),
    });
    const answer = await answered;
    if (!answer.result) throw new Error(`The popup gave no screenshot: ${answer.error?.message}`);
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(join(screenshotDir, `${name}.png`), Buffer.from(answer.result.data, 'base64'));
  } finally {
    await cdp.detach();
  }
}
