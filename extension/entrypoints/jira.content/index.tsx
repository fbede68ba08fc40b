import { startJiraOverlay } from '../../content/jira/start-jira-overlay';

/** The PMO inside Jira Cloud: issue panel, board banner, import (extension/content/jira). */
export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  runAt: 'document_idle',
  // Our styles live in our shadow roots only (inlined, see create-shadow-slot.ts): 'ui' keeps any
  // CSS imported here out of the manifest, where it would restyle Jira's page.
  cssInjectionMode: 'ui',
  main(ctx) {
    // A failure here must not surface in Jira's console: the page simply keeps no overlay.
    try {
      startJiraOverlay(ctx);
    } catch {
      // Nothing to clean up: the slots are removed with the context.
    }
  },
});
