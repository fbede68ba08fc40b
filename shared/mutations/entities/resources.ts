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

/** `raci.*`: one person's role on one plan item of the project; the item and project never change. */
export const raciMutators = defineEntityMutators({
  entity: 'raci',
  fields: RaciFieldsSchema,
  references: [
    { field: 'projectId', entity: 'project' },
    { field: 'planItemId', entity: 'planItem' },
    { field: 'personId', entity: 'person' },
  ],
  fixedFields: ['projectId', 'planItemId'],
  checkCreate(raci, read) {
    const item = read('planItem', raci.planItemId as string);
    if (!item || item.projectId === raci.projectId) return undefined;
    return refuse('project_mismatch', messageRef('refusal.raci.itemElsewhere', { title: String(item.title) }), {
      planItemId: raci.planItemId,
    });
  },
});
