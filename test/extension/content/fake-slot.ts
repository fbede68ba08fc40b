import { type ComponentChild, render } from 'preact';
import { insertAt, isAt, type OverlaySlot } from '../../../extension/content/common/overlay-slot';

/** An overlay slot without a shadow root: a plain host element, moved and rendered like the real one. */
export function createFakeSlot(name: string) {
  const host = document.createElement('div');
  host.dataset.slot = name;
  let content: ComponentChild = null;
  let isMounted = false;
  const log = { renders: 0, mounts: 0, moves: 0, removals: 0 };
  const slot: OverlaySlot = {
    place(placement) {
      if (!isMounted) {
        insertAt(host, placement);
        render(content, host);
        isMounted = true;
        log.mounts += 1;
      } else if (!isAt(host, placement)) {
        insertAt(host, placement);
        log.moves += 1;
      }
    },
    remove() {
      if (!isMounted) return;
      render(null, host);
      host.remove();
      isMounted = false;
      log.removals += 1;
    },
    render(next) {
      content = next;
      log.renders += 1;
      if (isMounted) render(next, host);
    },
    get isPlaced() {
      return isMounted && host.isConnected;
    },
  };
  return { slot, host, log };
}
