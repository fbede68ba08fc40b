/**
 * The × that closes a drawer or a dialog. The sign alone says nothing to a screen reader, so the
 * button is named, and the same words show on hover.
 */
export function CloseButton({
  label,
  testId,
  isIcon = false,
  onClick,
}: {
  label: string;
  testId: string;
  /** Square, as in the drawers' headers (the `button--icon` size). */
  isIcon?: boolean;
  onClick(): void;
}) {
  return (
    <button
      type="button"
      class={isIcon ? 'button button--quiet button--icon' : 'button button--quiet'}
      data-testid={testId}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      ×
    </button>
  );
}
