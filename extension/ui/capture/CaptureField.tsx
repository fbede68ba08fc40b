import type { ComponentChildren } from 'preact';

interface CaptureFieldProps {
  /** The control's id, which the label names. */
  id: string;
  label: string;
  /** The control, then anything that goes with it (a suggestion's note, a datalist). */
  children: ComponentChildren;
}

/** One labelled field of the capture form. */
export function CaptureField({ id, label, children }: CaptureFieldProps) {
  return (
    <div class="capture-field">
      <label class="capture-label" for={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

interface CaptureSelectProps<T extends string> {
  /** The select's id and test id. */
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  /** An option's words. */
  describe(option: T): string;
  onValue(value: T): void;
}

/** A labelled choice among fixed values (the kind, an issue's priority). */
export function CaptureSelect<T extends string>({
  id,
  label,
  value,
  options,
  describe,
  onValue,
}: CaptureSelectProps<T>) {
  return (
    <CaptureField id={id} label={label}>
      <select id={id} data-testid={id} value={value} onChange={(event) => onValue(event.currentTarget.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {describe(option)}
          </option>
        ))}
      </select>
    </CaptureField>
  );
}
