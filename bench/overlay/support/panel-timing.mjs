// One load of a fixture issue page, timed in the page itself: when the fixture inserted the issue
// anchors (its `performance.mark('anchor')`), the first animation frame where the PMO panel is
// visible in its shadow root, and the longest task seen (PerformanceObserver 'longtask'); then the
// same page follows a pushState link to another issue, timed from the click and from the new anchors.
import { withTimeout } from '../../sync/support/stats.mjs';

/** Runs in the page's main world before any of its scripts. */
function installProbe() {
  const probe = { panelVisibleAt: null, longestTaskMs: 0 };
  window.__overlayBench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longestTaskMs = Math.max(probe.longestTaskMs, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const isVisible = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility();
  };
  const findVisiblePanel = () => {
    // Any open shadow root may hold it: the host's name is the overlay's business.
    for (const element of document.querySelectorAll('*')) {
      const panel = element.shadowRoot?.querySelector('[data-testid="pmo-panel"]');
      if (panel && isVisible(panel)) return panel;
    }
    return null;
  };
  probe.findVisiblePanel = findVisiblePanel;
  const onFrame = () => {
    if (findVisiblePanel()) probe.panelVisibleAt = performance.now();
    else requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

/** In the page: clicks the first linked work item (a pushState link) and waits for the panel to name it. */
function followLinkedIssue() {
  const probe = window.__overlayBench;
  const link = document.querySelector('[data-testid="issue.views.issue-base.content.issue-links.issue-links-view"] a');
  const issueKey = link.textContent;
  performance.clearMarks('anchor');
  const clickedAt = performance.now();
  link.click();
  return new Promise((resolve) => {
    const onFrame = () => {
      const panel = probe.findVisiblePanel();
      if (panel?.dataset.issueKey !== issueKey) return requestAnimationFrame(onFrame);
      const followedAt = performance.now();
      const anchorAt = performance.getEntriesByName('anchor')[0]?.startTime ?? Number.NaN;
      resolve({ clickToPanelMs: followedAt - clickedAt, anchorToPanelMs: followedAt - anchorAt });
    };
    requestAnimationFrame(onFrame);
  });
}

export async function measurePanelLoad(context, url) {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbe);
    await page.goto(url);
    await page.waitForFunction(() => window.__overlayBench?.panelVisibleAt !== null, null, { timeout: 20_000 });
    // Tasks right after the panel shows (its data arriving) still belong to this load.
    await page.waitForTimeout(500);
    const load = await page.evaluate(() => {
      const anchorAt = performance.getEntriesByName('anchor')[0]?.startTime ?? Number.NaN;
      const { panelVisibleAt, longestTaskMs } = window.__overlayBench;
      return { anchorAt, panelVisibleAt, anchorToPanelMs: panelVisibleAt - anchorAt, longestTaskMs };
    });
    const navigation = await withTimeout(
      page.evaluate(followLinkedIssue),
      20_000,
      'the panel following a pushState link',
    );
    return { ...load, navigation };
  } finally {
    await page.close();
  }
}

/** The same load without the extension: the page's own longest task, to read the figures against. */
export async function measureBaselineLoad(context, url) {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbe);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('anchor').length > 0, null, { timeout: 20_000 });
    await page.waitForTimeout(500);
    return await page.evaluate(() => ({ longestTaskMs: window.__overlayBench.longestTaskMs }));
  } finally {
    await page.close();
  }
}
