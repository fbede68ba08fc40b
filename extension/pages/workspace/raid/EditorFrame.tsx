import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnyRecord } from '../../../../shared/entities';
import type { RecordForm } from '../common/use-record-form';
import { ConflictChoice, StoredConflicts } from '../conflicts/ConflictNotice';
import { formatFieldValue } from '../format';
import { RecordHistory } from '../history/RecordHistory';
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
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const discardRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
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

  useEffect(() => {
    if (isConfirmingDelete) deleteRef.current?.focus();
  }, [isConfirmingDelete]);

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

  async function remove() {
    if (!record) return;
    const outcome = await mutate(`${entity}.delete` as never, { id: record.id } as never);
    if (!outcome.ok) {
      form.setError(outcome.message);
      setIsConfirmingDelete(false);
      return;
    }
    notify({ message: i18n.t('workspaceRaid.deleted', [props.heading]) });
    closeDrawer(true);
  }

  const conflict = form.conflict;
  return (
    <article class="raid-editor" aria-labelledby={titleId} data-testid={`${entity}-editor`}>
      <header class="raid-editor__header">
        <div class="raid-editor__titles">
          <p class="raid-editor__kind">{props.kindLabel}</p>
          <h2
            id={titleId}
            class="raid-editor__title"
            data-testid="raid-editor-title"
            tabIndex={-1}
            data-autofocus={record ? '' : undefined}
          >
            {props.heading}
          </h2>
        </div>
        <button
          type="button"
          class="button button--quiet button--icon"
          data-testid="raid-editor-close"
          aria-label={i18n.t('workspaceRaid.editor.close')}
          title={i18n.t('workspaceRaid.editor.close')}
          onClick={() => closeDrawer()}
        >
          ×
        </button>
      </header>
      {props.intro}
      {isConfirmingDiscard ? (
        <div class="raid-confirm" role="alertdialog" aria-label={i18n.t('workspaceRaid.editor.unsaved')}>
          <p>{i18n.t('workspaceRaid.editor.unsaved')}</p>
          <div class="form-actions">
            <button
              ref={discardRef}
              type="button"
              class="button button--danger-quiet"
              data-testid="raid-discard"
              onClick={() => {
                form.reset();
                setIsConfirmingDiscard(false);
                closeDrawer(true);
              }}
            >
              {i18n.t('workspaceRaid.editor.discard')}
            </button>
            <button type="button" class="button" onClick={() => setIsConfirmingDiscard(false)}>
              {i18n.t('workspaceRaid.editor.keepEditing')}
            </button>
          </div>
        </div>
      ) : null}
      {canWrite ? null : (
        <p class="raid-note" data-testid="raid-readonly-note">
          {i18n.t('workspaceRaid.editor.readOnly', [i18n.t(`roles.${view.member.role}` as const)])}
        </p>
      )}
      {record && canWrite ? (
        <StoredConflicts
          workspaceId={view.workspaceId}
          recordId={record.id}
          labelOf={labelOf}
          describeValue={(field, value) => formatFieldValue(displayOf(field, value))}
        />
      ) : null}
      {conflict && record ? (
        <ConflictChoice
          conflict={{
            entity,
            recordId: record.id,
            field: conflict.field,
            theirs: displayOf(conflict.field, conflict.theirs),
            yours: displayOf(conflict.field, form.cleanValueOf(conflict.field)),
            hasYours: true,
          }}
          fieldLabel={labelOf(conflict.field)}
          isBusy={form.isBusy}
          onKeepTheirs={form.keepTheirs}
          onUseMine={() => void form.keepMine()}
        />
      ) : null}
      {canWrite ? (
        <form
          class="raid-form"
          onSubmit={(event) => void submit(event)}
          noValidate
          data-autofocus={record ? undefined : ''}
        >
          <div class="raid-form__grid">{props.children}</div>
          {form.error ? (
            <p class="form-error" role="alert" data-testid="raid-form-error">
              {form.error}
            </p>
          ) : null}
          <div class="raid-form__actions">
            <button
              type="submit"
              class="button button--primary"
              data-testid="raid-save"
              disabled={form.isBusy || (record !== undefined && !form.isDirty)}
            >
              {form.isBusy
                ? i18n.t('workspaceRaid.editor.saving')
                : record
                  ? i18n.t('workspaceRaid.editor.save')
                  : i18n.t('workspaceRaid.editor.create')}
            </button>
            {record ? null : (
              <button type="button" class="button" onClick={() => closeDrawer()}>
                {i18n.t('workspaceRaid.editor.cancel')}
              </button>
            )}
            <span class="raid-saved" role="status" data-testid="raid-saved">
              {form.isSaved ? i18n.t('workspaceRaid.editor.saved') : ''}
            </span>
            {record ? (
              <button
                type="button"
                class="button button--danger-quiet raid-form__delete"
                data-testid="raid-delete"
                onClick={() => setIsConfirmingDelete(true)}
              >
                {i18n.t('workspaceRaid.editor.delete')}
              </button>
            ) : null}
          </div>
          {isConfirmingDelete ? (
            <div class="raid-confirm" role="alertdialog" aria-labelledby="raid-delete-question">
              <p id="raid-delete-question">{i18n.t('workspaceRaid.editor.deleteQuestion', [props.heading])}</p>
              <div class="form-actions">
                <button
                  ref={deleteRef}
                  type="button"
                  class="button button--danger"
                  data-testid="raid-delete-confirm"
                  onClick={() => void remove()}
                >
                  {i18n.t('workspaceRaid.editor.confirmDelete')}
                </button>
                <button type="button" class="button" onClick={() => setIsConfirmingDelete(false)}>
                  {i18n.t('workspaceRaid.editor.keep')}
                </button>
              </div>
            </div>
          ) : null}
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
          describeValue={(field, value) => formatFieldValue(displayOf(field, value))}
        />
      ) : null}
    </article>
  );
}
