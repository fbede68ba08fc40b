import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Project } from '../../../shared/schemas/project';
import { importFields, type PlannedImportMutation } from '../../../shared/tabular/index';
import type { ConnectionRow } from '../../db/database';
import { useBackgroundClient } from '../../ui/background-client';
import { readSelectedProjectId } from '../common/selected-project';
import { useDatabase } from '../database-context';
import { useLiveQuery } from '../use-live-query';
import { useSyncPolling } from '../use-sync-polling';
import { DiffStep, toMessageMutations } from './DiffStep';
import { defaultDateOrder } from './default-date-order';
import { toImportMemory } from './import-memory';
import { listPeople } from './import-queries';
import { KindStep } from './KindStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { downloadInvalidRows, ProblemsStep } from './ProblemsStep';
import { ProgressNote } from './ProgressNote';
import { ResultStep } from './ResultStep';
import { SourceStep } from './SourceStep';
import { StepIndicator } from './StepIndicator';
import type { SheetSource } from './sheet-source';
import { useImportDiff } from './use-import-diff';
import { useDetectedDateOrder, useReadResult } from './use-read-result';
import { useSourceLoader } from './use-source-loader';
import { initialWizardState, reduceWizard, type WizardStep } from './wizard-state';

interface ImportWizardProps {
  connection: ConnectionRow;
  projects: readonly Project[];
  /** The Google Sheets tab the page was opened for: read at once. */
  sheet: SheetSource | null;
}

const stepsThatRead = new Set<WizardStep>(['preview', 'problems', 'diff', 'result']);

/** The import, step by step: source, kind, mapping, preview, problems, diff and apply, result. */
export function ImportWizard({ connection, projects, sheet }: ImportWizardProps) {
  const db = useDatabase();
  const client = useBackgroundClient();
  const { workspaceId } = connection;
  const [state, dispatch] = useReducer(reduceWizard, initialWizardState);
  const loader = useSourceLoader(workspaceId, (source, memory) => dispatch({ type: 'sourceLoaded', source, memory }));
  const people = useLiveQuery(() => listPeople(db, workspaceId), [db, workspaceId]);
  // An import syncs at once, and records edited elsewhere arrive while the page is open.
  useSyncPolling(workspaceId);
  const show = (step: WizardStep) => dispatch({ type: 'stepShown', step });

  // The sheet is read once, when the page opens for it; "Try again" reads it again.
  const hasReadSheet = useRef(false);
  useEffect(() => {
    if (!sheet || hasReadSheet.current) return;
    hasReadSheet.current = true;
    void loader.loadSheet(sheet);
  }, [sheet]);

  // A project the user or the memory chose wins; else the popup's, else the first.
  const preferredId = state.projectId ?? readSelectedProjectId(workspaceId);
  const projectId = projects.find((project) => project.id === preferredId)?.id ?? projects[0]?.id ?? null;
  const detectedDateOrder = useDetectedDateOrder(state);
  const dateOrder = detectedDateOrder ?? state.dateOrderChoice ?? defaultDateOrder(browser.i18n.getUILanguage());
  const fields = useMemo(() => importFields(state.kind), [state.kind]);
  const result = useReadResult({
    state,
    isNeeded: stepsThatRead.has(state.step),
    projectId,
    dateOrder,
    projects,
    people,
    member: connection.member,
  });

  const { diff, plan } = useImportDiff({
    isShown: state.step === 'diff',
    workspaceId,
    kind: state.kind,
    projectId,
    result,
    memory: state.memory,
  });

  async function apply(mutations: PlannedImportMutation[]): Promise<string | null> {
    const { source } = state;
    if (!source || !projectId) return null;
    const answer = await client.send('import.apply', {
      workspaceId,
      sourceKey: source.sourceKey,
      mutations: toMessageMutations(mutations),
      memory: toImportMemory(state, source, { dateOrder, projectId }, new Date()),
    });
    if (!answer.ok) return answer.error.message;
    dispatch({ type: 'applied', applied: answer.value.applied });
    return null;
  }

  /** Starts over on the same project; a sheet is read again, since it has likely changed. */
  function importAgain() {
    dispatch({ type: 'restarted' });
    if (sheet) void loader.loadSheet(sheet);
  }

  const chooseProject = (id: string) => dispatch({ type: 'projectChosen', projectId: id });
  const { source } = state;
  return (
    <div class="import-wizard">
      <StepIndicator step={state.step} />
      {state.step === 'source' || !source ? (
        <SourceStep
          workspaceName={connection.workspaceName}
          projects={projects}
          projectId={projectId}
          onProject={chooseProject}
          sheet={sheet}
          source={source}
          loader={loader.state}
          onSheet={(chosen) => void loader.loadSheet(chosen)}
          onFile={(file) => void loader.loadFile(file)}
          onPaste={(text) => void loader.loadPasted(text)}
          onNext={() => show('kind')}
        />
      ) : state.step === 'kind' ? (
        <KindStep
          table={source.table}
          kind={state.kind}
          headerRow={state.headerRow}
          projects={projects}
          projectId={projectId}
          onKind={(kind) => dispatch({ type: 'kindChosen', kind })}
          onHeaderRow={(headerRow) => dispatch({ type: 'headerRowChosen', headerRow })}
          onProject={chooseProject}
          onBack={() => show('source')}
          onNext={() => show('mapping')}
        />
      ) : state.step === 'mapping' ? (
        <MappingStep
          table={source.table}
          headerRow={state.headerRow}
          fields={fields}
          mapping={state.mapping}
          isDateOrderAmbiguous={detectedDateOrder === null}
          dateOrder={dateOrder}
          unknownOwners={state.unknownOwners}
          onMap={(column, field) => dispatch({ type: 'columnMapped', column, field })}
          onDateOrder={(order) => dispatch({ type: 'dateOrderChosen', dateOrder: order })}
          onUnknownOwners={(choice) => dispatch({ type: 'unknownOwnersChosen', unknownOwners: choice })}
          onBack={() => show('kind')}
          onNext={() => show('preview')}
        />
      ) : state.step === 'result' ? (
        <ResultStep
          applied={state.applied ?? 0}
          invalidLines={result?.invalidLines.length ?? 0}
          onDownloadInvalid={() => result && downloadInvalidRows(source, state.headerRow, result)}
          onImportAgain={importAgain}
        />
      ) : !result ? (
        <ProgressNote testId="import-reading-rows" text={i18n.t('import.preview.reading')} />
      ) : state.step === 'preview' ? (
        <PreviewStep
          table={source.table}
          headerRow={state.headerRow}
          mapping={state.mapping}
          fields={fields}
          result={result}
          onBack={() => show('mapping')}
          onNext={() => show('problems')}
        />
      ) : state.step === 'problems' ? (
        <ProblemsStep
          source={source}
          headerRow={state.headerRow}
          result={result}
          onBack={() => show('preview')}
          onNext={() => show('diff')}
        />
      ) : (
        <DiffStep diff={diff} plan={plan} apply={apply} onBack={() => show('problems')} />
      )}
    </div>
  );
}
