import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { CreatedShareLink } from '../../../../shared/api/routes/share-routes';
import { useBackgroundClient } from '../../../ui/background-client';
import { CopyButton } from '../members/CopyButton';
import { formatDateTime } from '../members/member-labels';

/** How long a link stays valid, in days: a week to a quarter (the route allows 1–90). */
const expiryChoices = [7, 14, 30, 90] as const;

interface CreateShareLinkPanelProps {
  workspaceId: string;
  onCreated(): void;
}

/** Creates a link with a label and an expiry; its address is shown once, with Copy. */
export function CreateShareLinkPanel({ workspaceId, onCreated }: CreateShareLinkPanelProps) {
  const client = useBackgroundClient();
  const [label, setLabel] = useState('');
  const [expiresInDays, setExpiresInDays] = useState<number>(30);
  const [error, setError] = useState<{ field?: string; message: string }>();
  const [isBusy, setIsBusy] = useState(false);
  const [created, setCreated] = useState<CreatedShareLink & { label: string }>();

  async function submit(event: Event) {
    event.preventDefault();
    setIsBusy(true);
    const answer = await client.send('shareLinks.create', { workspaceId, label, expiresInDays });
    setIsBusy(false);
    if (!answer.ok) {
      setError({ field: answer.error.field, message: answer.error.message });
      return;
    }
    setError(undefined);
    setCreated({ ...answer.value, label: label.trim() });
    setLabel('');
    onCreated();
  }

  const invalid = (field: string) => error?.field === field;
  return (
    <section class="card sharing__create" aria-labelledby="sharing-create-title">
      <h3 id="sharing-create-title">{i18n.t('sharing.create.title')}</h3>
      {created && <CreatedLink created={created} onDone={() => setCreated(undefined)} />}
      <form class="sharing__form" onSubmit={(event) => void submit(event)} noValidate data-testid="share-form">
        <div class={`field${invalid('label') ? ' field--invalid' : ''}`}>
          <label for="share-label">{i18n.t('sharing.create.label')}</label>
          <input
            id="share-label"
            data-testid="share-label"
            value={label}
            autoComplete="off"
            maxLength={200}
            aria-invalid={invalid('label') || undefined}
            aria-describedby={invalid('label') ? 'share-error share-label-hint' : 'share-label-hint'}
            onInput={(event) => setLabel(event.currentTarget.value)}
          />
          <span id="share-label-hint" class="field-hint">
            {i18n.t('sharing.create.labelHint')}
          </span>
        </div>
        <div class="field">
          <label for="share-expiry">{i18n.t('sharing.create.expiry')}</label>
          <select
            id="share-expiry"
            data-testid="share-expiry"
            value={String(expiresInDays)}
            onChange={(event) => setExpiresInDays(Number(event.currentTarget.value))}
          >
            {expiryChoices.map((days) => (
              <option key={days} value={String(days)}>
                {i18n.t('sharing.create.days', [String(days)])}
              </option>
            ))}
          </select>
        </div>
        <div class="form-actions">
          <button type="submit" class="button button--primary" data-testid="share-submit" disabled={isBusy}>
            {isBusy ? i18n.t('sharing.create.creating') : i18n.t('sharing.create.submit')}
          </button>
        </div>
        {error && (
          <p id="share-error" class="form-error" role="alert" data-testid="share-error">
            {error.message}
          </p>
        )}
      </form>
    </section>
  );
}

/** The new link's address, this once: focus moves to it so a keyboard or screen reader lands there. */
function CreatedLink({ created, onDone }: { created: CreatedShareLink & { label: string }; onDone(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="members__code sharing__created" data-testid="share-created">
      <h4 ref={heading} tabIndex={-1}>
        {created.label ? i18n.t('sharing.created.titleFor', [created.label]) : i18n.t('sharing.created.title')}
      </h4>
      <p class="field-hint">{i18n.t('sharing.created.once', [formatDateTime(created.expiresAt)])}</p>
      <p>
        <code class="members__code-link" data-testid="share-url">
          {created.url}
        </code>
      </p>
      <div class="form-actions">
        <CopyButton text={created.url} label={i18n.t('sharing.created.copy')} testId="share-copy" isPrimary />
        <a class="button button--quiet" href={created.url} target="_blank" rel="noreferrer noopener">
          {i18n.t('sharing.created.open')}
        </a>
        <button type="button" class="button button--quiet" data-testid="share-done" onClick={onDone}>
          {i18n.t('sharing.created.done')}
        </button>
      </div>
    </div>
  );
}
