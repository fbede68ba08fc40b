import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { defaultImportJql, type JiraImportSummary } from '../../../../shared/jira/import-plan';
import type { SearchProgress } from '../rest/fetch-all-issues';
import { OverlayError } from './OverlayError';
import { type ImportStep, useJiraImport } from './use-jira-import';

interface ImportDialogProps {
  jiraProjectKey: string;
  signal: AbortSignal;
  onClose(): void;
  /** After the background applied an import: reload the context. */
  onImported(): void;
}

/** Import from Jira: a JQL, its pages fetched with progress and a Cancel, then what changed. */
export function ImportDialog({ jiraProjectKey, signal, onClose, onImported }: ImportDialogProps) {
  const [jql, setJql] = useState(() => defaultImportJql(jiraProjectKey));
  const [jqlError, setJqlError] = useState<string>();
  const { state, start, cancel } = useJiraImport(jiraProjectKey, signal, onImported);
  const jqlInput = useRef<HTMLTextAreaElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const headingId = `pmo-import-${jiraProjectKey}`;
  const isBusy = state.step === 'fetching' || state.step === 'applying';

  useEffect(() => jqlInput.current?.focus(), []);
  // The Start and Cancel buttons swap places: keep the focus on whichever is shown, so Escape still works.
  useEffect(() => {
    if (state.step === 'fetching') cancelButton.current?.focus();
    else if (state.step !== 'idle' && state.step !== 'applying') startButton.current?.focus();
  }, [state.step]);

  function submit(event: Event) {
    event.preventDefault();
    if (isBusy) return;
    if (!jql.trim()) {
      setJqlError(i18n.t('overlay.import.jqlMissing'));
      return;
    }
    setJqlError(undefined);
    void start(jql.trim());
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    // Escape stops a running fetch first; a second one closes.
    if (state.step === 'fetching') cancel();
    else if (state.step !== 'applying') onClose();
  }

  return (
    <section class="pmo-import" role="dialog" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h3 id={headingId} class="pmo-section__title">
        {i18n.t('overlay.import.title')}
      </h3>
      <p class="pmo-muted">{i18n.t('overlay.import.intro')}</p>
      <form onSubmit={submit}>
        <label class="pmo-field">
          <span>{i18n.t('overlay.import.jql')}</span>
          <textarea
            ref={jqlInput}
            data-testid="pmo-import-jql"
            rows={3}
            value={jql}
            disabled={isBusy}
            spellcheck={false}
            aria-invalid={jqlError ? true : undefined}
            onInput={(event) => setJql(event.currentTarget.value)}
          />
        </label>
        <OverlayError
          messages={[jqlError, state.step === 'failed' ? state.message : undefined]}
          testId="pmo-import-error"
        />
        <div class="pmo-actions">
          {/* Keys keep the two buttons distinct elements: were Cancel morphed into the submit button during its own
              click (Preact renders in the microtask after the handler), the click would submit the form again. */}
          {state.step === 'fetching' ? (
            <button
              key="cancel"
              ref={cancelButton}
              type="button"
              class="pmo-button"
              data-testid="pmo-import-cancel"
              onClick={cancel}
            >
              {i18n.t('overlay.import.cancel')}
            </button>
          ) : (
            <button
              key="start"
              ref={startButton}
              type="submit"
              class="pmo-button pmo-button--primary"
              data-testid="pmo-import-start"
              disabled={isBusy}
            >
              {i18n.t('overlay.import.start')}
            </button>
          )}
          <button type="button" class="pmo-button" onClick={onClose} disabled={isBusy}>
            {i18n.t('overlay.close')}
          </button>
        </div>
      </form>
      <ImportStatus state={state} />
    </section>
  );
}

function describeProgress(progress: SearchProgress | null): string {
  if (!progress) return i18n.t('overlay.import.starting');
  if (progress.total !== undefined) {
    return i18n.t('overlay.import.progressOfTotal', [String(progress.fetched), String(progress.total)]);
  }
  return i18n.t('overlay.import.progressPages', [String(progress.fetched), String(progress.page)]);
}

function ImportStatus({ state }: { state: ImportStep }) {
  if (state.step === 'fetching' || state.step === 'applying') {
    const text =
      state.step === 'fetching' ? describeProgress(state.progress) : i18n.t('overlay.import.applying', state.count);
    const progress = state.step === 'fetching' ? state.progress : null;
    return (
      <p
        class="pmo-progress"
        role="status"
        data-testid="pmo-import-progress"
        data-step={state.step}
        data-fetched={progress?.fetched ?? ''}
        data-page={progress?.page ?? ''}
      >
        {text}
      </p>
    );
  }
  if (state.step === 'cancelled') {
    return (
      <p class="pmo-progress" role="status" data-testid="pmo-import-progress" data-step="cancelled">
        {i18n.t('overlay.import.cancelled')}
      </p>
    );
  }
  if (state.step === 'done') return <ImportSummary summary={state.summary} />;
  return null;
}

function ImportSummary({ summary }: { summary: JiraImportSummary }) {
  return (
    <div class="pmo-summary" role="status" data-testid="pmo-import-summary">
      <p>{i18n.t('overlay.import.done')}</p>
      <ul class="pmo-list">
        <li data-testid="pmo-import-created-milestones">
          {i18n.t('overlay.import.createdMilestones', summary.createdMilestones)}
        </li>
        <li data-testid="pmo-import-created-plan-items">
          {i18n.t('overlay.import.createdPlanItems', summary.createdPlanItems)}
        </li>
        <li>{i18n.t('overlay.import.unchanged', summary.unchanged)}</li>
        {summary.skipped.length > 0 ? <li>{i18n.t('overlay.import.skipped', summary.skipped.length)}</li> : null}
      </ul>
      {summary.forecastChanges.length > 0 ? (
        <>
          <h4 class="pmo-section__title">{i18n.t('overlay.import.changesTitle', summary.forecastChanges.length)}</h4>
          <ul class="pmo-list">
            {summary.forecastChanges.map((change) => (
              <li key={change.jiraKey} data-testid="pmo-import-change" title={change.title}>
                {i18n.t('overlay.import.change', [change.jiraKey, change.from ?? '—', change.to])}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="pmo-muted">{i18n.t('overlay.import.noChanges')}</p>
      )}
    </div>
  );
}
