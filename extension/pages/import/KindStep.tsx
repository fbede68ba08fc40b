import { i18n } from '#i18n';
import type { Project } from '../../../shared/schemas/project';
import type { ImportKind, ParsedTable } from '../../../shared/tabular/index';
import { ProjectSelect } from '../common/ProjectSelect';
import { importKinds, kindLabel } from './entity-labels';
import { StepActions } from './StepActions';
import { StepHeading } from './StepHeading';
import { lineOfRow } from './table-lines';

/** The header row is looked for among the first lines, like detectHeaderRow does. */
const headerRowChoices = 20;

interface KindStepProps {
  table: ParsedTable;
  kind: ImportKind;
  headerRow: number;
  projects: readonly Project[];
  projectId: string | null;
  onKind(kind: ImportKind): void;
  onHeaderRow(headerRow: number): void;
  onProject(projectId: string): void;
  onBack(): void;
  onNext(): void;
}

/** Step 2: what the table holds (pre-selected from its headers) and which line is its header row. */
export function KindStep(props: KindStepProps) {
  const { table, kind, headerRow } = props;
  const candidates = table.rows.slice(0, headerRowChoices);
  return (
    <section class="import-step" aria-labelledby="import-kind-title">
      <StepHeading id="import-kind-title">{i18n.t('import.kind.title')}</StepHeading>
      <div class="import-grid">
        <div class="field">
          <label for="import-kind">{i18n.t('import.kind.label')}</label>
          <select
            id="import-kind"
            data-testid="import-kind"
            value={kind}
            aria-describedby="import-kind-hint"
            onChange={(event) => props.onKind(event.currentTarget.value as ImportKind)}
          >
            {importKinds.map((choice) => (
              <option key={choice} value={choice}>
                {kindLabel(choice)}
              </option>
            ))}
          </select>
          <p id="import-kind-hint" class="field-hint">
            {i18n.t('import.kind.detected')}
          </p>
        </div>
        <div class="field">
          <label for="import-header-row">{i18n.t('import.kind.headerRow')}</label>
          <select
            id="import-header-row"
            data-testid="import-header-row"
            value={String(headerRow)}
            aria-describedby="import-header-row-hint"
            onChange={(event) => props.onHeaderRow(Number(event.currentTarget.value))}
          >
            {candidates.map((row, index) => (
              <option key={index} value={String(index)}>
                {i18n.t('import.kind.headerRowOption', [String(lineOfRow(table, index)), describeLine(row)])}
              </option>
            ))}
          </select>
          <p id="import-header-row-hint" class="field-hint">
            {i18n.t('import.kind.headerRowHint')}
          </p>
        </div>
        <ProjectSelect
          placeholder={i18n.t('import.errors.noProject')}
          id="import-kind-project"
          label={i18n.t('import.source.project')}
          projects={props.projects}
          selectedId={props.projectId}
          onSelect={props.onProject}
        />
      </div>
      <ul class="import-headers" data-testid="import-headers" aria-label={i18n.t('import.kind.headerRow')}>
        {(table.rows[headerRow] ?? []).map((cell, index) => (
          <li key={index} class="import-headers__cell">
            {cell}
          </li>
        ))}
      </ul>
      <StepActions onBack={props.onBack} onNext={props.onNext} isNextDisabled={!props.projectId} />
    </section>
  );
}

/** A line's first cells, enough to recognise it in a select. */
function describeLine(row: readonly string[]): string {
  const text = row
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(' · ');
  if (!text) return i18n.t('import.kind.emptyHeader');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
