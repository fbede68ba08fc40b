import { CloseButton } from '../../common/CloseButton';

interface EditorHeaderProps {
  /** The heading's id, which the editor's `aria-labelledby` names. */
  titleId: string;
  /** "Issue", "New milestone" …, above the title. */
  kindLabel: string;
  heading: string;
  /** The heading takes the focus when the drawer opens (an existing record; a new one focuses its form). */
  isHeadingFocused: boolean;
  headingTestId?: string;
  closeLabel: string;
  closeTestId: string;
  onClose(): void;
}

/** The head of an editor in the workspace drawer: what kind of record, its name, and the × that closes it. */
export function EditorHeader(props: EditorHeaderProps) {
  return (
    <header class="raid-editor__header">
      <div class="raid-editor__titles">
        <p class="raid-editor__kind">{props.kindLabel}</p>
        <h2
          id={props.titleId}
          class="raid-editor__title"
          data-testid={props.headingTestId}
          tabIndex={-1}
          data-autofocus={props.isHeadingFocused ? '' : undefined}
        >
          {props.heading}
        </h2>
      </div>
      <CloseButton label={props.closeLabel} testId={props.closeTestId} isIcon onClick={props.onClose} />
    </header>
  );
}
