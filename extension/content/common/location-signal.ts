export interface LocationSignalOptions {
  /** Called once per new URL, whichever signal noticed it first. */
  onChange: (url: string) => void;
  signal: AbortSignal;
  /**
   * Subscribes to WXT's `wxt:locationchange` (Navigation API, or a 1 s poll where it is missing);
   * content scripts pass `(handler) => ctx.addEventListener(window, 'wxt:locationchange', handler)`.
   */
  listenToWxt?: (handler: () => void) => void;
  readUrl?: () => string;
}

export interface LocationSignal {
  /** Compares the URL with the last one seen; cheap enough to call on every mutation batch. */
  check(): void;
}

/**
 * Notices SPA navigation promptly without patching `history`: WXT's location watcher, `popstate`
 * and `hashchange` (Sheets' `#gid=`), plus `check()` from the page observer, since Jira's
 * `pushState` fires no event the content script can hear but always re-renders the page.
 */
export function watchLocation({
  onChange,
  signal,
  listenToWxt,
  readUrl = () => location.href,
}: LocationSignalOptions): LocationSignal {
  let lastUrl = readUrl();
  const check = () => {
    if (signal.aborted) return;
    const url = readUrl();
    if (url === lastUrl) return;
    lastUrl = url;
    onChange(url);
  };
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  listenToWxt?.(check);
  return { check };
}
