import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useBackgroundClient } from '../../ui/background-client';
import { TextField } from '../common/TextField';
import { checkNewProject, type NewProjectErrors } from './check-popup-forms';
import { FoldedForm } from './FoldedForm';
import type { FoldedFormControl } from './use-folded-form';

interface NewProjectFormProps extends FoldedFormControl {
  workspaceId: string;
  /** After the project is created (the popup shows it, and folds the form away). */
  onCreated(projectId: string): void;
}

/** Code and name of a new project; it is created locally at once and synced after. */
export function NewProjectForm({ workspaceId, onCreated, ...folded }: NewProjectFormProps) {
  const client = useBackgroundClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<NewProjectErrors>({});

  async function createProject() {
    const found = checkNewProject(code, name);
    setErrors(found);
    if (found.code || found.name) {
      document.getElementById(found.code ? 'new-project-code' : 'new-project-name')?.focus();
      return null;
    }
    const id = crypto.randomUUID();
    const result = await client.send('mutate', {
      workspaceId,
      name: 'project.create',
      args: { id, code: code.trim(), name: name.trim() },
    });
    if (result.ok) {
      setCode('');
      setName('');
      onCreated(id);
    }
    return result;
  }

  return (
    <FoldedForm
      {...folded}
      name="new-project"
      title={i18n.t('popup.newProjectTitle')}
      action="create-project"
      submitLabel={i18n.t('popup.createProject')}
      onSubmit={createProject}
    >
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
    </FoldedForm>
  );
}
