// Installed before the dashboard's scripts (context.addInitScript): notes, on the page clock, when the first
// portfolio grid row is in the DOM, when the browser painted it (Element Timing: the attribute is set on the row's
// text before its first paint), whether the section then showed the snapshot or live data (its data-source), and
// the frame after the section first says data-source="live".
export function watchFirstGridRow() {
  const paintedAfter = (callback) => requestAnimationFrame(() => setTimeout(callback, 0));
  const firstRow = {};
  globalThis.__ipmoFirstRow = firstRow;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.identifier === 'ipmo-first-row' && firstRow.renderTime === undefined)
        firstRow.renderTime = entry.renderTime || entry.loadTime;
  }).observe({ type: 'element', buffered: true });
  const observer = new MutationObserver(() => {
    const section = document.querySelector('.dashboard__section[data-source]');
    if (!section) return;
    const row = section.querySelector('[data-testid^="portfolio-row-"]');
    if (firstRow.domAt === undefined && row) {
      firstRow.domAt = performance.now();
      firstRow.source = section.dataset.source;
      for (const text of row.querySelectorAll('a, .portfolio-grid__name > span'))
        text.setAttribute('elementtiming', 'ipmo-first-row');
      paintedAfter(() => {
        firstRow.paintedAt = performance.now();
      });
    }
    if (firstRow.liveAt === undefined && section.dataset.source === 'live') {
      firstRow.liveAt = performance.now();
      paintedAfter(() => {
        firstRow.livePaintedAt = performance.now();
      });
    }
    if (firstRow.livePaintedAt !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-source'] });
}
