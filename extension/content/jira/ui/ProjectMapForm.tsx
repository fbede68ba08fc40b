import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useBackgroundClient } from '../../../ui/background-client';
import type { JiraContextAnswer } from './use-jira-context';

interface ProjectMapFormProps {
  jiraProjectKey: string;
  projects: JiraContextAnswer['projects'];
  /** After the mapping is saved: reload the context. */
  onMapped(): void;
}

/** Links a Jira project to a PMO project, once; the mapping syncs to the team. */
export function ProjectMapForm({ jiraProjectKey, projects, onMapped }: ProjectMapFormProps) {
  const client = useBackgroundClient();
  const [projectId, setProjectId] = useState(projects[0]?.id ?? '');
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string>();
  const selectId = `pmo-map-${jiraProjectKey}`;

  async function save(event: Event) {
    event.preventDefault();
    if (!projectId || isSaving) return;
    setIsSaving(true);
    setError(undefined);
    const answer = await client.send('jira.mapProject', { projectId, jiraProjectKey });
    setIsSaving(false);
    if (answer.ok) onMapped();
    else setError(answer.error.message);
  }

  return (
    <form class="pmo-map" onSubmit={save}>
      <p>{i18n.t('overlay.map.notMapped', [jiraProjectKey])}</p>
      {projects.length === 0 ? (
        <p class="pmo-muted">{i18n.t('overlay.map.noProjects')}</p>
      ) : (
        <div class="pmo-inline-form">
          <label for={selectId}>{i18n.t('overlay.map.label')}</label>
          <select
            id={selectId}
            data-testid="pmo-project-map-select"
            value={projectId}
            onChange={(event) => setProjectId(event.currentTarget.value)}
          >
            {projects.map((project) => (
              <option key={project.id} value={project.id}>{`${project.code} · ${project.name}`}</option>
            ))}
          </select>
          <button
            type="submit"
            class="pmo-button pmo-button--primary"
            data-testid="pmo-project-map-save"
            disabled={isSaving}
          >
            {isSaving ? i18n.t('overlay.saving') : i18n.t('overlay.map.save')}
          </button>
        </div>
      )}
      {error ? (
        <p class="pmo-form-error" role="alert" data-testid="pmo-project-map-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
