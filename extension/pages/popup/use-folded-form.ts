import { useRef, useState } from 'preact/hooks';

/** What a folded form gets from its opener (FoldedForm.tsx). */
export interface FoldedFormControl {
  /** The element id the opener's aria-controls names. */
  id: string;
  /** Folds the form away (Esc, Cancel); the opener takes the focus back. */
  onClose(): void;
}

/**
 * A form the popup keeps folded behind a button, so the risk list gets the room: the button opens
 * and closes it (aria-expanded, aria-controls while open), and closing gives the button its focus
 * back. The form moves the focus into itself when it mounts and calls `close` on Esc.
 */
export function useFoldedForm(formId: string) {
  const [isOpen, setIsOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  function close() {
    setIsOpen(false);
    opener.current?.focus();
  }

  const openerProps = {
    ref: opener,
    'aria-expanded': isOpen,
    'aria-controls': isOpen ? formId : undefined,
    onClick: () => (isOpen ? close() : setIsOpen(true)),
  };
  const formProps: FoldedFormControl = { id: formId, onClose: close };
  return { isOpen, close, openerProps, formProps };
}

/** Esc anywhere in a folded form closes it (a select's own Esc, closing its list, never reaches here). */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
}
