import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PlanRow } from '../../../../shared/analytics/schedule/plan-register';
import type { PersonRef } from '../../../../shared/schemas/common';
import type { Dependency, Milestone, PlanItem } from '../../../../shared/schemas/plan';
import { useRecordForm } from '../common/use-record-form';
import { ConflictChoice, StoredConflicts } from '../conflicts/ConflictNotice';
import { formatDay, formatFieldValue } from '../format';
import { RecordHistory } from '../history/RecordHistory';
import type { MayWrite } from '../may-write';
import type { ProjectView } from '../project-view';
import {
  CheckboxField,
  DateField,
  OwnerField,
  PersonsDatalist,
  ReadOnlyFields,
  SelectField,
  TextInputField,
} from '../raid/EditorFields';
import { useMutate } from '../use-mutate';
import { DateMoveDialog } from './DateMoveDialog';
import { PredecessorPicker } from './PredecessorPicker';
import { formatWorkingDays } from './plan-labels';

export type PlanEntity = 'milestone' | 'planItem';

const milestoneFields = ['title', 'owner', 'mandatory', 'actualDate', 'predecessors', 'forecastDate', 'baselineDate'];
const itemFields = [
  'title',
  'kind',
  'owner',
  'start',
  'durationDays',
  'end',
  'percentComplete',
  'plannedValue',
  'milestoneId',
  'predecessors',
];

const labelOf = (field: string) =>
  [...milestoneFields, ...itemFields].includes(field)
    ? i18n.t(`workspacePlan.fields.${field}` as 'workspacePlan.fields.title')
    : field;

interface PlanEditorProps {
  view: ProjectView;
  mayWrite: MayWrite;
  entity: PlanEntity;
  /** The record edited; undefined while creating one. */
  record?: Milestone | PlanItem;
  /** Its line in the schedule (float, critical, variance), when it exists. */
  row?: PlanRow;
  onClose(): void;
  onCreated(id: string): void;
}

