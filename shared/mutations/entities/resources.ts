import { messageRef } from '../../i18n/message-ref';
import { refuse } from '../../result';
import { AllocationFieldsSchema, PersonFieldsSchema, RaciFieldsSchema } from '../../schemas/resources';
import { defineEntityMutators } from '../entity-mutators';

/** `person.*`. */
export const personMutators = defineEntityMutators({ entity: 'person', fields: PersonFieldsSchema });

/** `allocation.*`: a person on a project, both of which must exist. */
export const allocationMutators = defineEntityMutators({
  entity: 'allocation',
  fields: AllocationFieldsSchema,
  references: [
    { field: 'personId', entity: 'person' },
    { field: 'projectId', entity: 'project' },
  ],
});

/**
 * `raci.*`: one person's role on one deliverable (a plan item) or one milestone of the project:
 * exactly one of `planItemId` and `milestoneId`, of the same project. The target and the project
 * never change afterwards; the person and the role may.
 */
export const raciMutators = defineEntityMutators({
  entity: 'raci',
  fields: RaciFieldsSchema,
  references: [
    { field: 'projectId', entity: 'project' },
    { field: 'planItemId', entity: 'planItem' },
    { field: 'milestoneId', entity: 'milestone' },
    { field: 'personId', entity: 'person' },
  ],
  fixedFields: ['projectId', 'planItemId', 'milestoneId'],
  checkCreate(raci, read) {
    const hasItem = typeof raci.planItemId === 'string';
    const hasMilestone = typeof raci.milestoneId === 'string';
    if (hasItem && hasMilestone)
      return refuse('invalid_args', messageRef('refusal.raci.twoTargets', {}), {
        planItemId: raci.planItemId,
        milestoneId: raci.milestoneId,
      });
    if (!hasItem && !hasMilestone) return refuse('invalid_args', messageRef('refusal.raci.noTarget', {}));
    if (hasMilestone) {
      const milestone = read('milestone', raci.milestoneId as string);
      if (!milestone || milestone.projectId === raci.projectId) return undefined;
      return refuse(
        'project_mismatch',
        messageRef('refusal.raci.milestoneElsewhere', { title: String(milestone.title) }),
        { milestoneId: raci.milestoneId },
      );
    }
    const item = read('planItem', raci.planItemId as string);
    if (!item || item.projectId === raci.projectId) return undefined;
    return refuse('project_mismatch', messageRef('refusal.raci.itemElsewhere', { title: String(item.title) }), {
      planItemId: raci.planItemId,
    });
  },
});
