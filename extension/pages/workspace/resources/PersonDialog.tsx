import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ModalDialog } from '../common/ModalDialog';
import { useMutate } from '../use-mutate';
import { describedBy, ResourceField, readNumber } from './ResourceField';

interface PersonDialogProps {
  workspaceId: string;
  onClose(): void;
  /** The person was added under `id`. */
  onCreated(id: string): void;
}

type Errors = Partial<Record<'name' | 'capacity', string>>;

/**
 * Adds a person to the workspace (name, email, role, weekly capacity). Only an owner or PMO writes
 * people (docs/domain.md "Person"); the tab offers this dialog only to them.
 */
export function PersonDialog({ workspaceId, onClose, onCreated }: PersonDialogProps) {
  const mutate = useMutate(workspaceId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [capacity, setCapacity] = useState('40');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    document.getElementById('person-name')?.focus();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    const hours = readNumber(capacity);
    const found: Errors = {};
    if (name.trim() === '') found.name = i18n.t('workspaceResources.person.nameRequired');
    if (hours === undefined || hours < 0 || hours > 168)
      found.capacity = i18n.t('workspaceResources.person.capacityRange');
    setErrors(found);
    if (found.name || found.capacity) {
      document.getElementById(found.name ? 'person-name' : 'person-capacity')?.focus();
      return;
    }
    const id = crypto.randomUUID();
    setIsBusy(true);
    const outcome = await mutate('person.create', {
      id,
      name: name.trim(),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(role.trim() ? { role: role.trim() } : {}),
      capacityHoursPerWeek: hours as number,
    } as never);
    setIsBusy(false);
    if (outcome.ok) onCreated(id);
    else setError(outcome.message);
  }

  const text = (
    id: string,
    label: string,
    value: string,
    onValue: (value: string) => void,
    fieldError?: string,
    type: 'text' | 'email' | 'number' = 'text',
  ) => (
    <ResourceField id={id} label={label} error={fieldError}>
      <input
        id={id}
        data-testid={id}
        type={type as 'text'}
        value={value}
        aria-invalid={fieldError ? 'true' : undefined}
        aria-describedby={describedBy(id, fieldError)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </ResourceField>
  );

  return (
    <ModalDialog
      labelledBy="person-dialog-title"
      className="resources-dialog resources-dialog--small"
      testId="person-dialog"
      onClose={onClose}
    >
      <form class="resources-dialog__body" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id="person-dialog-title" class="resources-dialog__title">
          {i18n.t('workspaceResources.person.title')}
        </h2>
        <p class="field-hint">{i18n.t('workspaceResources.person.intro')}</p>
        {text('person-name', i18n.t('workspaceResources.person.name'), name, setName, errors.name)}
        {text('person-email', i18n.t('workspaceResources.person.email'), email, setEmail, undefined, 'email')}
        {text('person-role', i18n.t('workspaceResources.person.role'), role, setRole)}
        {text(
          'person-capacity',
          i18n.t('workspaceResources.person.capacity'),
          capacity,
          setCapacity,
          errors.capacity,
          'number',
        )}
        {error ? (
          <p class="form-error" role="alert" data-testid="person-error">
            {error}
          </p>
        ) : null}
        <div class="form-actions resources-dialog__actions">
          <button type="submit" class="button button--primary" data-testid="person-save" disabled={isBusy}>
            {isBusy ? i18n.t('workspaceResources.editor.saving') : i18n.t('workspaceResources.person.create')}
          </button>
          <button type="button" class="button" onClick={onClose}>
            {i18n.t('workspaceResources.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
