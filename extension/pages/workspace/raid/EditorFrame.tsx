import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnyRecord } from '../../../../shared/entities';
import { ConfirmActions } from '../../common/ConfirmActions';
import type { RecordForm } from '../common/use-record-form';
import { RecordFormConflicts } from '../conflicts/ConflictNotice';
import { formatFieldValue } from '../format';
import { RecordHistory } from '../history/RecordHistory';
import { EditorActions } from './EditorActions';
import { EditorHeader } from './EditorHeader';
import { useRaid } from './raid-context';
import type { RaidEntity } from './raid-labels';

interface EditorFrameProps {
  entity: RaidEntity;
  /** The record edited; undefined while creating one. */
  record: AnyRecord | undefined;
  form: RecordForm;
  /** "Issue", "New action" …, above the title. */
  kindLabel: string;
  /** The record's name as stored (never the form's draft), or the new-item heading. */
  heading: string;
  canWrite: boolean;
  labelOf(field: string): string;
  /** A field's value as a person reads it (an enum in words, an owner by name), for the conflict choice. */
  displayOf(field: string, value: unknown): unknown;
  /** Checks the form before it is sent; returns false (and shows why) to stop. */
  validate(): boolean;
  /** Made a new record: its id and the name it was given. */
  onCreated(id: string, name: string): void;
  createExtra?: Record<string, unknown>;
  /** The fields (when the user may write) or their read-only values. */
  children: ComponentChildren;
  /** Where the record comes from or points to (its risk, its link), under the title. */
  intro?: ComponentChildren;
  /** What is linked to the record, under the form. */
  related?: ComponentChildren;
}

/**
 * The frame of every RAID editor in the drawer: title, the conflicts to settle (this form's and
 * those the server reported after an offline edit synced), the fields, save and delete. Closing
 * with unsaved changes asks first.
 */
export function EditorFrame(props: EditorFrameProps) {
  const { entity, record, form, canWrite, labelOf, displayOf } = props;
  const { view, mutate, notify, registerCloseGuard, closeDrawer } = useRaid();
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false);
  const discardRef = useRef<HTMLButtonElement>(null);
  const titleId = `raid-editor-title-${entity}`;

  useEffect(() => {
    registerCloseGuard(() => {
      if (!form.isDirty) return true;
      setIsConfirmingDiscard(true);
      requestAnimationFrame(() => discardRef.current?.focus());
      return false;
    });
    return () => registerCloseGuard(undefined);
  }, [form.isDirty]);

  async function submit(event: Event) {
    event.preventDefault();
    if (!canWrite || form.isBusy || !props.validate()) return;
    if (record) {
      await form.save();
      return;
    }
    const id = await form.create({ projectId: view.records.project.id, ...props.createExtra });
    if (id) props.onCreated(id, String(form.cleanValueOf(entity === 'decision' ? 'statement' : 'title')));
  }

  async function remove(): Promise<boolean> {
    if (!record) return false;
    const outcome = await mutate(`${entity}.delete` as never, { id: record.id } as never);
    if (!outcome.ok) {
      form.setError(outcome.message);
      return false;
    }
    notify({ message: i18n.t('workspaceRaid.deleted', [props.heading]) });
    closeDrawer(true);
    return true;
  }

  const describeValue = (field: string, value: unknown) => formatFieldValue(displayOf(field, value));
  return (
    <article class="raid-editor" aria-labelledby={titleId} data-testid={`${entity}-editor`}>
      <EditorHeader
        titleId={titleId}
        kindLabel={props.kindLabel}
        heading={props.heading}
        isHeadingFocused={record !== undefined}
        headingTestId="raid-editor-title"
        closeLabel={i18n.t('workspaceRaid.editor.close')}
        closeTestId="raid-editor-close"
        onClose={() => closeDrawer()}
      />
      {props.intro}
      {isConfirmingDiscard ? (
        <div class="raid-confirm" role="alertdialog" aria-label={i18n.t('workspaceRaid.editor.unsaved')}>
          <p>{i18n.t('workspaceRaid.editor.unsaved')}</p>
          <ConfirmActions
            confirmLabel={i18n.t('workspaceRaid.editor.discard')}
            confirmTestId="raid-discard"
            confirmClass="button button--danger-quiet"
            confirmRef={discardRef}
            onConfirm={() => {
              form.reset();
              setIsConfirmingDiscard(false);
              closeDrawer(true);
            }}
            keepLabel={i18n.t('workspaceRaid.editor.keepEditing')}
            onKeep={() => setIsConfirmingDiscard(false)}
          />
        </div>
      ) : null}
      {canWrite ? null : (
        <p class="raid-note" data-testid="raid-readonly-note">
          {i18n.t('workspaceRaid.editor.readOnly', [i18n.t(`roles.${view.member.role}` as const)])}
        </p>
      )}
      <RecordFormConflicts form={form} labelOf={labelOf} describeValue={describeValue} isStoredShown={canWrite} />
      {canWrite ? (
        <form
          class="raid-form"
          onSubmit={(event) => void submit(event)}
          noValidate
          data-autofocus={record ? undefined : ''}
        >
          <div class="raid-form__grid">{props.children}</div>
          <EditorActions
            idPrefix="raid"
            form={form}
            isNew={!record}
            submitLabel={
              form.isBusy
                ? i18n.t('workspaceRaid.editor.saving')
                : record
                  ? i18n.t('workspaceRaid.editor.save')
                  : i18n.t('workspaceRaid.editor.create')
            }
            savedLabel={i18n.t('workspaceRaid.editor.saved')}
            cancel={record ? undefined : { label: i18n.t('workspaceRaid.editor.cancel'), onClick: () => closeDrawer() }}
            deleteTexts={{
              button: i18n.t('workspaceRaid.editor.delete'),
              question: i18n.t('workspaceRaid.editor.deleteQuestion', [props.heading]),
              confirm: i18n.t('workspaceRaid.editor.confirmDelete'),
              keep: i18n.t('workspaceRaid.editor.keep'),
            }}
            onDelete={remove}
          />
        </form>
      ) : (
        props.children
      )}
      {props.related}
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
    </article>
  );
}
