import type { Project } from '../../../shared/schemas/project';

interface ProjectSelectProps {
  id: string;
  label: string;
  projects: readonly Project[];
  selectedId: string | null;
  onSelect(projectId: string): void;
  /** Shown as the first, empty choice while no project is selected. */
  placeholder?: string;
  className?: string;
}

/** A labelled choice of project, "CODE · Name"; the id is also the test id. */
export function ProjectSelect({
  id,
  label,
  projects,
  selectedId,
  onSelect,
  placeholder,
  className,
}: ProjectSelectProps) {
  return (
    <div class={className ? `field ${className}` : 'field'}>
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={id}
        value={selectedId ?? ''}
        onChange={(event) => onSelect(event.currentTarget.value)}
      >
        {selectedId === null && placeholder ? <option value="">{placeholder}</option> : null}
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {`${project.code} · ${project.name}`}
          </option>
        ))}
      </select>
    </div>
  );
}
