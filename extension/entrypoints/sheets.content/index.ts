import { startSheetsLauncher } from '../../content/sheets/start-sheets-launcher';

/** "Import this tab into Interim PMO" on Google Sheets (extension/content/sheets). */
export default defineContentScript({
  matches: ['https://docs.google.com/spreadsheets/*'],
  runAt: 'document_idle',
  // Our styles live in our shadow root only (inlined, see create-shadow-slot.ts).
  cssInjectionMode: 'ui',
  main(ctx) {
    // A failure here must not surface in the sheet's console: the page simply keeps no launcher.
    try {
      startSheetsLauncher(ctx);
    } catch {
      // Nothing to clean up: the slot is removed with the context.
    }
  },
});
