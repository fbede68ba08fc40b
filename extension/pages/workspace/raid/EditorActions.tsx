import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmActions } from '../../common/ConfirmActions';
import type { RecordForm } from '../common/use-record-form';

/** The words of deleting a record: the button, the question, its two answers. */
export interface DeleteTexts {
  button: string;
  question: string;
  confirm: string;
  keep: string;
}

interface EditorActionsProps {
  /** `raid` or `plan`: the prefix of the test ids and of the question's id. */
  idPrefix: string;
  form: RecordForm;
  /** Creating a record: nothing to delete, and Create is on before any change. */
  isNew: boolean;
  submitLabel: string;
  savedLabel: string;
  /** A new record's way out without creating it. */
  cancel?: { label: string; onClick(): void };
  deleteTexts: DeleteTexts;
  /** Deletes the record; false (the form shows why) keeps the editor open. */
  onDelete(): Promise<boolean>;
}

/**
 * The foot of a drawer editor's form: the form's error, Save (off until something changed),
 * "Saved" announced, and Delete behind a question whose first answer takes the focus.
 */
export function EditorActions({
  idPrefix,
  form,
  isNew,
  submitLabel,
  savedLabel,
  cancel,
  deleteTexts,
  onDelete,
}: EditorActionsProps) {
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (isConfirmingDelete) deleteRef.current?.focus();
  }, [isConfirmingDelete]);

  async function remove() {
    if (!(await onDelete())) setIsConfirmingDelete(false);
  }

  return (
    <>
      {form.error ? (
        <p class="form-error" role="alert" data-testid={`${idPrefix}-form-error`}>
          {form.error}
        </p>
      ) : null}
      <div class="raid-form__actions">
        <button
          type="submit"
          class="button button--primary"
          data-testid={`${idPrefix}-save`}
          disabled={form.isBusy || (!isNew && !form.isDirty)}
        >
          {submitLabel}
        </button>
        {cancel ? (
          <button type="button" class="button" onClick={cancel.onClick}>
            {cancel.label}
          </button>
        ) : null}
        <span class="raid-saved" role="status" data-testid={`${idPrefix}-saved`}>
          {form.isSaved ? savedLabel : ''}
        </span>
        {isNew ? null : (
          <button
            type="button"
            class="button button--danger-quiet raid-form__delete"
            data-testid={`${idPrefix}-delete`}
            onClick={() => setIsConfirmingDelete(true)}
          >
            {deleteTexts.button}
          </button>
        )}
      </div>
      {isConfirmingDelete && !isNew ? (
        <div class="raid-confirm" role="alertdialog" aria-labelledby={`${idPrefix}-delete-question`}>
          <p id={`${idPrefix}-delete-question`}>{deleteTexts.question}</p>
          <ConfirmActions
            confirmLabel={deleteTexts.confirm}
            confirmTestId={`${idPrefix}-delete-confirm`}
            confirmRef={deleteRef}
            onConfirm={() => void remove()}
            keepLabel={deleteTexts.keep}
            onKeep={() => setIsConfirmingDelete(false)}
          />
        </div>
      ) : null}
    </>
  );
}