function NumberField(props: {
  id: string;
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  step?: number;
  hint?: string;
  onValue(value: number | undefined): void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        data-testid={props.id}
        type="number"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.value ?? ''}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onInput={(event) => {
          const text = event.currentTarget.value;
          const number = Number(text);
          props.onValue(text === '' || !Number.isFinite(number) ? undefined : number);
        }}
      />
      {props.hint ? (
        <p id={`${props.id}-hint`} class="field-hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A milestone's or plan item's editor in the drawer, with the collision handling of the RAID editors
 * (use-record-form.ts: only changed fields are sent, each with the value it had when the form opened;
 * a refusal because someone else changed it shows both values). A milestone's forecast and baseline
 * move only through their dialogs, with a reason.
 */
export function PlanEditor({ view, mayWrite, entity, record, row, onClose, onCreated }: PlanEditorProps) {
  const canWrite = record ? mayWrite(entity, record) : mayWrite(entity);
  const fields = entity === 'milestone' ? milestoneFields : itemFields;
  const form = useRecordForm({
    workspaceId: view.workspaceId,
    entity,
    record,
    fields,
    lineFields: ['title'],
    defaults:
      entity === 'milestone'
        ? { mandatory: false, predecessors: [], forecastDate: view.today }
        : { kind: 'task', durationDays: 1, percentComplete: 0, predecessors: [], start: view.today },
  });
  const mutate = useMutate(view.workspaceId);
  const [moving, setMoving] = useState<'forecast' | 'baseline'>();
  const [titleError, setTitleError] = useState<string>();
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const values = form.values as Record<string, unknown>;
  const milestone = entity === 'milestone' ? (record as Milestone | undefined) : undefined;
  const titleId = 'plan-editor-title';

  useEffect(() => {
    if (isConfirmingDelete) deleteRef.current?.focus();
  }, [isConfirmingDelete]);

  const choices = [
    ...view.records.milestones.map((entry) => ({ id: entry.id, title: entry.title, isMilestone: true })),
    ...view.records.planItems.map((entry) => ({ id: entry.id, title: entry.title, isMilestone: false })),
  ];
  const titleOf = new Map(choices.map((choice) => [choice.id, choice.title]));
  const displayOf = (field: string, value: unknown): unknown => {
    if (field === 'predecessors')
      return ((value as Dependency[] | undefined) ?? [])
        .map((link) => `${titleOf.get(link.predecessorId) ?? '?'}${link.lagDays ? ` (${link.lagDays})` : ''}`)
        .join(', ');
    if (field === 'milestoneId') return typeof value === 'string' ? titleOf.get(value) : undefined;
    if (field === 'kind')
      return typeof value === 'string'
        ? i18n.t(`workspacePlan.itemKinds.${value}` as 'workspacePlan.itemKinds.task')
        : value;
    if (field === 'mandatory') return value ? i18n.t('workspacePlan.answerYes') : i18n.t('workspacePlan.answerNo');
    return value;
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (!canWrite || form.isBusy) return;
    if (form.cleanValueOf('title') === undefined) {
      setTitleError(i18n.t('workspacePlan.editor.titleRequired'));
      document.getElementById('plan-title')?.focus();
      return;
    }
    if (record) {
      await form.save();
      return;
    }
    const id = await form.create({ projectId: view.records.project.id });
    if (id) onCreated(id);
  }

  async function remove() {
    if (!record) return;
    const outcome = await mutate(`${entity}.delete`, { id: record.id });
    if (!outcome.ok) {
      form.setError(outcome.message);
      setIsConfirmingDelete(false);
      return;
    }
    onClose();
  }

  const field = (name: string) => ({
    id: `plan-${name}`,
    label: labelOf(name),
    value: values[name] as never,
    onValue: (value: unknown) => form.set(name, value),
  });

  const facts: { label: string; value: string; testId?: string }[] = row
    ? [
        {
          label: i18n.t('workspacePlan.columns.float'),
          value: row.totalFloat === null ? '—' : formatWorkingDays(row.totalFloat),
        },
        {
          label: i18n.t('workspacePlan.columns.baseline'),
          value: formatDay(row.baselineFinish ?? undefined),
        },
        {
          label: i18n.t('workspacePlan.columns.variance'),
          value: formatWorkingDays(row.varianceDays),
          testId: 'plan-editor-variance',
        },
        ...(row.pushedTo ? [{ label: i18n.t('workspacePlan.editor.pushedTo'), value: formatDay(row.pushedTo) }] : []),
      ]
    : [];

  let body: ComponentChildren;
  if (!canWrite && record) {
    body = (
      <ReadOnlyFields
        rows={fields
          .filter((name) => name !== 'title')
          .map((name) => ({
            label: labelOf(name),
            value: formatFieldValue(displayOf(name, (record as unknown as Record<string, unknown>)[name])),
          }))}
      />
    );
  } else if (canWrite) {
    body = (
      <form
        class="raid-form"
        onSubmit={(event) => void submit(event)}
        noValidate
        data-autofocus={record ? undefined : ''}
      >
        <div class="raid-form__grid">
          <TextInputField
            {...field('title')}
            className="raid-form__wide"
            maxLength={300}
            isRequired
            error={titleError}
            onValue={(value) => {
              form.set('title', value);
              setTitleError(undefined);
            }}
          />
          <OwnerField
            {...field('owner')}
            value={values.owner as PersonRef | undefined}
            persons={view.persons}
            original={record?.owner}
          />
          {entity === 'milestone' ? (
            <>
              {record ? null : (
                <>
                  <DateField {...field('forecastDate')} isRequired />
                  <DateField {...field('baselineDate')} />
                </>
              )}
              <DateField {...field('actualDate')} hint={i18n.t('workspacePlan.editor.actualHint')} />
              <CheckboxField {...field('mandatory')} value={Boolean(values.mandatory)} />
            </>
          ) : (
            <>
              <SelectField
                {...field('kind')}
                value={(values.kind as string) ?? 'task'}
                options={['task', 'deliverable']}
                describe={(kind) => i18n.t(`workspacePlan.itemKinds.${kind as 'task'}` as const)}
              />
              <DateField {...field('start')} />
              <NumberField
                {...field('durationDays')}
                min={0}
                max={10000}
                hint={i18n.t('workspacePlan.editor.durationHint')}
              />
              <DateField {...field('end')} hint={i18n.t('workspacePlan.editor.endHint')} />
              <NumberField {...field('percentComplete')} min={0} max={100} />
              <NumberField
                {...field('plannedValue')}
                label={i18n.t('workspacePlan.fields.plannedValueIn', [view.settings.currency])}
                min={0}
                max={1e12}
                step={0.01}
              />
              <SelectField
                {...field('milestoneId')}
                value={(values.milestoneId as string) ?? ''}
                options={['', ...view.records.milestones.map((entry) => entry.id)]}
                describe={(id) => (id === '' ? i18n.t('workspacePlan.editor.noMilestone') : (titleOf.get(id) ?? id))}
                onValue={(id) => form.set('milestoneId', id === '' ? undefined : id)}
              />
            </>
          )}
          <div class="raid-form__wide">
            <PredecessorPicker
              id="plan-predecessors"
              selfId={record?.id}
              value={(values.predecessors as Dependency[] | undefined) ?? []}
              choices={choices}
              onValue={(links) => form.set('predecessors', links)}
            />
          </div>
        </div>
        {form.error ? (
          <p class="form-error" role="alert" data-testid="plan-form-error">
            {form.error}
          </p>
        ) : null}
        <div class="raid-form__actions">
          <button
            type="submit"
            class="button button--primary"
            data-testid="plan-save"
            disabled={form.isBusy || (record !== undefined && !form.isDirty)}
          >
            {record ? i18n.t('workspacePlan.editor.save') : i18n.t('workspacePlan.editor.create')}
          </button>
          <span class="raid-saved" role="status" data-testid="plan-saved">
            {form.isSaved ? i18n.t('workspacePlan.editor.saved') : ''}
          </span>
          {record ? (
            <button
              type="button"
              class="button button--danger-quiet raid-form__delete"
              data-testid="plan-delete"
              onClick={() => setIsConfirmingDelete(true)}
            >
              {i18n.t('workspacePlan.editor.delete')}
            </button>
          ) : null}
        </div>
        {isConfirmingDelete && record ? (
          <div class="raid-confirm" role="alertdialog" aria-labelledby="plan-delete-question">
            <p id="plan-delete-question">{i18n.t('workspacePlan.editor.deleteQuestion', [record.title])}</p>
            <div class="form-actions">
              <button
                ref={deleteRef}
                type="button"
                class="button button--danger"
                data-testid="plan-delete-confirm"
                onClick={() => void remove()}
              >
                {i18n.t('workspacePlan.editor.delete')}
              </button>
              <button type="button" class="button" onClick={() => setIsConfirmingDelete(false)}>
                {i18n.t('workspacePlan.cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </form>
    );
  }

  return (
    <article class="raid-editor plan-editor" aria-labelledby={titleId} data-testid={`${entity}-editor`}>
      <PersonsDatalist persons={view.persons} />
      <header class="raid-editor__header">
        <div class="raid-editor__titles">
          <p class="raid-editor__kind">
            {record
              ? i18n.t(`workspacePlan.kinds.${entity}` as const)
              : i18n.t(entity === 'milestone' ? 'workspacePlan.newMilestone' : 'workspacePlan.newItem')}
          </p>
          <h2 id={titleId} class="raid-editor__title" tabIndex={-1} data-autofocus={record ? '' : undefined}>
            {record
              ? record.title
              : i18n.t(entity === 'milestone' ? 'workspacePlan.newMilestone' : 'workspacePlan.newItem')}
          </h2>
        </div>
        <button
          type="button"
          class="button button--quiet button--icon"
          data-testid="plan-editor-close"
          aria-label={i18n.t('workspacePlan.editor.close')}
          title={i18n.t('workspacePlan.editor.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {row?.isCritical ? (
        <p class="plan-editor__critical" data-testid="plan-editor-critical">
          <span class="chip chip--critical">{i18n.t('workspacePlan.critical')}</span>{' '}
          {i18n.t('workspacePlan.editor.criticalHint')}
        </p>
      ) : null}
      {facts.length > 0 ? (
        <dl class="raid-readonly plan-editor__facts">
          {facts.map((fact) => (
            <div key={fact.label} class="raid-readonly__row">
              <dt>{fact.label}</dt>
              <dd data-testid={fact.testId}>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {milestone ? (
        <section class="plan-dates" aria-label={i18n.t('workspacePlan.editor.datesTitle')}>
          <div class="plan-dates__item">
            <span class="field-label">{labelOf('forecastDate')}</span>
            <strong data-testid="plan-forecast">{formatDay(milestone.forecastDate)}</strong>
            {canWrite && !milestone.actualDate ? (
              <button type="button" class="button" data-testid="plan-reschedule" onClick={() => setMoving('forecast')}>
                {i18n.t('workspacePlan.move.forecastButton')}
              </button>
            ) : null}
          </div>
          <div class="plan-dates__item">
            <span class="field-label">{labelOf('baselineDate')}</span>
            <strong data-testid="plan-baseline-date">{formatDay(milestone.baselineDate)}</strong>
            {canWrite && !milestone.actualDate ? (
              <button type="button" class="button" data-testid="plan-rebaseline" onClick={() => setMoving('baseline')}>
                {i18n.t('workspacePlan.move.baselineButton')}
              </button>
            ) : null}
          </div>
          {milestone.dateChanges?.length ? (
            <details class="plan-dates__trail">
              <summary>{i18n.t('workspacePlan.editor.trail', milestone.dateChanges.length)}</summary>
              <ol data-testid="plan-date-trail">
                {[...milestone.dateChanges].reverse().map((change) => (
                  <li key={`${change.at}-${change.kind}-${change.to}`}>
                    {i18n.t(`workspacePlan.editor.trailEntry.${change.kind}`, [
                      formatDay(change.from),
                      formatDay(change.to),
                      formatDay(change.at.slice(0, 10)),
                    ])}
                    {change.reason ? <q class="plan-dates__reason">{change.reason}</q> : null}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </section>
      ) : null}
      {!canWrite ? (
        <p class="raid-note" data-testid="plan-readonly-note">
          {i18n.t('workspacePlan.editor.readOnly', [i18n.t(`roles.${view.member.role}` as const)])}
        </p>
      ) : null}
      {record && canWrite ? (
        <StoredConflicts
          workspaceId={view.workspaceId}
          recordId={record.id}
          labelOf={labelOf}
          describeValue={(name, value) => formatFieldValue(displayOf(name, value))}
        />
      ) : null}
      {form.conflict && record ? (
        <ConflictChoice
          conflict={{
            entity,
            recordId: record.id,
            field: form.conflict.field,
            theirs: displayOf(form.conflict.field, form.conflict.theirs),
            yours: displayOf(form.conflict.field, form.cleanValueOf(form.conflict.field)),
            hasYours: true,
          }}
          fieldLabel={labelOf(form.conflict.field)}
          isBusy={form.isBusy}
          onKeepTheirs={form.keepTheirs}
          onUseMine={() => void form.keepMine()}
        />
      ) : null}
      {body}
      {record ? (
        <RecordHistory
          workspaceId={view.workspaceId}
          entity={entity}
          recordId={record.id}
          version={record.version}
          labelOf={labelOf}
          describeValue={(name, value) => formatFieldValue(displayOf(name, value))}
        />
      ) : null}
      {moving && milestone ? (
        <DateMoveDialog
          workspaceId={view.workspaceId}
          milestone={milestone}
          kind={moving}
          onClose={() => setMoving(undefined)}
        />
      ) : null}
    </article>
  );
}
