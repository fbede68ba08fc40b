import { parseISO } from 'date-fns';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { currentScore } from '../../../../shared/analytics/risk/risk-rating';
import { isSameValue } from '../../../../shared/mutations/preconditions';
import { bandOfScore } from '../../../../shared/risk-score';
import type { Risk } from '../../../../shared/schemas/risk';
import { localIsoDateAfter } from '../../../ui/capture/capture-dates';
import { reviewAfterDays } from '../../../ui/capture/capture-form-values';
import { ScoreChip } from '../../../ui/common/ScoreChip';
import { CloseButton } from '../../common/CloseButton';
import { FormError } from '../../common/FormError';
import { LessonSuggestions } from '../../common/LessonSuggestions';
import { ModalDialog } from '../common/ModalDialog';
import { ConflictChoice, StoredConflicts } from '../conflicts/ConflictNotice';
import { type FieldConflict, readFieldConflict } from '../conflicts/field-conflict';
import { RecordHistory } from '../history/RecordHistory';
import { describeRiskValue } from '../history/risk-history-values';
import type { ProjectView } from '../project-view';
import type { TabProps } from '../tab-props';
import { type EditOutcome, useMutate } from '../use-mutate';
import { RiskDetails } from './RiskDetails';
import { RiskForm } from './RiskForm';
import { DeleteDialog, EscalateDialog, OccurredDialog } from './RiskIntentDialogs';
import { RiskEscalationInfo, RiskLinks, RiskOrigin } from './RiskRecordInfo';
import {
  buildRiskCreate,
  buildRiskUpdate,
  formValuesOf,
  hasUnsavedChanges,
  type RiskChanges,
  type RiskFormField,
  type RiskFormValues,
  storedValueOf,
  strategiesOf,
} from './risk-form';
import { fieldLabel } from './risk-labels';

type Bases = Partial<Record<RiskFormField, unknown>>;
type Touched = Partial<RiskFormValues>;

interface RiskEditorProps {
  view: ProjectView;
  /** The risk to edit; undefined to create one. */
  risk: Risk | undefined;
  mayWrite: TabProps['mayWrite'];
  navigate: TabProps['navigate'];
  onClose(): void;
  /** A new risk was stored under `id`: the editor goes on with it. */
  onCreated(id: string): void;
  /** The risk is about to be deleted: its absence from the view is expected, not "not found". */
  onDeleting(id: string): void;
}

/**
 * A risk in a drawer: every field, its escalation and links, the intents (escalate, occurred →
 * issue, delete). Only touched fields are sent, each with the value it held when touched as
 * `expected`; a collision shows both values (ConflictChoice), and conflicts reported after an
 * offline edit synced are listed (StoredConflicts). Fields nobody touched follow the live record.
 */
