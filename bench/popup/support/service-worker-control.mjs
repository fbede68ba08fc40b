// Stops and wakes the extension's service worker from the bench. In this Chromium (headless=new)
// `ServiceWorker.stopAllWorkers` on a page's CDP session stops it as DevTools' "Stop" does
// (test/e2e/sync-restart.test.ts uses the same); the persistent context has no browser-level CDP
// session (context.browser() is null). `ServiceWorker.enable` then reports every version's running
// status, which is how a stop or a wake is confirmed.
import { sleep } from '../../sync/support/stats.mjs';

const settleTimeoutMs = 10_000;

/** A helper tab with a CDP session; `stop()` / `start()` resolve once the worker reports that status. */
export async function createServiceWorkerControl(context, extensionId) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const scriptPrefix = `chrome-extension://${extensionId}/`;
  const statuses = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(scriptPrefix)) statuses.set(version.versionId, version.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const status = () =>
    [...statuses.values()].includes('running') ? 'running' : ([...statuses.values()].at(-1) ?? 'unknown');
  const waitFor = async (wanted) => {
    const started = performance.now();
    while (status() !== wanted) {
      if (performance.now() - started > settleTimeoutMs)
        throw new Error(`the service worker is ${status()}, not ${wanted}`);
      await sleep(20);
    }
  };
  return {
    status,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('stopped');
      // Let the browser finish tearing the worker down before the next page is opened.
      await sleep(200);
    },
    /** Wakes the worker the way a page does (any runtime message), unless it already runs. */
    async start() {
      if (status() === 'running') return;
      const waker = await context.newPage();
      await waker.goto(`${scriptPrefix}popup.html`);
      await waitFor('running');
      await waker.close();
      await sleep(200);
    },
    close: async () => {
      await cdp.detach();
      await page.close();
    },
  };
}
