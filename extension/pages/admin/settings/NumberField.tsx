import { useEffect, useState } from 'preact/hooks';

interface NumberFieldProps {
  id: string;
  label: string;
  value: unknown;
  onValue(value: number): void;
  error?: string;
  hint?: string;
  step?: number;
  min?: number;
  max?: number;
  isReadOnly: boolean;
}

const asText = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

/**
 * A labelled number input that keeps what is typed ("0." on the way to "0.9") and hands the form a
 * number, NaN while it is not one, for the schema to name.
 */
export function NumberField({ id, label, value, onValue, error, hint, step, min, max, isReadOnly }: NumberFieldProps) {
  const [text, setText] = useState(asText(value));
  useEffect(() => {
    if (Number(text) !== value || text === '') setText(asText(value));
  }, [value]);
  const errorId = error ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        data-testid={id}
        type="number"
        inputMode="decimal"
        step={step ?? 1}
        min={min}
        max={max}
        value={text}
        readOnly={isReadOnly}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          onValue(typed.trim() === '' ? Number.NaN : Number(typed));
        }}
      />
      {error ? (
        <p id={errorId} data-testid={errorId} class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
