import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnyRecord } from '../../../../shared/entities';
import type { CostEntry, CostKind } from '../../../../shared/schemas/costs';
import { CloseButton } from '../../common/CloseButton';
import { ModalDialog } from '../common/ModalDialog';
import { useRecordForm } from '../common/use-record-form';
import { RecordFormConflicts } from '../conflicts/ConflictNotice';
import { formatFieldValue, formatMoney } from '../format';
import type { ProjectView } from '../project-view';
import type { TabProps } from '../tab-props';
import { formatHours, formatMonth, periodOfMonthInput, readAmountInput } from './cost-format';

const fields = ['kind', 'period', 'amount', 'personId', 'hours', 'note'] as const;
type Field = (typeof fields)[number];
/** The number fields, kept as typed ("1 234,50") while the form holds the number they read as. */
type TypedField = 'amount' | 'hours';
type Errors = Partial<Record<Field, string>>;

interface CostEntryEditorProps {
  view: ProjectView;
  entry: CostEntry;
  mayWrite: TabProps['mayWrite'];
  onClose(): void;
}

/** The field's label, for the form and the conflict choices. */
function costFieldLabel(field: string): string {
  switch (field) {
    case 'kind':
      return i18n.t('workspaceCosts.entries.kind');
    case 'period':
      return i18n.t('workspaceCosts.entries.period');
    case 'amount':
      return i18n.t('workspaceCosts.entries.amount');
    case 'personId':
      return i18n.t('workspaceCosts.entries.person');
    case 'hours':
      return i18n.t('workspaceCosts.entries.hours');
    case 'note':
      return i18n.t('workspaceCosts.entries.note');
    default:
      return field;
  }
}

/**
 * One cost entry in a dialog: kind, month, amount, person, hours, note. Entered and CSV amounts are
 * edited with issue 14's form (common/use-record-form.ts: only changed fields, with `expected`, and a
 * collision shown as a choice); Jira amounts are read-only, as a re-import of their month replaces them.
 */
