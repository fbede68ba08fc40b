import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Project } from '../../../shared/schemas/project';
import { ProjectSelect } from '../common/ProjectSelect';
import { DropZone } from './DropZone';
import { ProgressNote } from './ProgressNote';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';
import type { SheetSource } from './sheet-source';
import type { LoaderState } from './use-source-loader';
import type { LoadedSource } from './wizard-state';

interface SourceStepProps {
  workspaceName: string;
  projects: readonly Project[];
  projectId: string | null;
  onProject(projectId: string): void;
  /** The Google Sheets tab the page was opened for, if any. */
  sheet: SheetSource | null;
  /** The table already read, when the user came back to this step. */
  source: LoadedSource | null;
  loader: LoaderState;
  onSheet(sheet: SheetSource): void;
  onFile(file: File): void;
  onPaste(text: string): void;
  onNext(): void;
}

/** Step 1: where the table comes from (a sheet, a file, pasted text) and the project it goes into. */
export function SourceStep(props: SourceStepProps) {
  const { sheet, source, loader } = props;
  const [pasted, setPasted] = useState('');
  const isReading = loader.status === 'reading';
  return (
    <section class="import-step" aria-labelledby="import-source-title">
      <StepHeading id="import-source-title">{i18n.t('import.source.title')}</StepHeading>
      <div class="import-source__target">
        <div class="field">
          <span class="field-label">{i18n.t('import.source.workspace')}</span>
          <span data-testid="import-workspace">{props.workspaceName}</span>
        </div>
        <ProjectSelect
          placeholder={i18n.t('import.errors.noProject')}
          id="import-project"
          label={i18n.t('import.source.project')}
          projects={props.projects}
          selectedId={props.projectId}
          onSelect={props.onProject}
        />
      </div>
      {sheet ? (
        <div class="import-source__sheet">
          <p class="import-source__sheet-name" data-testid="import-sheet">
            {i18n.t('import.source.sheet', [sheet.title || i18n.t('import.source.sheetUntitled', [sheet.gid])])}
          </p>
          {loader.status === 'failed' ? (
            <button type="button" class="button" data-testid="import-retry" onClick={() => props.onSheet(sheet)}>
              {i18n.t('import.source.retry')}
            </button>
          ) : null}
        </div>
      ) : null}
      {isReading ? <ProgressNote testId="import-reading" text={i18n.t('import.source.reading')} /> : null}
      {loader.status === 'failed' ? (
        <p class="form-error" role="alert" data-testid="import-source-error">
          {loader.message}
        </p>
      ) : null}
      {source && !isReading ? (
        <p class="form-success" role="status" data-testid="import-source-loaded">
          {i18n.t('import.source.loaded', source.table.rows.length, [source.label, String(source.table.rows.length)])}
        </p>
      ) : null}
      <DropZone onFile={props.onFile} />
      <div class="field import-source__paste">
        <label for="import-paste">{i18n.t('import.source.pasteLabel')}</label>
        <textarea
          id="import-paste"
          data-testid="import-paste"
          rows={4}
          spellcheck={false}
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
        <div class="form-actions">
          <button
            type="button"
            class="button"
            data-testid="import-paste-use"
            disabled={isReading}
            onClick={() => props.onPaste(pasted)}
          >
            {i18n.t('import.source.pasteButton')}
          </button>
        </div>
      </div>
      {source ? (
        <StepActions onNext={props.onNext} isNextDisabled={isReading || !props.projectId} />
      ) : (
        <p class="muted">{i18n.t('import.source.pickSource')}</p>
      )}
    </section>
  );
}
