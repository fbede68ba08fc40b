import { type ComponentChild, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIsolatedHost } from './isolated-host';
import { insertAt, isAt, type OverlaySlot } from './overlay-slot';

/**
 * An open shadow root (Playwright locators pierce it) holding a Preact tree. It has the shape WXT's
 * `createShadowRootUi` builds (custom element, `html > head, body`, `all: initial` reset) without
 * its costs: `autoMount` starts one MutationObserver per UI (the page watcher's single observer
 * places ours) and adds 2.4 kB gzipped, and the CSS file it fetches took 80–590 ms to arrive in
 * Chromium before any UI could show, so the CSS comes inlined in the script instead.
 */
export function createShadowSlot(ctx: ContentScriptContext, name: string, css: string): OverlaySlot {
  const { host, container } = createIsolatedHost(name, css);
  let content: ComponentChild = null;
  let isMounted = false;
  const remove = () => {
    if (!isMounted) return;
    render(null, container);
    host.remove();
    isMounted = false;
  };
  ctx.onInvalidated(remove);
  return {
    place(placement) {
      if (!isMounted) {
        insertAt(host, placement);
        render(content, container);
        isMounted = true;
      } else if (!isAt(host, placement)) {
        insertAt(host, placement);
      }
    },
    remove,
    render(next) {
      content = next;
      if (isMounted) render(next, container);
    },
    get isPlaced() {
      return isMounted && host.isConnected;
    },
  };
}