export function CostEntryEditor({ view, entry, mayWrite, onClose }: CostEntryEditorProps) {
  const isFromJira = entry.source === 'jira';
  const canWrite = !isFromJira && mayWrite('costEntry', entry as AnyRecord);
  const form = useRecordForm({
    workspaceId: view.workspaceId,
    entity: 'costEntry',
    record: entry as AnyRecord,
    fields,
    lineFields: ['note'],
  });
  const [typed, setTyped] = useState<Partial<Record<TypedField, string>>>({});
  const [errors, setErrors] = useState<Errors>({});
  const currency = view.settings.currency;
  const values = form.values;
  const persons = [...view.persons].sort((a, b) => a.name.localeCompare(b.name));
  const personName = (id: unknown) => view.persons.find((person) => person.id === id)?.name;

  function set(field: Field, value: unknown) {
    form.set(field, value);
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  function setTypedNumber(field: TypedField, text: string) {
    setTyped((previous) => ({ ...previous, [field]: text }));
    set(field, text.trim() === '' ? undefined : (readAmountInput(text) ?? Number.NaN));
  }

  const shownNumber = (field: TypedField) =>
    typed[field] ?? (typeof values[field] === 'number' ? String(values[field]) : '');

  function validate(): boolean {
    const isValidNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
    const found: Errors = {
      period: periodOfMonthInput(String(values.period ?? '').slice(0, 7))
        ? undefined
        : i18n.t('workspaceCosts.form.invalidPeriod'),
      amount: isValidNumber(values.amount) ? undefined : i18n.t('workspaceCosts.form.invalidAmount'),
      hours:
        values.hours === undefined || isValidNumber(values.hours)
          ? undefined
          : i18n.t('workspaceCosts.form.invalidHours'),
    };
    setErrors(found);
    const first = fields.find((field) => found[field]);
    if (first) setTimeout(() => document.getElementById(`cost-edit-${first}`)?.focus());
    return first === undefined;
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (!canWrite || form.isBusy || !validate()) return;
    const outcome = await form.save();
    if (outcome?.ok) onClose();
  }

  const displayOf = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (field === 'period') return formatMonth(String(value));
    if (field === 'amount') return formatMoney(Number(value), currency);
    if (field === 'hours') return formatHours(Number(value));
    if (field === 'kind') return i18n.t(`workspaceCosts.kinds.${value === 'planned' ? 'planned' : 'actual'}`);
    if (field === 'personId') return personName(value) ?? formatFieldValue(value);
    return formatFieldValue(value);
  };
  const errorProps = (field: Field) => ({
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby': errors[field] ? `cost-edit-${field}-error` : undefined,
  });
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p id={`cost-edit-${field}-error`} class="field-error" data-testid={`cost-edit-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <ModalDialog labelledBy="cost-editor-title" className="costs-dialog" testId="cost-editor" onClose={onClose}>
      <form class="costs-dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <header class="costs-dialog__header">
          <h2 id="cost-editor-title" class="costs-dialog__title">
            {canWrite
              ? i18n.t('workspaceCosts.form.editTitle')
              : i18n.t('workspaceCosts.editor.viewTitle', [
                  displayOf('amount', entry.amount),
                  formatMonth(entry.period),
                ])}
          </h2>
          <CloseButton label={i18n.t('workspaceCosts.editor.close')} testId="cost-editor-close" onClick={onClose} />
        </header>
        {isFromJira ? (
          <p class="muted" data-testid="cost-editor-jira">
            {i18n.t('workspaceCosts.editor.jiraReadOnly')}
          </p>
        ) : canWrite ? null : (
          <p class="muted" data-testid="cost-editor-read-only">
            {i18n.t('workspaceCosts.editor.readOnly')}
          </p>
        )}
        {canWrite ? (
          <RecordFormConflicts
            form={form}
            labelOf={costFieldLabel}
            describeValue={displayOf}
            onKeepTheirs={(conflict) => {
              // Their number replaces what was typed.
              if (conflict.field === 'amount' || conflict.field === 'hours')
                setTyped((previous) => ({ ...previous, [conflict.field]: undefined }));
            }}
          />
        ) : null}
        {canWrite ? (
          <div class="costs-dialog__fields">
            <div class="field">
              <label for="cost-edit-kind">{costFieldLabel('kind')}</label>
              <select
                id="cost-edit-kind"
                data-testid="cost-edit-kind"
                value={String(values.kind ?? 'actual')}
                onChange={(event) => set('kind', event.currentTarget.value as CostKind)}
              >
                <option value="actual">{i18n.t('workspaceCosts.kinds.actual')}</option>
                <option value="planned">{i18n.t('workspaceCosts.kinds.planned')}</option>
              </select>
            </div>
            <div class={errors.period ? 'field field--invalid' : 'field'}>
              <label for="cost-edit-period">{i18n.t('workspaceCosts.form.period')}</label>
              <input
                id="cost-edit-period"
                data-testid="cost-edit-period"
                type="month"
                value={String(values.period ?? '').slice(0, 7)}
                {...errorProps('period')}
                onInput={(event) => set('period', periodOfMonthInput(event.currentTarget.value) ?? '')}
              />
              {fieldError('period')}
            </div>
            <div class={errors.amount ? 'field field--invalid' : 'field'}>
              <label for="cost-edit-amount">{i18n.t('workspaceCosts.form.amount', [currency])}</label>
              <input
                id="cost-edit-amount"
                data-testid="cost-edit-amount"
                inputMode="decimal"
                value={shownNumber('amount')}
                {...errorProps('amount')}
                onInput={(event) => setTypedNumber('amount', event.currentTarget.value)}
              />
              {fieldError('amount')}
            </div>
            <div class="field">
              <label for="cost-edit-personId">{i18n.t('workspaceCosts.form.person')}</label>
              <select
                id="cost-edit-personId"
                data-testid="cost-edit-person"
                value={String(values.personId ?? '')}
                onChange={(event) => set('personId', event.currentTarget.value)}
              >
                <option value="">{i18n.t('workspaceCosts.form.noPerson')}</option>
                {persons.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </div>
            <div class={errors.hours ? 'field field--invalid' : 'field'}>
              <label for="cost-edit-hours">{i18n.t('workspaceCosts.form.hours')}</label>
              <input
                id="cost-edit-hours"
                data-testid="cost-edit-hours"
                inputMode="decimal"
                value={shownNumber('hours')}
                {...errorProps('hours')}
                onInput={(event) => setTypedNumber('hours', event.currentTarget.value)}
              />
              {fieldError('hours')}
            </div>
            <div class="field costs-dialog__note">
              <label for="cost-edit-note">{i18n.t('workspaceCosts.form.note')}</label>
              <input
                id="cost-edit-note"
                data-testid="cost-edit-note"
                maxLength={500}
                value={String(values.note ?? '')}
                onInput={(event) => set('note', event.currentTarget.value)}
              />
            </div>
          </div>
        ) : (
          <dl class="costs-readonly-entry" data-testid="cost-editor-readonly">
            {[...fields, 'source' as const].map((field) =>
              entry[field] !== undefined ? (
                <div key={field}>
                  <dt>{field === 'source' ? i18n.t('workspaceCosts.entries.source') : costFieldLabel(field)}</dt>
                  <dd>
                    {field === 'source'
                      ? i18n.t(`workspaceCosts.sources.${entry.source}`)
                      : displayOf(field, entry[field])}
                  </dd>
                </div>
              ) : null,
            )}
            {entry.issueKeys?.length ? (
              <div>
                <dt>{i18n.t('workspaceCosts.editor.issues')}</dt>
                <dd>{entry.issueKeys.join(', ')}</dd>
              </div>
            ) : null}
          </dl>
        )}
        {form.error ? (
          <p class="form-error" role="alert" data-testid="cost-editor-error">
            {form.error}
          </p>
        ) : null}
        <div class="form-actions costs-dialog__actions">
          {canWrite ? (
            <button
              type="submit"
              class="button button--primary"
              data-testid="cost-editor-save"
              disabled={form.isBusy || !form.isDirty}
            >
              {form.isBusy ? i18n.t('workspaceCosts.editor.saving') : i18n.t('workspaceCosts.form.save')}
            </button>
          ) : null}
          <button type="button" class="button" data-testid="cost-editor-cancel" onClick={onClose}>
            {canWrite ? i18n.t('workspaceCosts.form.cancel') : i18n.t('workspaceCosts.editor.close')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
