import { i18n } from '#i18n';
import type { Project } from '../../../shared/schemas/project';

interface ProjectPickerProps {
  projects: Project[];
  selectedId: string;
  onSelect(projectId: string): void;
}

/** Which project's risks the popup shows. */
export function ProjectPicker({ projects, selectedId, onSelect }: ProjectPickerProps) {
  return (
    <div class="field project-picker">
      <label for="project-select">{i18n.t('popup.project')}</label>
      <select
        id="project-select"
        data-testid="project-select"
        value={selectedId}
        onChange={(event) => onSelect(event.currentTarget.value)}
      >
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {`${project.code} · ${project.name}`}
          </option>
        ))}
      </select>
    </div>
  );
}
