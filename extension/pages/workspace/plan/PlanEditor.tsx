import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PlanRow } from '../../../../shared/analytics/schedule/plan-register';
import type { PersonRef } from '../../../../shared/schemas/common';
import type { Dependency, Milestone, PlanItem } from '../../../../shared/schemas/plan';
import { useRecordForm } from '../common/use-record-form';
import { RecordFormConflicts } from '../conflicts/ConflictNotice';
import { formatDay, formatFieldValue } from '../format';
import { RecordHistory } from '../history/RecordHistory';
import type { MayWrite } from '../may-write';
import type { ProjectView } from '../project-view';
import { EditorActions } from '../raid/EditorActions';
import {
  CheckboxField,
  DateField,
  OwnerField,
  PersonsDatalist,
  ReadOnlyFields,
  SelectField,
  TitleField,
} from '../raid/EditorFields';
import { EditorHeader } from '../raid/EditorHeader';
import { useRequiredTitle } from '../raid/use-required-title';
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
  const title = useRequiredTitle(form, 'plan-title', i18n.t('workspacePlan.editor.titleRequired'));
  const values = form.values as Record<string, unknown>;
  const milestone = entity === 'milestone' ? (record as Milestone | undefined) : undefined;
  const titleId = 'plan-editor-title';
  const newLabel = i18n.t(entity === 'milestone' ? 'workspacePlan.newMilestone' : 'workspacePlan.newItem');

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
  const describeValue = (name: string, value: unknown) => formatFieldValue(displayOf(name, value));

  async function submit(event: Event) {
    event.preventDefault();
    if (!canWrite || form.isBusy || !title.check()) return;
    if (record) {
      await form.save();
      return;
    }
    const id = await form.create({ projectId: view.records.project.id });
    if (id) onCreated(id);
  }

  async function remove(): Promise<boolean> {
    if (!record) return false;
    const outcome = await mutate(`${entity}.delete`, { id: record.id });
    if (!outcome.ok) {
      form.setError(outcome.message);
      return false;
    }
    onClose();
    return true;
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
          <TitleField {...field('title')} title={title} />
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
        <EditorActions
          idPrefix="plan"
          form={form}
          isNew={!record}
          submitLabel={record ? i18n.t('workspacePlan.editor.save') : i18n.t('workspacePlan.editor.create')}
          savedLabel={i18n.t('workspacePlan.editor.saved')}
          deleteTexts={{
            button: i18n.t('workspacePlan.editor.delete'),
            question: i18n.t('workspacePlan.editor.deleteQuestion', [record?.title ?? '']),
            confirm: i18n.t('workspacePlan.editor.delete'),
            keep: i18n.t('workspacePlan.cancel'),
          }}
          onDelete={remove}
        />
      </form>
    );
  }

  return (
    <article class="raid-editor plan-editor" aria-labelledby={titleId} data-testid={`${entity}-editor`}>
      <PersonsDatalist persons={view.persons} />
      <EditorHeader
        titleId={titleId}
        kindLabel={record ? i18n.t(`workspacePlan.kinds.${entity}` as const) : newLabel}
        heading={record ? record.title : newLabel}
        isHeadingFocused={record !== undefined}
        closeLabel={i18n.t('workspacePlan.editor.close')}
        closeTestId="plan-editor-close"
        onClose={onClose}
      />
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
      <RecordFormConflicts form={form} labelOf={labelOf} describeValue={describeValue} isStoredShown={canWrite} />
      {body}
      {record ? (
        <RecordHistory
          workspaceId={view.workspaceId}
          entity={entity}
          recordId={record.id}
          version={record.version}
          labelOf={labelOf}
          describeValue={describeValue}
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
