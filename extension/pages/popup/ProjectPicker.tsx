import { i18n } from '#i18n';
import type { Project } from '../../../shared/schemas/project';
import type { SummaryProject } from '../../db/popup-summary';
import { ProjectSelect } from '../common/ProjectSelect';

interface ProjectPickerProps {
  /** Live projects, or the popup summary's (id, code and name: all ProjectSelect reads). */
  projects: readonly SummaryProject[];
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
      // ProjectSelect draws only id, code and name, which a summary's projects carry.
      projects={projects as readonly Project[]}
      selectedId={selectedId}
      onSelect={onSelect}
    />
  );
}
