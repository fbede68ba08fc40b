import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Allocation } from '../../../../shared/schemas/resources';
import { CloseButton } from '../../common/CloseButton';
import { ConfirmActions } from '../../common/ConfirmActions';
import { ModalDialog } from '../common/ModalDialog';
import { useRecordForm } from '../common/use-record-form';
import { RecordFormConflicts } from '../conflicts/ConflictNotice';
import { formatFieldValue } from '../format';
import { RecordHistory } from '../history/RecordHistory';
import type { ProjectView } from '../project-view';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { describedBy, ResourceField, readNumber } from './ResourceField';

const fields = ['personId', 'from', 'to', 'hoursPerWeek', 'percent', 'isKey'] as const;
type Field = (typeof fields)[number];
type Unit = 'hours' | 'percent';
type Errors = Partial<Record<Field, string>>;

interface AllocationEditorProps {
  view: ProjectView;
  /** The allocation to edit; undefined to create one. */
  allocation: Allocation | undefined;
  /** The person a new allocation starts with (just added to the workspace). */
  personId?: string;
  mayWrite: TabProps['mayWrite'];
  onClose(): void;
  /** The allocation is about to be deleted: its absence from the view is expected. */
  onDeleting(id: string): void;
}

/** The field's label, for the form and the conflict choices. */
export function allocationFieldLabel(field: string): string {
  switch (field) {
    case 'personId':
      return i18n.t('workspaceResources.editor.person');
    case 'from':
      return i18n.t('workspaceResources.editor.from');
    case 'to':
      return i18n.t('workspaceResources.editor.to');
    case 'hoursPerWeek':
      return i18n.t('workspaceResources.editor.hoursPerWeek');
    case 'percent':
      return i18n.t('workspaceResources.editor.percent');
    case 'isKey':
      return i18n.t('workspaceResources.editor.isKey');
    default:
      return field;
  }
}

/**
 * An allocation in a dialog: person, from, to, hours per week or percent of capacity, key person.
 * The form is issue 14's "Edits that collide" one (extension/pages/workspace/common/use-record-form.ts):
 * only changed fields are sent with the value they had as `expected`, a collision shows both values,
 * and conflicts reported after an offline edit synced are listed.
 */
