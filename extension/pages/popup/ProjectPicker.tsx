import { i18n } from '#i18n';
import type { Project } from '../../../shared/schemas/project';
import { ProjectSelect } from '../common/ProjectSelect';

interface ProjectPickerProps {
  projects: Project[];
  selectedId: string;
  onSelect(projectId: string): void;
}

/** Which project's risks the popup shows. */
export function ProjectPicker({ projects, selectedId, onSelect }: ProjectPickerProps) {
  return (
    <ProjectSelect
      id="project-select"
      className="project-picker"
      label={i18n.t('popup.project')}
      projects={projects}
      selectedId={selectedId}
      onSelect={onSelect}
    />
  );
}
