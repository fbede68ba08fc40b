// Functions evaluated inside popup.html (Playwright serializes each one: no imports, no closures
// over this module). Times are read with the page's own clock, from navigation start
// (performance.now() = 0), as bench/workspace/support/in-page.mjs does for the workspace app.

/**
 * Installed before any of the page's scripts (context.addInitScript): notes when the first risk is
 * in the DOM, when the browser painted its title (Element Timing: the attribute is set before the
 * first frame, as bench/dashboard/support/first-grid-row.mjs does for the grid), the first task
 * after that frame, and whether the list was the popup's summary or its live rows then
 * (`data-source` on the risks section).
 */
export function watchPopupOpen() {
  if (!location.pathname.endsWith('/popup.html')) return;
  const marks = {};
  globalThis.__popupOpen = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.identifier === 'ipmo-first-risk' && marks.titlePainted === undefined)
        marks.titlePainted = entry.renderTime || entry.loadTime;
  }).observe({ type: 'element', buffered: true });
  const observer = new MutationObserver(() => {
    const item = document.querySelector('[data-testid="risk-item"]');
    if (!item) return;
    marks.firstRisk = performance.now();
    marks.source = document.querySelector('.risks')?.getAttribute('data-source') ?? 'live';
    item.querySelector('.risk__title')?.setAttribute('elementtiming', 'ipmo-first-risk');
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.taskAfterFrame = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** What watchPopupOpen noted, with the navigation's own timings; null until both the paint and the task are noted. */
export function readPopupOpen() {
  const marks = globalThis.__popupOpen;
  if (!marks || marks.titlePainted === undefined || marks.taskAfterFrame === undefined) return null;
  const navigation = performance.getEntriesByType('navigation')[0];
  return { ...marks, domContentLoaded: navigation?.domContentLoadedEventEnd };
}

/** Whether the popup shows its live rows (the summary has been replaced), for a run's settling. */
export function isPopupLive() {
  const risks = document.querySelector('.risks');
  return risks !== null && risks.getAttribute('data-source') !== 'summary';
}

/** Installed like watchPopupOpen: when the floor page (floor-page.mjs) painted its one line. */
export function watchFloorOpen() {
  if (!location.pathname.endsWith('/bench-floor.html')) return;
  const marks = {};
  globalThis.__floorOpen = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.identifier === 'ipmo-floor' && marks.painted === undefined) marks.painted = entry.renderTime;
  }).observe({ type: 'element', buffered: true });
}

/** What watchFloorOpen noted; null until the line is painted. */
export function readFloorOpen() {
  const marks = globalThis.__floorOpen;
  if (!marks || marks.painted === undefined) return null;
  const navigation = performance.getEntriesByType('navigation')[0];
  return { ...marks, domContentLoaded: navigation?.domContentLoadedEventEnd };
}