export function RiskEditor({ view, risk, mayWrite, navigate, onClose, onCreated, onDeleting }: RiskEditorProps) {
  const mutate = useMutate(view.workspaceId);
  const isNew = risk === undefined;
  const canWrite = isNew ? mayWrite('risk') : mayWrite('risk', risk);
  const fresh = useMemo(() => ({ reviewDate: localIsoDateAfter(parseISO(view.today), reviewAfterDays) }), [view.today]);
  const [touched, setTouched] = useState<Touched>({});
  const [bases, setBases] = useState<Bases>({});
  const [errors, setErrors] = useState<RiskChanges['errors']>({});
  const [formError, setFormError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [conflict, setConflict] = useState<FieldConflict>();
  const [isBusy, setIsBusy] = useState(false);
  const [isAskingDiscard, setIsAskingDiscard] = useState(false);
  const [intent, setIntent] = useState<'escalate' | 'occurred' | 'delete'>();

  const valuesWith = (next: Touched): RiskFormValues => ({ ...formValuesOf(risk, fresh), ...next });
  const values = valuesWith(touched);
  const context = { persons: view.persons, current: risk };
  const isDirty = isNew ? Object.keys(touched).length > 0 : hasUnsavedChanges(values, bases, context);

  // A new risk starts at its title; an open one at the dialog's first control, as showModal (run by
  // the child ModalDialog's effect, before this one) leaves it.
  useEffect(() => {
    if (isNew) document.getElementById('risk-title')?.focus();
  }, []);

  // A touched field that holds what the record now holds goes back to following the record.
  useEffect(() => {
    if (!risk) return;
    const settled = (Object.keys(bases) as RiskFormField[]).filter((field) => {
      const next = storedValueOf(field, values, context);
      const isUnchanged = next.ok && (next.value === undefined || isSameValue(next.value, bases[field]));
      return isUnchanged && isSameValue(risk[field as keyof Risk], bases[field]);
    });
    if (settled.length === 0) return;
    setTouched((previous) => omit(previous, settled));
    setBases((previous) => omit(previous, settled));
  }, [risk, bases]);

  function set<K extends RiskFormField>(field: K, value: RiskFormValues[K]) {
    // Functional updates: one gesture may set two fields (the residual pair, kind and strategy).
    const fields: Touched = { [field]: value };
    // A strategy that does not fit the new kind must be chosen again (shared/schemas/risk.ts).
    if (field === 'kind' && values.responseStrategy !== '') {
      const fits = strategiesOf(value as Risk['kind']).includes(values.responseStrategy as never);
      if (!fits) fields.responseStrategy = '';
    }
    setTouched((previous) => ({ ...previous, ...fields }));
    setBases((previous) => {
      const next = { ...previous };
      for (const name of Object.keys(fields) as RiskFormField[]) {
        if (!(name in next)) next[name] = risk?.[name as keyof Risk];
      }
      return next;
    });
    setErrors((previous) => omit(previous, Object.keys(fields)));
    setNotice(undefined);
    setFormError(undefined);
  }

  /** Shows the fields' errors and moves focus to the first one; true when there are any. */
  function showErrors(invalid: RiskChanges['errors']): boolean {
    setErrors(invalid);
    const fields = Object.keys(invalid);
    if (fields.length === 0) return false;
    // After the render that shows the messages, so the field is announced with its error.
    setTimeout(() => {
      const first = document.querySelector<HTMLElement>(
        `.risks-editor [aria-invalid="true"], .risks-editor #risk-${fields[0]}`,
      );
      first?.focus();
    });
    return true;
  }

  async function create() {
    const { fields, errors: invalid } = buildRiskCreate(values, context);
    if (showErrors(invalid)) return;
    const id = crypto.randomUUID();
    setIsBusy(true);
    const outcome = await mutate('risk.create', {
      ...(fields as Omit<Risk, 'id'>),
      id,
      projectId: view.records.project.id,
      raisedOn: view.today,
      raisedBy: view.member.name,
    } as never);
    setIsBusy(false);
    if (!outcome.ok) {
      setFormError(outcome.message);
      return;
    }
    setTouched({});
    onCreated(id);
  }

  /** Sends the touched fields; `nextBases` / `nextTouched` are the state a conflict choice just set. */
  async function save(nextBases = bases, nextTouched = touched) {
    if (!risk) return;
    const changes = buildRiskUpdate(valuesWith(nextTouched), nextBases, { ...context, current: risk });
    if (showErrors(changes.errors)) return;
    if (Object.keys(changes.patch).length === 0) {
      setConflict(undefined);
      return;
    }
    setIsBusy(true);
    const args = { id: risk.id, patch: changes.patch, expected: changes.expected };
    const outcome = await mutate('risk.update', args as never);
    setIsBusy(false);
    if (outcome.ok) {
      setConflict(undefined);
      setFormError(undefined);
      setNotice(i18n.t('workspaceRisks.editor.saved'));
      setBases({ ...nextBases, ...changes.patch });
      return;
    }
    const collision = readFieldConflict('risk.update', args, outcome.error);
    if (collision) setConflict(collision);
    else setFormError(outcome.message);
  }

  function keepTheirs(field: string) {
    const nextTouched = omit(touched, [field as RiskFormField]);
    const nextBases = omit(bases, [field as RiskFormField]);
    setTouched(nextTouched);
    setBases(nextBases);
    setConflict(undefined);
    // The rest of the edit was refused with it: send it again without this field.
    if (risk && hasUnsavedChanges(valuesWith(nextTouched), nextBases, context)) void save(nextBases, nextTouched);
  }

  function useMine(collision: FieldConflict) {
    // Written over theirs on purpose, expecting what they wrote (field-conflict.ts keepMineUpdate).
    const nextBases = { ...bases, [collision.field]: collision.theirs };
    setBases(nextBases);
    void save(nextBases, touched);
  }

  function requestClose(): boolean {
    if (canWrite && isDirty) {
      setIsAskingDiscard(true);
      return false;
    }
    return true;
  }

  async function runIntent(send: () => Promise<EditOutcome>, after: () => void): Promise<EditOutcome> {
    const outcome = await send();
    if (outcome.ok) after();
    return outcome;
  }

  const label = (field: string) => fieldLabel(field, view.settings.currency);
  const heading = isNew
    ? i18n.t('workspaceRisks.editor.newTitle')
    : canWrite
      ? i18n.t('workspaceRisks.editor.editTitle')
      : i18n.t('workspaceRisks.editor.readTitle');
  const isActive = risk !== undefined && (risk.status === 'open' || risk.status === 'mitigating');
  const score = risk ? currentScore(risk) : undefined;

  return (
    <ModalDialog
      labelledBy="risk-editor-title"
      className="risks-dialog risks-editor"
      testId="risk-editor"
      onClose={onClose}
      onEscape={requestClose}
    >
      <form
        class="risks-editor__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!canWrite || isBusy) return;
          void (isNew ? create() : save());
        }}
      >
        <header class="risks-editor__header">
          <div class="risks-editor__heading">
            {risk ? <p class="risks-editor__eyebrow">{heading}</p> : null}
            <h2 id="risk-editor-title" class="risks-editor__title" data-testid="risk-editor-title">
              {risk ? risk.title : heading}
            </h2>
          </div>
          {score !== undefined ? (
            <ScoreChip score={score} band={bandOfScore(score, view.settings.riskMatrix)} testId="risk-editor-score" />
          ) : null}
          <CloseButton
            label={i18n.t('workspaceRisks.editor.close')}
            testId="risk-editor-close"
            isIcon
            onClick={() => {
              if (requestClose()) onClose();
            }}
          />
        </header>
        {risk && canWrite ? (
          <div class="risks-editor__intents">
            {isActive ? (
              <>
                <button
                  type="button"
                  class="button"
                  data-testid="risk-escalate"
                  disabled={isDirty}
                  aria-describedby={isDirty ? 'risk-intents-hint' : undefined}
                  onClick={() => setIntent('escalate')}
                >
                  {i18n.t('workspaceRisks.editor.escalate')}
                </button>
                {mayWrite('issue') ? (
                  <button
                    type="button"
                    class="button"
                    data-testid="risk-occurred"
                    disabled={isDirty}
                    aria-describedby={isDirty ? 'risk-intents-hint' : undefined}
                    onClick={() => setIntent('occurred')}
                  >
                    {i18n.t('workspaceRisks.editor.occurred')}
                  </button>
                ) : null}
              </>
            ) : null}
            <button
              type="button"
              class="button button--danger-quiet"
              data-testid="risk-delete"
              disabled={isDirty}
              aria-describedby={isDirty ? 'risk-intents-hint' : undefined}
              onClick={() => setIntent('delete')}
            >
              {i18n.t('workspaceRisks.editor.delete')}
            </button>
            {isDirty ? (
              <span id="risk-intents-hint" class="field-hint">
                {i18n.t('workspaceRisks.editor.saveFirst')}
              </span>
            ) : null}
          </div>
        ) : null}
        <div class="risks-editor__body">
          {risk ? <StoredConflicts workspaceId={view.workspaceId} recordId={risk.id} labelOf={label} /> : null}
          {conflict ? (
            <ConflictChoice
              conflict={conflict}
              fieldLabel={label(conflict.field)}
              isBusy={isBusy}
              onKeepTheirs={() => keepTheirs(conflict.field)}
              onUseMine={() => useMine(conflict)}
            />
          ) : null}
          {canWrite ? (
            <RiskForm
              values={values}
              current={risk}
              errors={errors}
              settings={view.settings}
              persons={view.persons}
              set={set}
              suggestions={
                isNew ? <LessonSuggestions workspaceId={view.workspaceId} risk={values} limit={3} /> : undefined
              }
            />
          ) : risk ? (
            <RiskDetails risk={risk} view={view} />
          ) : null}
          {risk ? (
            <>
              <section class="risks-form__section" aria-labelledby="risk-section-escalation">
                <h3 id="risk-section-escalation" class="risks-form__heading">
                  {i18n.t('workspaceRisks.editor.escalation')}
                </h3>
                <RiskEscalationInfo risk={risk} view={view} />
              </section>
              <section class="risks-form__section" aria-labelledby="risk-section-linked">
                <h3 id="risk-section-linked" class="risks-form__heading">
                  {i18n.t('workspaceRisks.editor.linked')}
                </h3>
                <RiskLinks risk={risk} view={view} navigate={navigate} />
              </section>
              <RiskOrigin risk={risk} />
              <RecordHistory
                workspaceId={view.workspaceId}
                entity="risk"
                recordId={risk.id}
                version={risk.version}
                labelOf={label}
                describeValue={describeRiskValue}
              />
            </>
          ) : null}
        </div>
        {canWrite ? (
          <footer class="risks-editor__footer">
            {isAskingDiscard ? (
              <div class="risks-editor__discard" role="alert" data-testid="risk-discard">
                <span>{i18n.t('workspaceRisks.editor.discardText')}</span>
                <button
                  type="button"
                  class="button button--danger-quiet"
                  data-testid="risk-discard-confirm"
                  onClick={onClose}
                >
                  {i18n.t('workspaceRisks.editor.discard')}
                </button>
                <button
                  type="button"
                  class="button"
                  data-testid="risk-discard-cancel"
                  onClick={() => setIsAskingDiscard(false)}
                >
                  {i18n.t('workspaceRisks.editor.keepEditing')}
                </button>
              </div>
            ) : null}
            <FormError id="risk-editor-error" message={formError} />
            <div class="form-actions">
              <button type="submit" class="button button--primary" data-testid="risk-save" disabled={isBusy}>
                {isBusy
                  ? i18n.t('workspaceRisks.editor.saving')
                  : isNew
                    ? i18n.t('workspaceRisks.editor.create')
                    : i18n.t('workspaceRisks.editor.save')}
              </button>
              <span class="risks-editor__state" aria-live="polite" data-testid="risk-editor-state">
                {isDirty ? i18n.t('workspaceRisks.editor.unsaved') : (notice ?? '')}
              </span>
            </div>
          </footer>
        ) : null}
      </form>
      {risk && intent === 'escalate' ? (
        <EscalateDialog
          risk={risk}
          persons={view.persons}
          onCancel={() => setIntent(undefined)}
          onEscalate={(to, reason) =>
            runIntent(
              () => mutate('risk.escalate', { id: risk.id, to, ...(reason ? { reason } : {}) }),
              () => {
                setIntent(undefined);
                setNotice(i18n.t('workspaceRisks.escalate.done', [to]));
              },
            )
          }
        />
      ) : null}
      {risk && intent === 'occurred' ? (
        <OccurredDialog
          risk={risk}
          onCancel={() => setIntent(undefined)}
          onConfirm={() => {
            const issueId = crypto.randomUUID();
            return runIntent(
              () => mutate('risk.occurred', { id: risk.id, issueId, expected: { status: risk.status } }),
              () => navigate({ tab: 'raid', recordId: issueId }),
            );
          }}
        />
      ) : null}
      {risk && intent === 'delete' ? (
        <DeleteDialog
          risk={risk}
          onCancel={() => setIntent(undefined)}
          onConfirm={() => {
            onDeleting(risk.id);
            return runIntent(() => mutate('risk.delete', { id: risk.id }), onClose);
          }}
        />
      ) : null}
    </ModalDialog>
  );
}

/** A copy of `record` without `keys`. */
function omit<T extends object>(record: T, keys: readonly string[]): T {
  const copy = { ...record } as Record<string, unknown>;
  for (const key of keys) delete copy[key];
  return copy as T;
}
