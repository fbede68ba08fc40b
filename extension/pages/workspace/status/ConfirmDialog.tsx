import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { FormError } from '../../common/FormError';

interface ConfirmDialogProps {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  isBusy?: boolean;
  isDanger?: boolean;
  error?: string;
  onConfirm(): void;
  onClose(): void;
}

/**
 * A modal question before an act that cannot be undone (submit, delete): Esc or Cancel closes it,
 * and the focus goes back to the button that opened it, as in ShortcutsHelp.tsx.
 */
export function ConfirmDialog({
  id,
  title,
  children,
  confirmLabel,
  isBusy,
  isDanger,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="dialog status-dialog"
      aria-labelledby={`${id}-title`}
      data-testid={id}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div class="status-dialog__text">{children}</div>
      <FormError id={`${id}-error`} message={error} />
      <div class="form-actions">
        <button type="button" class="button" data-testid={`${id}-cancel`} onClick={() => dialog.current?.close()}>
          {i18n.t('workspaceStatus.cancel')}
        </button>
        <button
          type="button"
          class={isDanger ? 'button button--danger' : 'button button--primary'}
          data-testid={`${id}-confirm`}
          disabled={isBusy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
