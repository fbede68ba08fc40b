import { startCaptureCard } from '../../content/capture-card/start-capture-card';
import { extensionBackgroundClient } from '../../ui/background-client';

/**
 * The capture card, injected by the background on the capture shortcut or menu (activeTab +
 * scripting.executeScript into `/content-scripts/capture.js`), never declared for any site. No
 * `matches`: WXT copies a run-time script's matches into host_permissions, and `<all_urls>` there
 * would grant every site at install.
 */
export default defineContentScript({
  registration: 'runtime',
  // Our styles live in the card's shadow root only (inlined, see capture-host.ts).
  cssInjectionMode: 'ui',
  main() {
    const startedAt = performance.now();
    // A failure here must not surface in the page's console: the page simply shows no card.
    try {
      startCaptureCard({ background: extensionBackgroundClient, startedAt });
    } catch {
      // Nothing was left on the page that needs removing.
    }
  },
});
