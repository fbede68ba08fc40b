interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string | undefined;
  onValue(value: string): void;
  hint?: string;
  rows?: number;
}

/** A labelled multi-line field with its hint, for the report's narrative. */
export function TextAreaField({ id, label, value, onValue, hint, rows = 4 }: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        data-testid={id}
        rows={rows}
        maxLength={5000}
        value={value ?? ''}
        aria-describedby={hintId}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}
