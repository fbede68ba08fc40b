import type { Ref } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { formatMessageRef } from '../../../../shared/i18n/format-message';
import { findUnexplainedOverrides } from '../../../../shared/mutations/intents/status-submit';
import { captureMilestoneForecasts } from '../../../../shared/reports/key-items';
import {
  type LightName,
  lightNames,
  lightOf,
  refreshDraftLights,
  withLight,
} from '../../../../shared/reports/report-lights';
import { previewWatermelon } from '../../../../shared/reports/watermelon-preview';
import type { DimensionStatus, StatusReport } from '../../../../shared/schemas/status-report';
import { FormError } from '../../common/FormError';
import { ConflictChoice, StoredConflicts } from '../conflicts/ConflictNotice';
import type { ProjectView } from '../project-view';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { ConfirmDialog } from './ConfirmDialog';
import { describeDraftValue } from './describe-draft-value';
import { KeyItemsPicker } from './KeyItemsPicker';
import { LightField } from './LightField';
import { MilestoneForecasts } from './MilestoneForecasts';
import { ReportActions } from './ReportActions';
import { ReportHeader } from './ReportHeader';
import { ReportView } from './ReportView';
import { buildReportContext } from './report-context';
import { fieldLabel, lightLabel, ragLabel } from './report-labels';
import { TextAreaField } from './TextAreaField';
import { type DraftField, type DraftValues, useReportDraft } from './use-report-draft';
import { WatermelonNotice } from './WatermelonNotice';

interface DraftEditorProps extends Pick<TabProps, 'navigate'> {
  view: ProjectView;
  report: StatusReport;
  headingRef?: Ref<HTMLHeadingElement>;
}

const isPeriodField = (field: DraftField) => field === 'periodStart' || field === 'periodEnd';
const isPeriodReversed = (values: Pick<DraftValues, 'periodStart' | 'periodEnd'>) =>
  Boolean(values.periodStart && values.periodEnd && values.periodStart > values.periodEnd);

/**
 * The draft of the period's report, saved as it is written: the lights (suggested by the data, chosen
 * by the PM, a reason wherever they differ), the live watermelon finding, the narrative, the key risks
 * and issues, then Submit, which asks the override rule of status.submit before sending.
 */