export function AllocationEditor({ view, allocation, personId, mayWrite, onClose, onDeleting }: AllocationEditorProps) {
  const isNew = allocation === undefined;
  const canWrite = isNew ? mayWrite('allocation') : mayWrite('allocation', allocation);
  const form = useRecordForm({
    workspaceId: view.workspaceId,
    // The form hook is generic over entities; its type names the RAID ones it was written for.
    entity: 'allocation',
    record: allocation,
    fields,
    defaults: { personId: personId ?? '', from: view.today, to: '', percent: 100, isKey: false },
  });
  const mutate = useMutate(view.workspaceId);
  const [unit, setUnit] = useState<Unit>(allocation?.hoursPerWeek !== undefined ? 'hours' : 'percent');
  // The one load field the chosen unit edits (the schema holds either, shared/schemas/resources.ts).
  const amountField = unit === 'hours' ? 'hoursPerWeek' : 'percent';
  const [errors, setErrors] = useState<Errors>({});
  const [isAskingDiscard, setIsAskingDiscard] = useState(false);
  const [isAskingDelete, setIsAskingDelete] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const persons = [...view.persons].sort((a, b) => a.name.localeCompare(b.name));
  const personName = (id: unknown) => view.persons.find((person) => person.id === id)?.name;
  const heading = isNew
    ? i18n.t('workspaceResources.editor.newTitle')
    : i18n.t('workspaceResources.editor.title', [
        personName(allocation.personId) ?? i18n.t('workspaceResources.unknownPerson'),
      ]);

  useEffect(() => {
    if (isAskingDiscard || isAskingDelete) confirmRef.current?.focus();
  }, [isAskingDiscard, isAskingDelete]);

  const values = form.values;
  const amount = unit === 'hours' ? values.hoursPerWeek : values.percent;

  function set(field: Field, value: unknown) {
    form.set(field, value);
    setErrors((previous) => ({ ...previous, [field]: undefined }));
    setSavedNotice(false);
  }

  function changeUnit(next: Unit) {
    setUnit(next);
    // One of the two is stored: hours win over percent when both are (docs/domain.md "Allocation").
    set(next === 'hours' ? 'hoursPerWeek' : 'percent', amount);
    set(next === 'hours' ? 'percent' : 'hoursPerWeek', undefined);
  }

  function validate(): boolean {
    const found: Errors = {};
    if (!values.personId) found.personId = i18n.t('workspaceResources.editor.personRequired');
    if (!values.from) found.from = i18n.t('workspaceResources.editor.dateRequired');
    if (!values.to) found.to = i18n.t('workspaceResources.editor.dateRequired');
    else if (values.from && String(values.to) < String(values.from))
      found.to = i18n.t('workspaceResources.editor.toBeforeFrom');
    const amountField: Field = unit === 'hours' ? 'hoursPerWeek' : 'percent';
    const max = unit === 'hours' ? 168 : 500;
    if (typeof amount !== 'number') found[amountField] = i18n.t('workspaceResources.editor.amountRequired');
    else if (amount < 0 || amount > max)
      found[amountField] = i18n.t('workspaceResources.editor.amountRange', [String(max)]);
    setErrors(found);
    const first = fields.find((field) => found[field]);
    if (first) setTimeout(() => document.getElementById(`allocation-${first}`)?.focus());
    return first === undefined;
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!canWrite || form.isBusy || !validate()) return;
    if (allocation) {
      const outcome = await form.save();
      if (outcome?.ok) setSavedNotice(true);
      return;
    }
    const id = await form.create({ projectId: view.records.project.id });
    if (id) onClose();
  }

  async function remove() {
    if (!allocation) return;
    onDeleting(allocation.id);
    const outcome = await mutate('allocation.delete', { id: allocation.id });
    if (outcome.ok) onClose();
    else {
      form.setError(outcome.message);
      setIsAskingDelete(false);
    }
  }

  const requestClose = () => {
    if (!form.isDirty || !canWrite) return true;
    setIsAskingDiscard(true);
    return false;
  };
  const displayOf = (field: string, value: unknown): string => {
    if (field === 'personId') return personName(value) ?? formatFieldValue(value);
    if (field === 'isKey') return value ? i18n.t('workspaceResources.yes') : i18n.t('workspaceResources.no');
    return formatFieldValue(value);
  };

  return (
    <ModalDialog
      labelledBy="allocation-editor-title"
      className="resources-dialog"
      testId="allocation-editor"
      onClose={onClose}
      onEscape={requestClose}
    >
      <form class="resources-dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <header class="resources-dialog__header">
          <h2 id="allocation-editor-title" class="resources-dialog__title">
            {heading}
          </h2>
          <CloseButton
            label={i18n.t('workspaceResources.close')}
            testId="allocation-close"
            onClick={() => {
              if (requestClose()) onClose();
            }}
          />
        </header>
        <RecordFormConflicts
          form={form}
          labelOf={allocationFieldLabel}
          describeValue={displayOf}
          isStoredShown={canWrite}
          onKeepTheirs={(conflict) => {
            if (conflict.field === 'hoursPerWeek' && conflict.theirs !== undefined) setUnit('hours');
            if (conflict.field === 'percent' && conflict.theirs !== undefined) setUnit('percent');
          }}
        />
        {canWrite ? (
          <div class="resources-form">
            <ResourceField id="allocation-personId" label={allocationFieldLabel('personId')} error={errors.personId}>
              <select
                id="allocation-personId"
                data-testid="allocation-personId"
                value={String(values.personId ?? '')}
                aria-invalid={errors.personId ? 'true' : undefined}
                aria-describedby={describedBy('allocation-personId', errors.personId)}
                onInput={(event) => set('personId', event.currentTarget.value)}
                onChange={(event) => set('personId', event.currentTarget.value)}
              >
                <option value="">{i18n.t('workspaceResources.editor.pickPerson')}</option>
                {persons.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.email ? `${person.name} (${person.email})` : person.name}
                  </option>
                ))}
              </select>
            </ResourceField>
            <div class="resources-form__pair">
              {(['from', 'to'] as const).map((field) => (
                <ResourceField
                  key={field}
                  id={`allocation-${field}`}
                  label={allocationFieldLabel(field)}
                  error={errors[field]}
                >
                  <input
                    id={`allocation-${field}`}
                    data-testid={`allocation-${field}`}
                    type="date"
                    value={String(values[field] ?? '')}
                    aria-invalid={errors[field] ? 'true' : undefined}
                    aria-describedby={describedBy(`allocation-${field}`, errors[field])}
                    onInput={(event) => set(field, event.currentTarget.value)}
                  />
                </ResourceField>
              ))}
            </div>
            <fieldset class="resources-form__load">
              <legend class="field-label">{i18n.t('workspaceResources.editor.load')}</legend>
              <div class="resources-form__pair">
                <ResourceField id="allocation-unit" label={i18n.t('workspaceResources.editor.unit')}>
                  <select
                    id="allocation-unit"
                    data-testid="allocation-unit"
                    value={unit}
                    onInput={(event) => changeUnit(event.currentTarget.value as Unit)}
                    onChange={(event) => changeUnit(event.currentTarget.value as Unit)}
                  >
                    <option value="percent">{i18n.t('workspaceResources.editor.unitPercent')}</option>
                    <option value="hours">{i18n.t('workspaceResources.editor.unitHours')}</option>
                  </select>
                </ResourceField>
                <ResourceField
                  id={`allocation-${amountField}`}
                  label={allocationFieldLabel(amountField)}
                  error={errors[amountField]}
                >
                  <input
                    id={`allocation-${amountField}`}
                    data-testid="allocation-amount"
                    type="number"
                    min={0}
                    max={unit === 'hours' ? 168 : 500}
                    step="any"
                    inputMode="decimal"
                    value={values[amountField] === undefined ? '' : String(values[amountField])}
                    aria-invalid={errors[amountField] ? 'true' : undefined}
                    aria-describedby={describedBy(`allocation-${amountField}`, errors[amountField])}
                    onInput={(event) => set(amountField, readNumber(event.currentTarget.value))}
                  />
                </ResourceField>
              </div>
            </fieldset>
            <label class="resources-check">
              <input
                type="checkbox"
                data-testid="allocation-isKey"
                checked={values.isKey === true}
                onChange={(event) => set('isKey', event.currentTarget.checked)}
              />
              <span>
                {allocationFieldLabel('isKey')}
                <span class="field-hint resources-check__hint">{i18n.t('workspaceResources.keyPersonHint')}</span>
              </span>
            </label>
          </div>
        ) : (
          <dl class="resources-readonly" data-testid="allocation-readonly">
            {fields.map((field) =>
              allocation && allocation[field] !== undefined ? (
                <div key={field}>
                  <dt>{allocationFieldLabel(field)}</dt>
                  <dd>{displayOf(field, allocation[field])}</dd>
                </div>
              ) : null,
            )}
          </dl>
        )}
        {isAskingDiscard ? (
          <div class="resources-confirm" role="alertdialog" aria-labelledby="allocation-discard-text">
            <p id="allocation-discard-text">{i18n.t('workspaceResources.editor.discardText')}</p>
            <ConfirmActions
              confirmLabel={i18n.t('workspaceResources.editor.discard')}
              confirmTestId="allocation-discard"
              confirmClass="button button--danger-quiet"
              confirmRef={confirmRef}
              onConfirm={onClose}
              keepLabel={i18n.t('workspaceResources.editor.keepEditing')}
              onKeep={() => setIsAskingDiscard(false)}
            />
          </div>
        ) : null}
        {isAskingDelete ? (
          <div class="resources-confirm" role="alertdialog" aria-labelledby="allocation-delete-text">
            <p id="allocation-delete-text">{i18n.t('workspaceResources.editor.deleteQuestion')}</p>
            <ConfirmActions
              confirmLabel={i18n.t('workspaceResources.editor.confirmDelete')}
              confirmTestId="allocation-delete-confirm"
              confirmRef={confirmRef}
              onConfirm={() => void remove()}
              keepLabel={i18n.t('workspaceResources.editor.keep')}
              onKeep={() => setIsAskingDelete(false)}
            />
          </div>
        ) : null}
        {form.error ? (
          <p class="form-error" role="alert" data-testid="allocation-error">
            {form.error}
          </p>
        ) : null}
        {canWrite ? (
          <div class="form-actions resources-dialog__actions">
            <button
              type="submit"
              class="button button--primary"
              data-testid="allocation-save"
              disabled={form.isBusy || (!isNew && !form.isDirty)}
            >
              {form.isBusy
                ? i18n.t('workspaceResources.editor.saving')
                : isNew
                  ? i18n.t('workspaceResources.editor.create')
                  : i18n.t('workspaceResources.editor.save')}
            </button>
            <span class="field-hint" role="status" data-testid="allocation-saved">
              {savedNotice && !form.isDirty ? i18n.t('workspaceResources.editor.saved') : ''}
            </span>
            {allocation && mayWrite('allocation', allocation) ? (
              <button
                type="button"
                class="button button--danger-quiet resources-dialog__delete"
                data-testid="allocation-delete"
                onClick={() => setIsAskingDelete(true)}
              >
                {i18n.t('workspaceResources.editor.delete')}
              </button>
            ) : null}
          </div>
        ) : (
          <div class="form-actions resources-dialog__actions">
            <button type="button" class="button button--primary" onClick={onClose}>
              {i18n.t('workspaceResources.close')}
            </button>
          </div>
        )}
        {allocation ? (
          <RecordHistory
            workspaceId={view.workspaceId}
            entity="allocation"
            recordId={allocation.id}
            version={allocation.version}
            labelOf={allocationFieldLabel}
            describeValue={displayOf}
          />
        ) : null}
      </form>
    </ModalDialog>
  );
}
