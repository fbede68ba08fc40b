interface SubmitOrCancelProps {
  submitLabel: string;
  submitTestId: string;
  /** The submit button is off while the form is being sent, so a double click sends it once. */
  isBusy: boolean;
  cancelLabel: string;
  onCancel(): void;
  /** A class besides `form-actions`, for the dialog's own spacing. */
  className?: string;
}

/** The foot of a dialog's form: the submit button, then Cancel. */
export function SubmitOrCancel({
  submitLabel,
  submitTestId,
  isBusy,
  cancelLabel,
  onCancel,
  className,
}: SubmitOrCancelProps) {
  return (
    <div class={className ? `form-actions ${className}` : 'form-actions'}>
      <button type="submit" class="button button--primary" data-testid={submitTestId} disabled={isBusy}>
        {submitLabel}
      </button>
      <button type="button" class="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
