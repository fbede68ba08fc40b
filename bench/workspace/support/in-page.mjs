// Functions evaluated inside workspace.html (Playwright serializes each one: no imports, no
// closures over this module). Times are read with the page's own clock; "painted" is the first
// task after the next animation frame, i.e. after the browser drew the change.

/**
 * Installed before any of the page's scripts (context.addInitScript): notes, from navigation start
 * (performance.now() = 0), when the shell's header, the tab bar, and the first meaningful render
 * appear. Meaningful = the overview tab panel of the project shows its RAG table row "overall",
 * which needs the project's records read and its view (analysis, suggested RAG, findings) computed;
 * the whole overview (findings, milestones, facts) is drawn in the same commit.
 */
export function watchWorkspaceOpen() {
  if (!location.pathname.endsWith('/workspace.html')) return;
  const marks = {};
  globalThis.__workspaceOpen = marks;
  const selectors = {
    shell: '.workspace__header',
    tabBar: '[role="tablist"]',
    meaningful: '[role="tabpanel"][data-tab="overview"] [data-testid="rag-row-overall"]',
  };
  const observer = new MutationObserver(() => {
    const now = performance.now();
    for (const [name, selector] of Object.entries(selectors)) {
      if (marks[name] === undefined && document.querySelector(selector)) marks[name] = now;
    }
    if (marks.meaningful === undefined) return;
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

/** What watchWorkspaceOpen noted, with the navigation's own timings; null until painted. */
export function readWorkspaceOpen() {
  const marks = globalThis.__workspaceOpen;
  if (!marks || marks.painted === undefined) return null;
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    ...marks,
    domContentLoaded: navigation?.domContentLoadedEventEnd,
    appMarks: performance.getEntriesByType('measure').map((entry) => ({
      name: entry.name,
      start: entry.startTime,
      duration: entry.duration,
    })),
  };
}

/**
 * Arms the page for one interaction the bench then makes with real (trusted) input: notes the
 * `click` or `input` event's timestamp, the moment `probe` reads something else than before (the
 * DOM was updated), every change to the tab panel, and Chrome's Event Timing entries (the event's
 * "next paint", as INP measures it). probe: { selector, attribute? } (text when no attribute).
 */
export function armInteraction(probe) {
  const read = () => {
    const target = document.querySelector(probe.selector);
    if (!target) return '(absent)';
    return probe.attribute ? target.getAttribute(probe.attribute) : target.textContent;
  };
  const state = { before: read(), eventAt: undefined, domAt: undefined, lastChangeAt: undefined, entries: [] };
  const onEvent = (event) => {
    state.eventAt ??= event.timeStamp;
  };
  for (const type of ['click', 'input']) document.addEventListener(type, onEvent, { capture: true, once: true });
  state.watcher = new MutationObserver(() => {
    const now = performance.now();
    state.lastChangeAt = now;
    if (state.domAt === undefined && read() !== state.before) state.domAt = now;
  });
  state.watcher.observe(document.querySelector('[role="tabpanel"]') ?? document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  state.timing = new PerformanceObserver((list) => state.entries.push(...list.getEntries()));
  state.timing.observe({ type: 'event', durationThreshold: 16 });
  state.read = read;
  globalThis.__wsInteraction = state;
}

/**
 * Waits for the armed interaction to be drawn; answers, from the event's timestamp:
 * - paintedMs: to the first frame drawn after it (Event Timing's duration, in 8 ms steps; Chrome
 *   reports none under 16 ms, and then the first frame after the DOM update, timed here, counts);
 * - domMs: to the change being in the DOM;
 * - settledMs: to the frame after the tab panel's last change (work left for a later frame included).
 */
export async function collectInteraction(timeoutMs = 5_000) {
  const state = globalThis.__wsInteraction;
  // The next frame: when it starts (requestAnimationFrame) and the first task after it, once drawn.
  const nextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame((startAt) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ startAt, drawnAt: performance.now() });
        channel.port2.postMessage(null);
      }),
    );
  const deadline = performance.now() + timeoutMs;
  while (state.domAt === undefined && state.read() === state.before) {
    if (performance.now() > deadline) throw new Error(`the probe still reads ${state.before} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  state.domAt ??= performance.now();
  // A change is drawn by the first frame that starts after it. Frames go on until one started
  // after the last change and the next brought none: work left for later frames counts too.
  const frames = [];
  for (let frame = 0; frame < 60; frame += 1) {
    frames.push(await nextFrame());
    const previous = frames.at(-2);
    if (previous && previous.startAt > (state.lastChangeAt ?? 0)) break;
  }
  const drawnAfter = (at) => (frames.find((frame) => frame.startAt > at) ?? frames.at(-1)).drawnAt;
  const firstFrameAt = drawnAfter(state.domAt);
  const settledAt = drawnAfter(state.lastChangeAt ?? state.domAt);
  // Event Timing entries arrive shortly after the paint they measure.
  await new Promise((resolve) => setTimeout(resolve, 50));
  state.watcher.disconnect();
  state.timing.disconnect();
  const eventAt = state.eventAt ?? state.domAt;
  const entry = state.entries
    .filter((candidate) => ['click', 'input'].includes(candidate.name) && candidate.startTime >= eventAt - 1)
    .sort((a, b) => b.duration - a.duration)[0];
  return {
    paintedMs: entry ? entry.duration : firstFrameAt - eventAt,
    fromEventTiming: entry !== undefined,
    domMs: state.domAt - eventAt,
    settledMs: settledAt - eventAt,
    before: state.before,
    after: state.read(),
  };
}

/** How many records of the workspace the extension's Dexie holds, and the connection's sync state. */
export function readSyncedCount(workspaceId) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('interim-pmo');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const database = request.result;
      const tx = database.transaction(['recordChunks', 'connections'], 'readonly');
      // Records sit many to a `recordChunks` row, each with one entry in its row's multiEntry `ids`
      // index, `${workspaceId}\0${entity}\0${id}`: counting the entries of the workspace's range counts
      // its records without reading the rows (this runs every 250 ms while the sync writes).
      const range = IDBKeyRange.bound(`${workspaceId}\u0000`, `${workspaceId}\u0001`, false, true);
      const count = tx.objectStore('recordChunks').index('ids').count(range);
      const connection = tx.objectStore('connections').get(workspaceId);
      tx.oncomplete = () => {
        database.close();
        resolve({ records: count.result, syncStatus: connection.result?.syncStatus ?? null });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
