import { type ComponentChild, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { insertAt, isAt, type OverlaySlot } from './overlay-slot';

/** Keyboard events stop at our shadow root, so typing in our fields never fires Jira's one-key shortcuts. */
const isolatedEvents = ['keydown', 'keyup', 'keypress'];

/** A custom element with an open shadow root holding `html > head > style, body`, as WXT builds its UIs. */
function createIsolatedHost(name: string, css: string): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  const container = document.createElement('body');
  // The reset keeps Jira's inherited styles (font, colour, line height) out of our UI.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  for (const type of isolatedEvents) container.addEventListener(type, (event) => event.stopPropagation());
  return { host, container };
}

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
