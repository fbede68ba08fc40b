import { TextWithCode } from './TextWithCode';

interface TextFieldProps {
  /** Element id, `data-testid`, and the prefix of the error's ids. */
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  /** Shown beside the field and announced; marks the field invalid. */
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'number';
  inputMode?: 'text' | 'decimal' | 'numeric';
  autoComplete?: string;
  placeholder?: string;
  maxLength?: number;
  onBlur?(): void;
}

/** A labelled input with its hint and its error beside it, wired with aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onValue, error, hint, type = 'text' } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        data-testid={id}
        type={type as 'text'}
        value={value}
        autoComplete={props.autoComplete}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onValue(event.currentTarget.value)}
        onBlur={props.onBlur}
      />
      {error ? (
        <p id={errorId} data-testid={errorId} class="field-error" role="alert">
          <TextWithCode text={error} />
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} class="field-hint">
          <TextWithCode text={hint} />
        </p>
      ) : null}
    </div>
  );
}
