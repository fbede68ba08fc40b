import type { ComponentChild, ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { MessageResult } from '../../messaging/protocol';
import { FormError } from '../common/FormError';
import { closeOnEscape, type FoldedFormControl } from './use-folded-form';

interface FoldedFormProps extends FoldedFormControl {
  /** The form's class, and what its title's id (`${name}-title`) and Cancel's test id (`cancel-${name}`) are made of. */
  name: string;
  title: string;
  /** The submit button's test id, and the prefix of the form error's (`${action}-error`). */
  action: string;
  submitLabel: string;
  /** Shown before the buttons (the risk's score); without it the buttons sit at the end. */
  aside?: ComponentChild;
  /** Checks and sends; what the background answered, shown under the buttons if it failed (null: nothing sent). */
  onSubmit(): Promise<MessageResult<unknown> | null>;
  /** The form's fields. */
  children: ComponentChildren;
}

/** A popup form folded behind its opener (use-folded-form.ts): a titled card that takes the focus when it opens. */
export function FoldedForm(props: FoldedFormProps) {
  const { id, name, action, aside, onClose } = props;
  const form = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string>();

  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  const buttons = (
    <div class={aside ? 'form-actions' : 'form-actions form-actions--end'}>
      <button type="button" class="button button--quiet" data-testid={`cancel-${name}`} onClick={onClose}>
        {i18n.t('popup.cancel')}
      </button>
      <button type="submit" class="button button--primary" data-testid={action}>
        {props.submitLabel}
      </button>
    </div>
  );
  return (
    <form
      ref={form}
      id={id}
      class={`card ${name}`}
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await props.onSubmit();
        if (result) setFormError(result.ok ? undefined : result.error.message);
      }}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-labelledby={`${name}-title`}
    >
      <h2 id={`${name}-title`} class="card__title">
        {props.title}
      </h2>
      {props.children}
      {aside ? (
        <div class="folded-form__footer">
          {aside}
          {buttons}
        </div>
      ) : (
        buttons
      )}
      <FormError id={`${action}-error`} message={formError} />
    </form>
  );
}
