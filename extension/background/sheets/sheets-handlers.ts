import { i18n } from '#i18n';
import { ok } from '../../../shared/result';
import { type MessageHandlers, senderNotAllowed } from '../messaging/dispatch-message';
import type { SenderTab } from '../messaging/identify-sender';
import type { WorkspaceDeps } from '../workspaces/workspace-deps';
import { applyImport } from './apply-import';
import { fetchSheetCsv } from './fetch-sheet-csv';
import { readImportMemory } from './import-memory';
import { importPageHash, spreadsheetIdOfPage } from './sheet-urls';
import { type WriteBackDeps, writeBackToSheet } from './write-back';

type SheetsMessage = 'sheets.openImport' | 'sheets.fetchCsv' | 'import.memory' | 'import.apply' | 'sheets.writeBack';

export type { SenderTab };

/** What the Sheets handlers need from the browser; injectable so tests can stand in for it. */
export interface SheetsHandlerDeps extends WriteBackDeps {
  /** Reads Google Sheets with the user's session (the browser's fetch in the extension). */
  fetchSheet: typeof fetch;
  /** The extension page address of the import page with `hash` appended. */
  importPageUrl(hash: string): string;
  /** Opens `url` in a new tab, right after `besideTab` when known. */
  openTab(url: string, besideTab: SenderTab | undefined): Promise<void>;
}

/** Google Sheets (read, write back) and the import page's messages (memory, apply). */
export function createSheetsHandlers(
  deps: WorkspaceDeps,
  sheets: SheetsHandlerDeps,
): Pick<MessageHandlers, SheetsMessage> {
  const { db, sync } = deps;
  return {
    async 'sheets.openImport'(source, { sender }) {
      if (spreadsheetIdOfPage(sender.url ?? '') !== source.spreadsheetId) return senderNotAllowed('sheets.openImport');
      try {
        await sheets.openTab(sheets.importPageUrl(importPageHash(source)), sender.tab);
        return ok(null);
      } catch (error) {
        return {
          ok: false,
          error: { code: 'open_failed', message: i18n.t('sheets.errors.openFailed', [String(error)]) },
        };
      }
    },

    'sheets.fetchCsv': (source) => fetchSheetCsv(source, sheets.fetchSheet, deps.now),

    async 'import.memory'({ workspaceId, sourceKey }) {
      return ok(await readImportMemory(db, workspaceId, sourceKey));
    },

    async 'import.apply'(request) {
      const result = await applyImport(db, request, deps.now());
      if (result.ok && result.value.applied > 0) void sync.poll(request.workspaceId);
      return result;
    },

    'sheets.writeBack': (request) => writeBackToSheet(request, sheets),
  };
}
