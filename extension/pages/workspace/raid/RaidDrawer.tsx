import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface RaidDrawerProps {
  /** Changes when the drawer shows another record or form, to move focus into it. */
  contentKey: string;
  /** The id of the shown content's heading, the dialog's name. */
  labelledBy: string;
  /** Esc or the backdrop's cancel: the tab decides (ask about unsaved changes, go back one step, close). */
  onEscape(): void;
  /** Where focus goes on close when whatever opened the drawer is gone (a deep link, a row filtered out). */
  returnFocus(): void;
  children: ComponentChildren;
}

/** Focuses what the content marks `data-autofocus`: a heading, or a form's first control. */
function focusContent(dialog: HTMLDialogElement) {
  const target = dialog.querySelector<HTMLElement>('[data-autofocus]');
  const control = target?.tagName === 'FORM' ? target.querySelector<HTMLElement>('input, select, textarea') : target;
  control?.focus();
}

/**
 * The side drawer where a RAID record opens: a modal <dialog> (showModal, as ShortcutsHelp.tsx), so
 * focus stays inside and the page behind is inert; Esc asks the tab, and closing gives focus back
 * to what opened it.
 */
export function RaidDrawer({ contentKey, labelledBy, onEscape, returnFocus, children }: RaidDrawerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const isUnmounting = useRef(false);
  const returnFocusRef = useRef(returnFocus);
  returnFocusRef.current = returnFocus;

  useEffect(() => {
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      isUnmounting.current = true;
      if (element?.open) element.close();
      if (opener?.isConnected) opener.focus();
      else returnFocusRef.current();
    };
  }, []);

  useEffect(() => {
    if (dialog.current) focusContent(dialog.current);
  }, [contentKey]);

  return (
    <dialog
      ref={dialog}
      class="raid-drawer"
      data-testid="raid-drawer"
      aria-labelledby={labelledBy}
      onKeyDown={(event) => {
        // Handled here rather than by the dialog's own close, so unsaved changes can hold it open.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onEscape();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onEscape();
      }}
      onClose={() => {
        // The browser closed it without asking (Chrome skips `cancel` on a second Esc without a user
        // gesture): open it again and let the tab decide, so unsaved changes are still asked about.
        if (isUnmounting.current || !dialog.current) return;
        dialog.current.showModal();
        onEscape();
      }}
    >
      {children}
    </dialog>
  );
}
