import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { resolveOwner } from '../../../../shared/analytics/raid/owner-ref';
import type { PersonRef } from '../../../../shared/schemas/common';
import type { Person } from '../../../../shared/schemas/resources';
import type { RequiredTitle } from './use-required-title';

/** The id of the one list of the workspace's people that every owner field suggests from. */
export const personsListId = 'raid-persons';

/** The workspace's people as suggestions for owner and "decided by" fields. */
export function PersonsDatalist({ persons }: { persons: readonly Person[] }) {
  return (
    <datalist id={personsListId}>
      {persons.map((person) => (
        <option key={person.id} value={person.name} />
      ))}
    </datalist>
  );
}

interface FieldProps<V> {
  id: string;
  label: string;
  value: V;
  onValue(value: V): void;
  error?: string;
  hint?: string;
  isRequired?: boolean;
  className?: string;
}

/** Label, control, then its error and hint, wired with aria-describedby (as TextField does). */
export function FieldShell({
  id,
  label,
  error,
  hint,
  className,
  children,
}: Pick<FieldProps<unknown>, 'id' | 'label' | 'error' | 'hint' | 'className'> & {
  children: preact.ComponentChildren;
}) {
  return (
    <div class={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label for={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} class="field-error" role="alert" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: string) =>
  [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

export function TextInputField(props: FieldProps<string | undefined> & { maxLength?: number; list?: string }) {
  const { id, value, onValue, error, hint, isRequired, maxLength, list } = props;
  return (
    <FieldShell {...props}>
      <input
        id={id}
        data-testid={id}
        type="text"
        value={value ?? ''}
        maxLength={maxLength}
        list={list}
        autoComplete="off"
        required={isRequired}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </FieldShell>
  );
}

/** A record's title: required, the full width of the form, and as long as the schemas allow. */
export function TitleField({
  id,
  label,
  value,
  title,
}: Pick<FieldProps<string | undefined>, 'id' | 'label' | 'value'> & { title: RequiredTitle }) {
  return (
    <TextInputField
      id={id}
      label={label}
      value={value}
      className="raid-form__wide"
      maxLength={300}
      isRequired
      error={title.error}
      onValue={title.set}
    />
  );
}

export function TextAreaField(props: FieldProps<string | undefined> & { maxLength?: number; rows?: number }) {
  const { id, value, onValue, error, hint, isRequired, maxLength, rows = 3 } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={id}
        data-testid={id}
        value={value ?? ''}
        rows={rows}
        maxLength={maxLength}
        required={isRequired}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </FieldShell>
  );
}

export function DateField(props: FieldProps<string | undefined>) {
  const { id, value, onValue, error, hint, isRequired } = props;
  return (
    <FieldShell {...props}>
      <input
        id={id}
        data-testid={id}
        type="date"
        value={value ?? ''}
        required={isRequired}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </FieldShell>
  );
}

export function SelectField<V extends string | number>(
  props: FieldProps<V> & { options: readonly V[]; describe(value: V): string },
) {
  const { id, value, onValue, options, describe } = props;
  // Browsers fire input then change on a select; both are heard so either alone (a test) also works.
  const choose = (event: { currentTarget: HTMLSelectElement }) => {
    const chosen = options.find((option) => String(option) === event.currentTarget.value);
    if (chosen !== undefined && chosen !== value) onValue(chosen);
  };
  return (
    <FieldShell {...props}>
      <select id={id} data-testid={id} value={String(value)} onInput={choose} onChange={choose}>
        {options.map((option) => (
          <option key={String(option)} value={String(option)}>
            {describe(option)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ id, label, value, onValue }: FieldProps<boolean>) {
  return (
    <label class="raid-check" for={id}>
      <input
        id={id}
        data-testid={id}
        type="checkbox"
        checked={value}
        onChange={(event) => onValue(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/**
 * An owner: a person of the workspace picked from the suggestions, or any name typed. The text is
 * kept as typed (spaces too) and read as an owner with resolveOwner, which keeps `original` when
 * the name is unchanged.
 */
export function OwnerField(
  props: FieldProps<PersonRef | undefined> & { persons: readonly Person[]; original: PersonRef | undefined },
) {
  const { id, value, onValue, persons, original } = props;
  const [text, setText] = useState(value?.name ?? '');
  useEffect(() => {
    // Follows a value set from outside (their value kept in a conflict, a live change).
    if (resolveOwner(text, persons, original)?.name !== value?.name) setText(value?.name ?? '');
  }, [value?.name]);
  return (
    <FieldShell {...props} hint={props.hint ?? i18n.t('workspaceRaid.ownerHint')}>
      <input
        id={id}
        data-testid={id}
        type="text"
        value={text}
        list={personsListId}
        autoComplete="off"
        maxLength={200}
        aria-describedby={`${id}-hint`}
        onInput={(event) => {
          setText(event.currentTarget.value);
          onValue(resolveOwner(event.currentTarget.value, persons, original));
        }}
      />
    </FieldShell>
  );
}

/** Read-only values, for whoever may read a record but not change it: no dead controls. */
export function ReadOnlyFields({ rows }: { rows: readonly { label: string; value: string; isMultiline?: boolean }[] }) {
  return (
    <dl class="raid-readonly" data-testid="raid-readonly">
      {rows.map((row) => (
        <div
          key={row.label}
          class={row.isMultiline ? 'raid-readonly__row raid-readonly__row--wide' : 'raid-readonly__row'}
        >
          <dt>{row.label}</dt>
          <dd class={row.isMultiline ? 'raid-multiline' : undefined}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
