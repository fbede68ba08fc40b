// Functions evaluated inside popup.html (Playwright serializes each one: no imports, no closures
// over this module). Times are read with the page's own clock, from navigation start
// (performance.now() = 0), as bench/workspace/support/in-page.mjs does for the workspace app.

/**
 * Installed before any of the page's scripts (context.addInitScript): notes when the first risk is
 * in the DOM and when it was painted (the first task after the next animation frame), and whether
 * the list was the popup's summary or its live rows then (`data-source` on the risks section).
 */
export function watchPopupOpen() {
  if (!location.pathname.endsWith('/popup.html')) return;
  const marks = {};
  globalThis.__popupOpen = marks;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="risk-item"]')) return;
    marks.firstRisk = performance.now();
    marks.source = document.querySelector('.risks')?.getAttribute('data-source') ?? 'live';
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.painted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** What watchPopupOpen noted, with the navigation's own timings; null until painted. */
export function readPopupOpen() {
  const marks = globalThis.__popupOpen;
  if (!marks || marks.painted === undefined) return null;
  const navigation = performance.getEntriesByType('navigation')[0];
  return { ...marks, domContentLoaded: navigation?.domContentLoadedEventEnd };
}

/** Whether the popup shows its live rows (the summary has been replaced), for a run's settling. */
export function isPopupLive() {
  const risks = document.querySelector('.risks');
  return risks !== null && risks.getAttribute('data-source') !== 'summary';
}
