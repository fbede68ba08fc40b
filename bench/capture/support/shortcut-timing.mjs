// One capture from the shortcut, timed on the system clock both sides share: the service worker
// stamps `performance.timeOrigin + performance.now()` just before calling the command handler (as
// Chromium would on Alt+Shift+R), the card stamps `performance.now()` when its title has focus
// (`data-interim-pmo-capture-focused-at`), which the page turns into the same epoch time.

/** In the page: selects the lead paragraph, as a reader would before pressing the shortcut. */
function selectLead() {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('lead'));
  const selection = document.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString().length;
}

/** In the service worker: the tab showing `pageUrl`, then the handler, timed. */
async function invokeCommand(pageUrl) {
  const [tab] = (await chrome.tabs.query({})).filter((candidate) => candidate.url === pageUrl);
  if (!tab) throw new Error(`No tab shows ${pageUrl}`);
  if (!globalThis.interimPmoCapture) throw new Error('No globalThis.interimPmoCapture: build with --mode e2e');
  const invokedAt = performance.timeOrigin + performance.now();
  const outcome = await globalThis.interimPmoCapture.onCaptureCommand('capture-risk', tab);
  return { invokedAt, handledAt: performance.timeOrigin + performance.now(), outcome };
}

/** In the page: when the title had focus, as epoch milliseconds, and since the card's script started (NaN if unmarked). */
function readFocusedAt() {
  const host = document.querySelector('[data-interim-pmo-capture-focused-at]');
  const focusedAt = Number(host.getAttribute('data-interim-pmo-capture-focused-at'));
  const startedAt = Number(host.getAttribute('data-interim-pmo-capture-started-at') ?? Number.NaN);
  return { focusedAt: performance.timeOrigin + focusedAt, scriptToFocusedMs: focusedAt - startedAt };
}

/** Loads the article afresh (the card is injected into a new document, as on any page), then times one shortcut. */
export async function timeShortcut(page, serviceWorker, articleUrl) {
  await page.goto(articleUrl);
  if ((await page.evaluate(selectLead)) === 0) throw new Error('Nothing selected on the article');
  const { invokedAt, handledAt, outcome } = await serviceWorker.evaluate(invokeCommand, articleUrl);
  if (outcome !== 'card') throw new Error(`The shortcut opened "${outcome}", not the card`);
  await page.waitForFunction(() => document.documentElement.dataset.interimPmoCapture === 'ready', null, {
    timeout: 10_000,
  });
  const { focusedAt, scriptToFocusedMs } = await page.evaluate(readFocusedAt);
  return { toFocusedMs: focusedAt - invokedAt, handlerMs: handledAt - invokedAt, scriptToFocusedMs };
}
