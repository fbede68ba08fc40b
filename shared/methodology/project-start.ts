import type { Template } from '../schemas/methodology';

/**
 * The templates a new project may follow, in the order they are offered: oldest first (the built-in
 * method a workspace starts with comes first, and stays the default), then by name.
 */
export function sortTemplatesForChoice<T extends Pick<Template, 'name' | 'createdAt'>>(templates: readonly T[]): T[] {
  return [...templates].sort(
    (a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.name.localeCompare(b.name),
  );
}

/**
 * Where a new project starts (docs/domain.md "Project"): in the first phase of the template it
 * follows, or with neither template nor phase when it follows none.
 */
export function describeProjectStart(template: Pick<Template, 'id' | 'phases'> | undefined): {
  templateId?: string;
  currentPhaseId?: string;
} {
  const first = template?.phases[0];
  return template && first ? { templateId: template.id, currentPhaseId: first.id } : {};
}
