import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Project } from '../../../shared/schemas/project';
import { exportTable, type ImportKind, toCsv, toTsv } from '../../../shared/tabular/index';
import { isWriteBackConfigured } from '../../permissions/write-back-config';
import { ProjectSelect } from '../common/ProjectSelect';
import { useDatabase } from '../database-context';
import { useLiveQuery } from '../use-live-query';
import { downloadTextFile } from './download-file';
import { importKinds, kindLabel } from './entity-labels';
import { exportFileName } from './export-file-name';
import { listPeople, readProjectRecords } from './import-queries';
import { WriteBackForm } from './WriteBackForm';

interface ExportPanelProps {
  workspaceId: string;
  projects: readonly Project[];
  /** The sheet the page was opened for, offered as the write-back target. */
  sheetUrl: string;
}

type Notice = { tone: 'ok' | 'error'; text: string } | null;

/** Export: a project's register or plan as a CSV download, as tab-separated text to paste, or written to a sheet. */
export function ExportPanel({ workspaceId, projects, sheetUrl }: ExportPanelProps) {
  const db = useDatabase();
  const [chosenProjectId, setProjectId] = useState<string | null>(null);
  const [kind, setKind] = useState<ImportKind>('risk');
  const [notice, setNotice] = useState<Notice>(null);
  const project = projects.find((candidate) => candidate.id === chosenProjectId) ?? projects[0];
  const records = useLiveQuery(
    () => (project ? readProjectRecords(db, workspaceId, kind, project.id) : null),
    [db, workspaceId, kind, project?.id],
  );
  const people = useLiveQuery(() => listPeople(db, workspaceId), [db, workspaceId]);
  const table = useMemo(() => {
    if (!records || !people) return null;
    const context = {
      projects: projects.map(({ id, code, name }) => ({ id, code, name })),
      people: people.map((person) => ({ id: person.id, name: String(person.name) })),
    };
    return exportTable(kind, records, context);
  }, [records, people, projects, kind]);
  const rowCount = table ? table.length - 1 : 0;
  const isReady = table !== null && project !== undefined;

  async function copyTsv() {
    if (!table) return;
    try {
      await navigator.clipboard.writeText(toTsv(table));
      setNotice({ tone: 'ok', text: i18n.t('import.export.copied', rowCount) });
    } catch (error) {
      setNotice({ tone: 'error', text: i18n.t('import.export.copyFailed', [String(error)]) });
    }
  }

  return (
    <section class="card import-export" aria-labelledby="export-title">
      <h2 id="export-title" class="card__title">
        {i18n.t('import.export.title')}
      </h2>
      <p class="card__intro">{i18n.t('import.export.intro')}</p>
      <div class="import-grid">
        <ProjectSelect
          placeholder={i18n.t('import.errors.noProject')}
          id="export-project"
          label={i18n.t('import.export.project')}
          projects={projects}
          selectedId={project?.id ?? null}
          onSelect={(id) => {
            setProjectId(id);
            setNotice(null);
          }}
        />
        <div class="field">
          <label for="export-kind">{i18n.t('import.export.register')}</label>
          <select
            id="export-kind"
            data-testid="export-kind"
            value={kind}
            onChange={(event) => {
              setKind(event.currentTarget.value as ImportKind);
              setNotice(null);
            }}
          >
            {importKinds.map((choice) => (
              <option key={choice} value={choice}>
                {kindLabel(choice)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="muted" data-testid="export-count" aria-live="polite">
        {isReady ? i18n.t('import.export.rows', rowCount) : i18n.t('import.loading')}
      </p>
      <div class="form-actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="export-download-csv"
          disabled={!isReady}
          onClick={() => {
            if (!table || !project) return;
            downloadTextFile(exportFileName(project.code, kind, new Date()), toCsv(table));
          }}
        >
          {i18n.t('import.export.downloadCsv')}
        </button>
        <button
          type="button"
          class="button"
          data-testid="export-copy-tsv"
          disabled={!isReady}
          onClick={() => void copyTsv()}
        >
          {i18n.t('import.export.copyTsv')}
        </button>
      </div>
      {notice ? (
        <p
          class={notice.tone === 'ok' ? 'form-success' : 'form-error'}
          role={notice.tone === 'ok' ? 'status' : 'alert'}
          data-testid={notice.tone === 'ok' ? 'export-message' : 'export-error'}
        >
          {notice.text}
        </p>
      ) : null}
      <WriteBackForm table={isReady ? table : null} initialSheetUrl={sheetUrl} isConfigured={isWriteBackConfigured()} />
    </section>
  );
}
