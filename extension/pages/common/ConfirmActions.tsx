import type { Ref } from 'preact';

interface ConfirmActionsProps {
  confirmLabel: string;
  confirmTestId: string;
  /** `button button--danger` for what cannot be undone; a quieter class for "discard my changes". */
  confirmClass?: string;
  /** Where the focus goes when the question appears, so Enter answers it and Esc still works. */
  confirmRef?: Ref<HTMLButtonElement>;
  isBusy?: boolean;
  onConfirm(): void;
  keepLabel: string;
  onKeep(): void;
}

/** The two answers to "Delete …?" or "Discard your changes?": the consequential one first, then the way back. */
export function ConfirmActions({
  confirmLabel,
  confirmTestId,
  confirmClass = 'button button--danger',
  confirmRef,
  isBusy,
  onConfirm,
  keepLabel,
  onKeep,
}: ConfirmActionsProps) {
  return (
    <div class="form-actions">
      <button
        ref={confirmRef}
        type="button"
        class={confirmClass}
        data-testid={confirmTestId}
        disabled={isBusy}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
      <button type="button" class="button" onClick={onKeep}>
        {keepLabel}
      </button>
    </div>
  );
}
