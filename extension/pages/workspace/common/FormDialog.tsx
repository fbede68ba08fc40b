import type { ComponentChildren } from 'preact';
import { ModalDialog } from './ModalDialog';

interface FormDialogProps {
  /** The title's id, which names the dialog. */
  titleId: string;
  title: ComponentChildren;
  titleClass: string;
  className: string;
  testId: string;
  /** Checks and sends the form; it prevents the page's own submit. */
  onSubmit(event: Event): Promise<void> | void;
  onClose(): void;
  children: ComponentChildren;
}

/** A modal dialog that is one form under its title, checked by the form's own code (noValidate). */
export function FormDialog({
  titleId,
  title,
  titleClass,
  className,
  testId,
  onSubmit,
  onClose,
  children,
}: FormDialogProps) {
  return (
    <ModalDialog labelledBy={titleId} className={className} testId={testId} onClose={onClose}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <h2 id={titleId} class={titleClass}>
          {title}
        </h2>
        {children}
      </form>
    </ModalDialog>
  );
}
