import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { ConnectionSummary } from '../../messaging/protocol';
import { FormError } from '../common/FormError';
import { ConnectedNotice } from './ConnectedNotice';

interface WayInFormProps {
  /** Names the title's id (`join-title`) and the catalog's words (`options.joinTitle`, `…Intro`, `…Button`). */
  name: 'create' | 'join' | 'token';
  /** The submit button's test id, and the prefix of the error's and the success line's. */
  action: string;
  class: string;
  form: { isBusy: boolean; formError?: string; connected?: ConnectionSummary; submit(): Promise<void> };
  /** The form's fields. */
  children: ComponentChildren;
}

/** One way into a workspace: its title and intro, its fields, the button, then what came of it. */
export function WayInForm({ name, action, class: className, form, children }: WayInFormProps) {
  return (
    <form
      class={className}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
      noValidate
      aria-labelledby={`${name}-title`}
    >
      <h3 id={`${name}-title`} class="card__title">
        {i18n.t(`options.${name}Title`)}
      </h3>
      <p class="card__intro">{i18n.t(`options.${name}Intro`)}</p>
      {children}
      <div class="form-actions">
        <button type="submit" class="button button--primary" data-testid={action} disabled={form.isBusy}>
          {form.isBusy ? i18n.t('options.working') : i18n.t(`options.${name}Button`)}
        </button>
      </div>
      <FormError id={`${action}-error`} message={form.formError} />
      <ConnectedNotice id={`${action}-success`} connected={form.connected} />
    </form>
  );
}
