import type { ComponentChildren } from 'preact';
import { ModalDialog } from './ModalDialog';

interface MissingRecordDialogProps {
  /** `<entity>-missing`; the message's id adds `-title`. */
  testId: string;
  /** The tab's dialog classes (`risks-dialog risks-dialog--small` …). */
  className: string;
  /** The tab's dialog body class, where its dialogs wrap their content in one. */
  bodyClass?: string;
  actionsClass: string;
  text: string;
  closeLabel: string;
  onClose(): void;
}

/**
 * The address names a record the project does not have (deleted meanwhile, or a stale link): say
 * so instead of an empty editor, with the one way out.
 */
export function MissingRecordDialog(props: MissingRecordDialogProps) {
  const titleId = `${props.testId}-title`;
  const content: ComponentChildren = (
    <>
      <p id={titleId}>{props.text}</p>
      <div class={props.actionsClass}>
        <button type="button" class="button button--primary" onClick={props.onClose}>
          {props.closeLabel}
        </button>
      </div>
    </>
  );
  return (
    <ModalDialog labelledBy={titleId} className={props.className} testId={props.testId} onClose={props.onClose}>
      {props.bodyClass ? <div class={props.bodyClass}>{content}</div> : content}
    </ModalDialog>
  );
}