export function DraftEditor({ view, report, navigate, headingRef }: DraftEditorProps) {
  const mutate = useMutate(view.workspaceId);
  const draft = useReportDraft(
    view.workspaceId,
    report,
    (field, values) => isPeriodField(field) && isPeriodReversed(values),
  );
  const { values } = draft;
  const [isSubmitAsked, setIsSubmitAsked] = useState(false);
  const [dialog, setDialog] = useState<'submit' | 'delete'>();
  const [isBusy, setIsBusy] = useState(false);
  const [actionError, setActionError] = useState<string>();
  const [dialogError, setDialogError] = useState<string>();
  const lightsBox = useRef<HTMLDivElement>(null);

  // The lights against today's data: a light left on the suggestion follows it, a choice stays.
  const lights = useMemo(
    () =>
      refreshDraftLights({ overall: values.overall, dimensions: values.dimensions }, view.suggestion, view.language),
    [values.overall, values.dimensions, view.suggestion, view.language],
  );
  const unexplained = findUnexplainedOverrides(lights);
  const watermelon = previewWatermelon(view.analysis.facts, view.settings, { id: report.id, ...lights });
  const forecasts = useMemo(() => captureMilestoneForecasts(view.records.milestones), [view.records.milestones]);
  const reportNow: StatusReport = { ...report, ...values, ...lights, milestoneForecasts: forecasts };

  function setLight(name: LightName, light: DimensionStatus) {
    const next = withLight(lights, name, light);
    draft.setValue('overall', next.overall);
    draft.setValue('dimensions', next.dimensions);
  }

  function errorOf(name: LightName): string | undefined {
    if (!isSubmitAsked) return undefined;
    const found = unexplained.find((entry) => entry.name === name);
    if (!found?.status.suggested) return undefined;
    return i18n.t('workspaceStatus.reasonMissing', [ragLabel(found.status.chosen), ragLabel(found.status.suggested)]);
  }

  /** Why Submit cannot go ahead yet, said before anything is sent; undefined when it can. */
  function findSubmitBlock(): string | undefined {
    if (unexplained.length > 0) {
      const list = new Intl.ListFormat(browser.i18n.getUILanguage(), { type: 'conjunction' });
      const names = list.format(unexplained.map((entry) => lightLabel(entry.name)));
      return i18n.t('workspaceStatus.submitBlocked', [names]);
    }
    if (isPeriodReversed(values)) return i18n.t('workspaceStatus.periodReversed');
    if (draft.conflict) return i18n.t('workspaceStatus.settleConflictFirst');
    return undefined;
  }

  function askSubmit() {
    setIsSubmitAsked(true);
    const blocked = findSubmitBlock();
    setActionError(blocked);
    if (!blocked) {
      setDialogError(undefined);
      setDialog('submit');
      return;
    }
    const first = unexplained[0];
    if (first) {
      // The reason field appears with the override; the next frame it exists to take the focus.
      requestAnimationFrame(() =>
        lightsBox.current?.querySelector<HTMLTextAreaElement>(`#status-light-${first.name}-reason`)?.focus(),
      );
    }
  }

  async function submit() {
    setIsBusy(true);
    // The report goes with today's suggestions and milestone forecasts (the trend analysis reads them).
    const saved = await draft.saveNow({
      overall: lights.overall,
      dimensions: lights.dimensions,
      milestoneForecasts: forecasts,
    });
    const outcome = saved.ok ? await mutate('status.submit', { id: report.id }) : saved;
    setIsBusy(false);
    if (!outcome.ok) setDialogError(outcome.message);
  }

  async function deleteDraft() {
    setIsBusy(true);
    const outcome = await mutate('statusReport.delete', { id: report.id });
    setIsBusy(false);
    if (outcome.ok) navigate({ tab: 'status', recordId: undefined });
    else setDialogError(outcome.message);
  }

  const conflict = draft.conflict;
  const saveText =
    draft.saveState.kind === 'saving'
      ? i18n.t('workspaceStatus.saving')
      : draft.saveState.kind === 'saved'
        ? i18n.t('workspaceStatus.saved')
        : draft.saveState.kind === 'error'
          ? i18n.t('workspaceStatus.saveFailed', [draft.saveState.message])
          : '';

  return (
    <div class="status-draft">
      <form
        class="status-report status-report--editing"
        data-testid="status-draft"
        onSubmit={(event) => event.preventDefault()}
      >
        <ReportHeader view={view} report={report} headingRef={headingRef}>
          <span
            class={draft.saveState.kind === 'error' ? 'save-state save-state--error' : 'save-state'}
            role="status"
            data-testid="save-state"
          >
            {saveText}
          </span>
        </ReportHeader>
        <StoredConflicts workspaceId={view.workspaceId} recordId={report.id} labelOf={fieldLabel} />
        {conflict ? (
          <ConflictChoice
            conflict={{
              ...conflict,
              theirs: describeDraftValue(view, conflict.field, conflict.theirs),
              yours: describeDraftValue(view, conflict.field, values[conflict.field as DraftField]),
            }}
            fieldLabel={fieldLabel(conflict.field)}
            onKeepTheirs={draft.keepTheirs}
            onUseMine={() => void draft.useMine()}
          />
        ) : null}

        <fieldset class="status-period">
          <legend class="status-section__title">{i18n.t('workspaceStatus.periodLegend')}</legend>
          <div class="status-period__fields">
            {(['periodStart', 'periodEnd'] as const).map((field) => (
              <div key={field} class={isPeriodReversed(values) ? 'field field--invalid' : 'field'}>
                <label for={`status-${field}`}>{fieldLabel(field)}</label>
                <input
                  id={`status-${field}`}
                  data-testid={`status-${field}`}
                  type="date"
                  required
                  value={values[field]}
                  aria-invalid={isPeriodReversed(values) ? 'true' : undefined}
                  aria-describedby={isPeriodReversed(values) ? 'status-period-error' : undefined}
                  onInput={(event) => event.currentTarget.value && draft.setValue(field, event.currentTarget.value)}
                />
              </div>
            ))}
          </div>
          {isPeriodReversed(values) ? (
            <p id="status-period-error" class="field-error" role="alert">
              {i18n.t('workspaceStatus.periodReversed')}
            </p>
          ) : null}
        </fieldset>

        <section class="status-section" aria-labelledby="status-lights-title">
          <h4 id="status-lights-title" class="status-section__title">
            {i18n.t('workspaceStatus.lightsTitle')}
          </h4>
          <p class="field-hint">{i18n.t('workspaceStatus.lightsIntro')}</p>
          {watermelon ? <WatermelonNotice finding={watermelon} language={view.language} /> : null}
          <div class="status-lights" ref={lightsBox}>
            {lightNames.map((name) => (
              <LightField
                key={name}
                name={name}
                light={lightOf(lights, name)}
                fallbackReason={formatMessageRef(
                  view.language,
                  name === 'overall' ? view.suggestion.overall.reason : view.suggestion.dimensions[name].reason,
                )}
                error={errorOf(name)}
                onChange={(light) => setLight(name, light)}
              />
            ))}
          </div>
        </section>

        <section class="status-section" aria-labelledby="status-narrative-title">
          <h4 id="status-narrative-title" class="status-section__title">
            {i18n.t('workspaceStatus.narrativeTitle')}
          </h4>
          <TextAreaField
            id="status-summary"
            label={i18n.t('workspaceStatus.summary')}
            hint={i18n.t('workspaceStatus.summaryHint')}
            value={values.summary}
            onValue={(text) => draft.setValue('summary', text)}
          />
          <TextAreaField
            id="status-achievements"
            label={i18n.t('workspaceStatus.achievements')}
            value={values.achievements}
            onValue={(text) => draft.setValue('achievements', text)}
          />
          <TextAreaField
            id="status-nextPeriod"
            label={i18n.t('workspaceStatus.nextPeriod')}
            value={values.nextPeriod}
            onValue={(text) => draft.setValue('nextPeriod', text)}
          />
          <TextAreaField
            id="status-escalations"
            label={i18n.t('workspaceStatus.escalations')}
            hint={i18n.t('workspaceStatus.escalationsHint')}
            value={values.escalations}
            onValue={(text) => draft.setValue('escalations', text)}
          />
        </section>

        <KeyItemsPicker
          view={view}
          keyRiskIds={values.keyRiskIds}
          keyIssueIds={values.keyIssueIds}
          onRisks={(ids) => draft.setValue('keyRiskIds', ids)}
          onIssues={(ids) => draft.setValue('keyIssueIds', ids)}
        />

        <MilestoneForecasts
          forecasts={forecasts}
          milestones={view.records.milestones}
          statuses={view.analysis.milestones.milestones}
          idPrefix="draft"
          hint={i18n.t('workspaceStatus.milestonesHint')}
        />

        <div class="status-submit">
          <div class="status-submit__buttons">
            <button type="button" class="button button--primary" data-testid="submit-report" onClick={askSubmit}>
              {i18n.t('workspaceStatus.submit')}
            </button>
            <button
              type="button"
              class="button button--danger-quiet"
              data-testid="delete-draft"
              onClick={() => {
                setDialogError(undefined);
                setDialog('delete');
              }}
            >
              {i18n.t('workspaceStatus.deleteDraft')}
            </button>
          </div>
          <FormError id="submit-error" message={actionError && findSubmitBlock()} />
        </div>
        <ReportActions report={reportNow} context={buildReportContext(view, reportNow)} language={view.language} />
      </form>

      {/* What Print prints for a draft: the report as it reads, without the form. */}
      <div class="print-only">
        <ReportView view={view} report={reportNow} isPrintCopy />
      </div>

      {dialog === 'submit' ? (
        <ConfirmDialog
          id="submit-dialog"
          title={i18n.t('workspaceStatus.submitConfirmTitle')}
          confirmLabel={isBusy ? i18n.t('workspaceStatus.submitting') : i18n.t('workspaceStatus.submitConfirm')}
          isBusy={isBusy}
          error={dialogError}
          onConfirm={() => void submit()}
          onClose={() => setDialog(undefined)}
        >
          <p>{i18n.t('workspaceStatus.submitConfirmText')}</p>
        </ConfirmDialog>
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          id="delete-dialog"
          title={i18n.t('workspaceStatus.deleteConfirmTitle')}
          confirmLabel={i18n.t('workspaceStatus.deleteConfirm')}
          isDanger
          isBusy={isBusy}
          error={dialogError}
          onConfirm={() => void deleteDraft()}
          onClose={() => setDialog(undefined)}
        >
          <p>{i18n.t('workspaceStatus.deleteConfirmText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
