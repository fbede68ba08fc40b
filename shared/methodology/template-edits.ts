import { messageRef } from '../i18n/message-ref';
import { type Result, refuse } from '../result';
import type { Phase, TemplateFields } from '../schemas/methodology';
import type { Project } from '../schemas/project';

type FollowingProject = Pick<Project, 'id' | 'code' | 'name' | 'templateId' | 'currentPhaseId'>;

/** The projects that follow a template, by code: the ones its edits and its deletion affect. */
export function listProjectsFollowing<P extends FollowingProject>(templateId: string, projects: readonly P[]): P[] {
  return projects
    .filter((project) => project.templateId === templateId)
    .sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
}

/** A phase an edit would remove while projects are in it, with those projects. */
export interface PhaseInUse {
  phase: Pick<Phase, 'id' | 'name'>;
  projects: FollowingProject[];
}

/**
 * The phases of `current` that `nextPhases` leaves out while a project following the template is in
 * them: such a project would be in a phase its method no longer has. Renaming or reordering keeps a
 * phase's id, so only a removal counts.
 */
export function findRemovedPhasesInUse(
  current: Pick<TemplateFields, 'phases'>,
  nextPhases: readonly Pick<Phase, 'id'>[],
  following: readonly FollowingProject[],
): PhaseInUse[] {
  const kept = new Set(nextPhases.map((phase) => phase.id));
  return current.phases
    .filter((phase) => !kept.has(phase.id))
    .map((phase) => ({
      phase: { id: phase.id, name: phase.name },
      projects: following.filter((project) => project.currentPhaseId === phase.id),
    }))
    .filter((entry) => entry.projects.length > 0);
}

/**
 * Refuses a template edit that removes a phase a project is in (`phase_in_use`), naming the phase
 * and the projects: move them to another phase (or another template) first. Undefined to go on.
 */
export function refuseRemovingPhasesInUse(
  current: Pick<TemplateFields, 'phases' | 'name'>,
  nextPhases: readonly Pick<Phase, 'id'>[],
  following: readonly FollowingProject[],
): Result<never> | undefined {
  const [first] = findRemovedPhasesInUse(current, nextPhases, following);
  if (!first) return undefined;
  const codes = first.projects.map((project) => project.code).join(', ');
  return refuse(
    'phase_in_use',
    messageRef('refusal.template.phaseInUse', {
      phase: first.phase.name,
      template: current.name,
      count: first.projects.length,
      projects: codes,
    }),
    { phaseId: first.phase.id, projectIds: first.projects.map((project) => project.id) },
  );
}

/**
 * A copy of a template to start a new one from: the same phases, gates and artifacts under fresh
 * ids (two templates never share a phase or criterion id), at version 1.
 */
export function copyTemplate(source: TemplateFields, name: string, newId: () => string): TemplateFields {
  return {
    name,
    kind: source.kind,
    ...(source.description ? { description: source.description } : {}),
    templateVersion: 1,
    phases: source.phases.map((phase) => ({
      id: newId(),
      name: phase.name,
      requiredArtifacts: [...phase.requiredArtifacts],
      ...(phase.gate
        ? {
            gate: {
              name: phase.gate.name,
              mustMeet: phase.gate.mustMeet.map((criterion) => ({ id: newId(), text: criterion.text })),
              shouldMeet: phase.gate.shouldMeet.map((criterion) => ({
                id: newId(),
                text: criterion.text,
                weight: criterion.weight,
              })),
              passScore: phase.gate.passScore,
            },
          }
        : {}),
    })),
  };
}

/** Moves the item at `index` by `delta` places (−1 up, +1 down); out of range leaves the list as it is. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  moved.splice(target, 0, item as T);
  return moved;
}
