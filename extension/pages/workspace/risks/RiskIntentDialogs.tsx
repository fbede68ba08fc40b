import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Person } from '../../../../shared/schemas/resources';
import type { Risk } from '../../../../shared/schemas/risk';
import { FormError } from '../../common/FormError';
import { ModalDialog } from '../common/ModalDialog';
import type { EditOutcome } from '../use-mutate';

interface ConfirmDialogProps {
  id: string;
  title: string;
  onCancel(): void;
  /** Runs the edit; a refusal stays in the dialog. */
  onConfirm(): Promise<EditOutcome>;
  confirmLabel: string;
  cancelLabel: string;
  isDanger?: boolean;
  children: ComponentChildren;
  /** Checks the form before anything is sent; a message keeps the dialog open. */
  validate?(): string | undefined;
}

/** A small modal form over the editor: its question, then confirm or cancel; Esc cancels. */
function ConfirmDialog(props: ConfirmDialogProps) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  async function submit(event: Event) {
    event.preventDefault();
    const invalid = props.validate?.();
    if (invalid) {
      setError(invalid);
      return;
    }
    setIsBusy(true);
    const outcome = await props.onConfirm();
    setIsBusy(false);
    if (!outcome.ok) setError(outcome.message);
  }
  return (
    <ModalDialog
      labelledBy={`${props.id}-title`}
      className="risks-dialog risks-dialog--small"
      testId={`${props.id}-dialog`}
      onClose={props.onCancel}
    >
      <form class="risks-dialog__form" noValidate onSubmit={(event) => void submit(event)}>
        <h3 id={`${props.id}-title`} class="risks-dialog__title">
          {props.title}
        </h3>
        {props.children}
        <FormError id={`${props.id}-error`} message={error} />
        <div class="form-actions risks-dialog__actions">
          <button
            type="submit"
            class={props.isDanger ? 'button button--danger' : 'button button--primary'}
            data-testid={`${props.id}-confirm`}
            disabled={isBusy}
          >
            {props.confirmLabel}
          </button>
          <button type="button" class="button" data-testid={`${props.id}-cancel`} onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

interface EscalateDialogProps {
  risk: Risk;
  persons: readonly Person[];
  onCancel(): void;
  onEscalate(to: string, reason: string): Promise<EditOutcome>;
}

/** `risk.escalate` asks to whom the risk goes and why; the server stamps when. */
export function EscalateDialog({ risk, persons, onCancel, onEscalate }: EscalateDialogProps) {
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      id="risk-escalate"
      title={i18n.t('workspaceRisks.escalate.title', [risk.title])}
      confirmLabel={i18n.t('workspaceRisks.escalate.submit')}
      cancelLabel={i18n.t('workspaceRisks.escalate.cancel')}
      onCancel={onCancel}
      validate={() => (to.trim() === '' ? i18n.t('workspaceRisks.escalate.toRequired') : undefined)}
      onConfirm={() => onEscalate(to.trim(), reason.trim())}
    >
      <p class="muted">{i18n.t('workspaceRisks.escalate.intro')}</p>
      <div class="field">
        <label for="risk-escalate-to">{i18n.t('workspaceRisks.escalate.to')}</label>
        <input
          id="risk-escalate-to"
          data-testid="risk-escalate-to"
          list="risk-escalate-people"
          value={to}
          maxLength={200}
          required
          aria-describedby="risk-escalate-to-hint"
          autoComplete="off"
          onInput={(event) => setTo(event.currentTarget.value)}
        />
        <datalist id="risk-escalate-people">
          {persons.map((person) => (
            <option key={person.id} value={person.name} />
          ))}
        </datalist>
        <p id="risk-escalate-to-hint" class="field-hint">
          {i18n.t('workspaceRisks.escalate.toHint')}
        </p>
      </div>
      <div class="field">
        <label for="risk-escalate-reason">{i18n.t('workspaceRisks.escalate.reason')}</label>
        <textarea
          id="risk-escalate-reason"
          data-testid="risk-escalate-reason"
          rows={3}
          maxLength={2000}
          value={reason}
          onInput={(event) => setReason(event.currentTarget.value)}
        />
      </div>
    </ConfirmDialog>
  );
}

/** "Occurred → issue": says what will happen (an issue opens, the risk stays as occurred) before it does. */
export function OccurredDialog(props: { risk: Risk; onCancel(): void; onConfirm(): Promise<EditOutcome> }) {
  return (
    <ConfirmDialog
      id="risk-occurred"
      title={i18n.t('workspaceRisks.occurred.title', [props.risk.title])}
      confirmLabel={i18n.t('workspaceRisks.occurred.submit')}
      cancelLabel={i18n.t('workspaceRisks.occurred.cancel')}
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    >
      <p>{i18n.t('workspaceRisks.occurred.text')}</p>
    </ConfirmDialog>
  );
}

/** Deleting asks first, and points to closing with a reason, which keeps the history. */
export function DeleteDialog(props: { risk: Risk; onCancel(): void; onConfirm(): Promise<EditOutcome> }) {
  return (
    <ConfirmDialog
      id="risk-delete"
      title={i18n.t('workspaceRisks.delete.title', [props.risk.title])}
      confirmLabel={i18n.t('workspaceRisks.delete.submit')}
      cancelLabel={i18n.t('workspaceRisks.delete.cancel')}
      isDanger
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    >
      <p>{i18n.t('workspaceRisks.delete.text')}</p>
    </ConfirmDialog>
  );
}
