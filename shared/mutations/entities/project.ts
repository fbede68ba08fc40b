import type { AnyRecord } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { refuse } from '../../result';
import type { Phase } from '../../schemas/methodology';
import { ProjectFieldsSchema } from '../../schemas/project';
import { assignCreatorAsManager } from '../authorize-writes';
import { defineEntityMutators, type Refusal } from '../entity-mutators';
import type { ListRows, ReadRow } from '../types';

/** The phase with this id in a template, if it has one. */
export function findPhase(template: AnyRecord, phaseId: string): Phase | undefined {
  return (template.phases as Phase[]).find((phase) => phase.id === phaseId);
}

/** A project following a template must sit in one of its phases. */
function checkPhaseOfTemplate(project: Record<string, unknown>, read: ReadRow): Refusal {
  if (typeof project.templateId !== 'string' || typeof project.currentPhaseId !== 'string') return undefined;
  const template = read('template', project.templateId);
  if (!template || findPhase(template, project.currentPhaseId)) return undefined;
  const phases = (template.phases as Phase[]).map((phase) => phase.name).join(', ');
  return refuse(
    'phase_not_in_template',
    messageRef('refusal.project.phaseNotInTemplate', {
      phaseId: project.currentPhaseId,
      template: String(template.name),
      phases,
    }),
    { phaseId: project.currentPhaseId, templateId: project.templateId },
  );
}

/** Codes compare without case: "pay" and "PAY" would be read as the same project in every list. */
const sameCode = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && a.trim().toUpperCase() === b.trim().toUpperCase();

/** A project code names one project of the workspace (reports, Jira mapping and imports find projects by it). */
function checkCodeIsFree(project: Record<string, unknown>, list: ListRows): Refusal {
  const taken = list({ entity: 'project' }).find(
    (other) => other.id !== project.id && sameCode(other.code, project.code),
  );
  if (!taken) return undefined;
  return refuse(
    'code_taken',
    messageRef('refusal.project.codeTaken', { code: String(taken.code), name: String(taken.name) }),
    { field: 'code', projectId: taken.id },
  );
}

/**
 * `project.*`. Codes are unique in the workspace, whatever their case. The current phase changes through `project.changePhase` (an approved gate), except
 * when the project switches template, where it must name a phase of the new one. A pm who creates
 * a project without a manager becomes its manager (the popup's quick create sends none).
 */
export const projectMutators = defineEntityMutators({
  entity: 'project',
  fields: ProjectFieldsSchema,
  completeCreate: assignCreatorAsManager,
  references: [{ field: 'templateId', entity: 'template' }],
  queries: (values) => ('code' in values ? [{ entity: 'project' }] : []),
  checkCreate: (project, read, list) => checkCodeIsFree(project, list) ?? checkPhaseOfTemplate(project, read),
  checkUpdate({ current, patch, next }, read, list) {
    const switchesTemplate = 'templateId' in patch && patch.templateId !== current.templateId;
    if ('currentPhaseId' in patch && patch.currentPhaseId !== current.currentPhaseId && !switchesTemplate)
      return refuse('use_named_mutation', messageRef('refusal.project.phaseByGate', {}), {
        field: 'currentPhaseId',
        mutation: 'project.changePhase',
      });
    const codeTaken = 'code' in patch && !sameCode(patch.code, current.code) ? checkCodeIsFree(next, list) : undefined;
    return codeTaken ?? (switchesTemplate ? checkPhaseOfTemplate(next, read) : undefined);
  },
});
