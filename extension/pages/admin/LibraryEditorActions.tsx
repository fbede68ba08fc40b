import { i18n } from '#i18n';
import { ConfirmActions } from '../common/ConfirmActions';
import { FormError } from '../common/FormError';
import { ModalDialog } from '../workspace/common/ModalDialog';
import type { RecordForm } from '../workspace/common/use-record-form';

type Library = 'lesson' | 'playbook';

/** Both editors word their buttons with the same keys, each in its own section of the catalog. */
const messagesOf = { lesson: 'lessons.editor', playbook: 'adminPlaybooks.editor' } as const;

// Written out, so that a search for a class finds where it is used.
const classesOf = {
  lesson: {
    actions: 'form-actions lesson-editor__actions',
    delete: 'button button--danger-quiet lesson-editor__delete',
    dialog: 'dialog lesson-dialog--small',
  },
  playbook: {
    actions: 'form-actions playbook-editor__actions',
    delete: 'button button--danger-quiet playbook-editor__delete',
    dialog: 'dialog playbook-dialog--small',
  },
};

interface LibraryEditorActionsProps {
  /** Which library's editor: its test ids (`lesson-save` …), classes and words. */
  library: Library;
  form: RecordForm;
  /** The stored title of the record edited; undefined while creating one. */
  recordTitle: string | undefined;
  onCancel(): void;
  /** Kept by the editor, whose Esc must not leave while the question is open. */
  isAskingDelete: boolean;
  onAskDelete(isAsking: boolean): void;
  onDelete(): Promise<void>;
}

/**
 * The foot of a library editor (lessons, playbooks): Save or Create, Cancel, Delete behind a dialog
 * that asks first, and the form's error.
 */
export function LibraryEditorActions(props: LibraryEditorActionsProps) {
  const { library, form, recordTitle } = props;
  const messages = messagesOf[library];
  const classes = classesOf[library];
  return (
    <>
      <div class={classes.actions}>
        <button type="submit" class="button button--primary" data-testid={`${library}-save`} disabled={form.isBusy}>
          {form.isBusy
            ? i18n.t(`${messages}.saving`)
            : recordTitle !== undefined
              ? i18n.t(`${messages}.save`)
              : i18n.t(`${messages}.create`)}
        </button>
        <button type="button" class="button" data-testid={`${library}-cancel`} onClick={props.onCancel}>
          {i18n.t(`${messages}.cancel`)}
        </button>
        {recordTitle !== undefined ? (
          <button
            type="button"
            class={classes.delete}
            data-testid={`${library}-delete`}
            onClick={() => props.onAskDelete(true)}
          >
            {i18n.t(`${messages}.delete`)}
          </button>
        ) : null}
        <FormError id={`${library}-error`} message={form.error} />
      </div>
      {props.isAskingDelete && recordTitle !== undefined ? (
        <ModalDialog
          labelledBy={`${library}-delete-text`}
          className={classes.dialog}
          testId={`${library}-delete-dialog`}
          onClose={() => props.onAskDelete(false)}
        >
          <p id={`${library}-delete-text`}>{i18n.t(`${messages}.deleteConfirm`, [recordTitle])}</p>
          <ConfirmActions
            confirmLabel={i18n.t(`${messages}.deleteYes`)}
            confirmTestId={`${library}-delete-confirm`}
            onConfirm={() => void props.onDelete()}
            keepLabel={i18n.t(`${messages}.keep`)}
            onKeep={() => props.onAskDelete(false)}
          />
        </ModalDialog>
      ) : null}
    </>
  );
}
