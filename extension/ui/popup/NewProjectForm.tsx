import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useBackgroundClient } from '../background-client';
import { FormError } from '../common/FormError';
import { TextField } from '../common/TextField';
import { checkNewProject, type NewProjectErrors } from './check-popup-forms';
import { closeOnEscape } from './use-folded-form';

interface NewProjectFormProps {
  /** The element id the opener's aria-controls names. */
  id: string;
  workspaceId: string;
  /** After the project is created (the popup shows it, and folds the form away). */
  onCreated(projectId: string): void;
  /** Folds the form away (Esc, Cancel); the opener takes the focus back. */
  onClose(): void;
}

/** Code and name of a new project; it is created locally at once and synced after. */
export function NewProjectForm({ id: formId, workspaceId, onCreated, onClose }: NewProjectFormProps) {
  const client = useBackgroundClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<NewProjectErrors>({});
  const [formError, setFormError] = useState<string>();

  useEffect(() => document.getElementById('new-project-code')?.focus(), []);

  async function createProject(event: Event) {
    event.preventDefault();
    const found = checkNewProject(code, name);
    setErrors(found);
    if (found.code || found.name) {
      document.getElementById(found.code ? 'new-project-code' : 'new-project-name')?.focus();
      return;
    }
    const id = crypto.randomUUID();
    const result = await client.send('mutate', {
      workspaceId,
      name: 'project.create',
      args: { id, code: code.trim(), name: name.trim() },
    });
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    setFormError(undefined);
    setCode('');
    setName('');
    onCreated(id);
  }

  return (
    <form
      id={formId}
      class="card new-project"
      onSubmit={createProject}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-labelledby="new-project-title"
    >
      <h2 id="new-project-title" class="card__title">
        {i18n.t('popup.newProjectTitle')}
      </h2>
      <div class="new-project__fields">
        <TextField
          id="new-project-code"
          label={i18n.t('popup.projectCode')}
          value={code}
          onValue={setCode}
          error={errors.code}
          placeholder="ERP"
          maxLength={20}
          autoComplete="off"
        />
        <TextField
          id="new-project-name"
          label={i18n.t('popup.projectName')}
          value={name}
          onValue={setName}
          error={errors.name}
          placeholder={i18n.t('popup.projectNamePlaceholder')}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <div class="form-actions form-actions--end">
        <button type="button" class="button button--quiet" data-testid="cancel-new-project" onClick={onClose}>
          {i18n.t('popup.cancel')}
        </button>
        <button type="submit" class="button button--primary" data-testid="create-project">
          {i18n.t('popup.createProject')}
        </button>
      </div>
      <FormError id="create-project-error" message={formError} />
    </form>
  );
}
