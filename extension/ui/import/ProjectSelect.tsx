import { i18n } from '#i18n';
import type { Project } from '../../../shared/schemas/project';

interface ProjectSelectProps {
  id: string;
  label: string;
  projects: readonly Project[];
  selectedId: string | null;
  onSelect(projectId: string): void;
}

/** A labelled choice of project, "CODE · Name". */
export function ProjectSelect({ id, label, projects, selectedId, onSelect }: ProjectSelectProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={id}
        value={selectedId ?? ''}
        onChange={(event) => onSelect(event.currentTarget.value)}
      >
        {selectedId === null ? <option value="">{i18n.t('import.errors.noProject')}</option> : null}
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {`${project.code} · ${project.name}`}
          </option>
        ))}
      </select>
    </div>
  );
}
