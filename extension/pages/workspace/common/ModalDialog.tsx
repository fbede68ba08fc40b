import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ModalDialogProps {
  labelledBy: string;
  className: string;
  testId: string;
  /** The dialog closed itself (Esc, a `method="dialog"` form) or is asked to. */
  onClose(): void;
  /**
   * Esc was pressed: return false to keep the dialog open (unsaved changes to confirm first).
   * Without it, Esc closes.
   */
  onEscape?(): boolean;
  children: ComponentChildren;
}

/**
 * A modal `<dialog>` opened with showModal (focus trapped, the rest inert, Esc closes), as
 * ShortcutsHelp.tsx does; on unmount focus goes back to what opened it, when it is still there.
 */
export function ModalDialog({ labelledBy, className, testId, onClose, onEscape, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const isUnmounting = useRef(false);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      // Closed first: while a modal dialog is open the rest of the page is inert and cannot take focus.
      isUnmounting.current = true;
      if (element?.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      class={className}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(event) => {
        // `cancel` does not bubble, so a dialog opened inside this one handles its own Esc.
        event.preventDefault();
        if (!onEscape || onEscape()) onClose();
      }}
      onClose={() => {
        if (!isUnmounting.current) onClose();
      }}
    >
      {children}
    </dialog>
  );
}
