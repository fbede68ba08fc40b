export interface PageObserverOptions {
  /** What to watch; the whole document by default. */
  root?: Node;
  /** Quiet time after the last batch of mutations before `onSettled` runs. */
  delayMs?: number;
  /** Longest a busy page can hold `onSettled` back. */
  maxWaitMs?: number;
  /** Runs on every batch: keep it to cheap checks that must not wait (a URL comparison). */
  onBatch?: () => void;
  /** Runs once the page has settled: placement work. */
  onSettled: () => void;
  /** Stops observing. */
  signal: AbortSignal;
}

/**
 * The page's one MutationObserver, shared by every feature (per-feature observers made Toggl's
 * Jira button slow the page: toggl/track-extension#1275). Jira's React churns thousands of nodes
 * per navigation, so batches are debounced, with a ceiling so a page that never stops moving
 * still gets its placement pass.
 */
export function observePage({
  root = document,
  delayMs = 30,
  maxWaitMs = 100,
  onBatch,
  onSettled,
  signal,
}: PageObserverOptions): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;

  const settle = () => {
    timer = undefined;
    firstPendingAt = 0;
    if (!signal.aborted) onSettled();
  };

  const observer = new MutationObserver(() => {
    onBatch?.();
    const now = performance.now();
    if (timer === undefined) firstPendingAt = now;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(settle, wait);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
