import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { describeProjectStart } from '../../../shared/methodology/project-start';
import { useBackgroundClient } from '../../ui/background-client';
import { TextField } from '../common/TextField';
import { useDatabase } from '../database-context';
import { useLiveQuery } from '../use-live-query';
import { checkNewProject, type NewProjectErrors } from './check-popup-forms';
import { FoldedForm } from './FoldedForm';
import { listTemplates, readWorkspaceMember } from './list-templates';
import type { FoldedFormControl } from './use-folded-form';

interface NewProjectFormProps extends FoldedFormControl {
  workspaceId: string;
  /** After the project is created (the popup shows it, and folds the form away). */
  onCreated(projectId: string): void;
}

// The value of the "No method" choice; template ids are UUIDs, so it cannot be one.
const noMethod = 'none';

/**
 * Code, name and method of a new project; it is created locally at once and synced after. It
 * follows the chosen template from its first phase (default: the workspace's first template).
 */
export function NewProjectForm({ workspaceId, onCreated, ...folded }: NewProjectFormProps) {
  const client = useBackgroundClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<NewProjectErrors>({});
  const db = useDatabase();
  const templates = useLiveQuery(() => listTemplates(db, workspaceId), [db, workspaceId]) ?? [];
  // Undefined until the person picks: the default follows the templates as they load.
  const [pickedTemplateId, setPickedTemplateId] = useState<string>();
  const templateId = pickedTemplateId ?? templates[0]?.id ?? noMethod;
  const template = templates.find((candidate) => candidate.id === templateId);

  async function createProject() {
    const found = checkNewProject(code, name);
    setErrors(found);
    if (found.code || found.name) {
      document.getElementById(found.code ? 'new-project-code' : 'new-project-name')?.focus();
      return null;
    }
    const id = crypto.randomUUID();
    const member = await readWorkspaceMember(db, workspaceId);
    const result = await client.send('mutate', {
      workspaceId,
      name: 'project.create',
      args: {
        id,
        code: code.trim(),
        name: name.trim(),
        ...describeProjectStart(template),
        // A pm's new project is theirs (authorize-writes.ts gives it their id); the name lets others read who manages it.
        ...(member?.role === 'pm' ? { managerId: member.id, managerName: member.name } : {}),
      },
    });
    if (result.ok) {
      setCode('');
      setName('');
      setPickedTemplateId(undefined);
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
      {templates.length > 0 ? (
        <div class="field new-project__template">
          <label for="new-project-template">{i18n.t('workspaceGate.newProject.template')}</label>
          <select
            id="new-project-template"
            data-testid="new-project-template"
            value={templateId}
            aria-describedby={template ? 'new-project-template-hint' : undefined}
            onChange={(event) => setPickedTemplateId(event.currentTarget.value)}
          >
            {templates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
            <option value={noMethod}>{i18n.t('workspaceGate.newProject.noMethod')}</option>
          </select>
          {template?.phases[0] ? (
            <p id="new-project-template-hint" class="field-hint">
              {i18n.t('workspaceGate.newProject.startsIn', [template.phases[0].name])}
            </p>
          ) : null}
        </div>
      ) : null}
    </FoldedForm>
  );
}
