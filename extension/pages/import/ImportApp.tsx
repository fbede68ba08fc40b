import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { listProjects, readActiveConnection } from '../../db/workspace-queries';
import { AccessNotices } from '../common/AccessNotices';
import { useDatabase } from '../database-context';
import { useLiveQuery } from '../use-live-query';
import { ExportPanel } from './ExportPanel';
import { ImportWizard } from './ImportWizard';
import { type PageTab, PageTabs } from './PageTabs';
import { readSheetSource } from './sheet-source';

/**
 * The Import & export page of the active workspace: a sheet, file or pasted table brought in step
 * by step, or a register or plan given back as CSV, pasted text or a sheet.
 */
export function ImportApp() {
  const db = useDatabase();
  const connection = useLiveQuery(() => readActiveConnection(db), [db]);
  const projects = useLiveQuery(
    () => (connection ? listProjects(db, connection.workspaceId) : []),
    [db, connection?.workspaceId],
  );
  // The hash is read once: the page belongs to the sheet it was opened for.
  const [sheet] = useState(() => readSheetSource(window.location.hash));
  const [tab, setTab] = useState<PageTab>('import');
  useEffect(() => keepDropsOnPage(), []);
  const isLoading = connection === undefined || projects === undefined;
  return (
    <main class="import-page" aria-busy={isLoading}>
      <header class="import-page__header">
        <span class="import-page__app-name">{i18n.t('extName')}</span>
        <h1>{i18n.t('import.title')}</h1>
        <p class="muted">{i18n.t('import.intro')}</p>
      </header>
      <AccessNotices />
      {isLoading ? null : !connection ? (
        <div class="card" data-testid="import-no-workspace">
          <p>{i18n.t('import.noWorkspace')}</p>
          <div class="form-actions">
            <button type="button" class="button button--primary" onClick={() => void browser.runtime.openOptionsPage()}>
              {i18n.t('import.openSettings')}
            </button>
          </div>
        </div>
      ) : projects.length === 0 ? (
        <p class="card" data-testid="import-no-projects">
          {i18n.t('import.noProjects')}
        </p>
      ) : (
        <>
          <PageTabs selected={tab} onSelect={setTab} />
          {/* Both panels stay mounted: switching tabs keeps the import's progress. */}
          <div id="import-panel" role="tabpanel" aria-labelledby="import-tab" hidden={tab !== 'import'}>
            <ImportWizard key={connection.workspaceId} connection={connection} projects={projects} sheet={sheet} />
          </div>
          <div id="export-panel" role="tabpanel" aria-labelledby="export-tab" hidden={tab !== 'export'}>
            <ExportPanel
              workspaceId={connection.workspaceId}
              projects={projects}
              sheetUrl={
                sheet ? `https://docs.google.com/spreadsheets/d/${sheet.spreadsheetId}/edit#gid=${sheet.gid}` : ''
              }
            />
          </div>
        </>
      )}
    </main>
  );
}

/**
 * A file dropped where nothing takes it would make the browser open it in place of the page, and
 * the import in progress would be lost: such drops are refused. Answers the cleanup.
 */
function keepDropsOnPage(): () => void {
  const refuse = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  window.addEventListener('dragover', refuse);
  window.addEventListener('drop', refuse);
  return () => {
    window.removeEventListener('dragover', refuse);
    window.removeEventListener('drop', refuse);
  };
}
