import { ActionFieldsSchema, DecisionFieldsSchema, IssueFieldsSchema } from '../../schemas/raid';
import { defineEntityMutators, type Reference } from '../entity-mutators';

// RAID items stand alone, so one filed under the wrong project may move to another that exists.
const inProject: Reference[] = [{ field: 'projectId', entity: 'project' }];

/** `issue.*`. Issues from occurred risks are created by `risk.occurred`. */
export const issueMutators = defineEntityMutators({
  entity: 'issue',
  fields: IssueFieldsSchema,
  references: inProject,
});

/** `decision.*`. */
export const decisionMutators = defineEntityMutators({
  entity: 'decision',
  fields: DecisionFieldsSchema,
  references: inProject,
});

/** `action.*`. */
export const actionMutators = defineEntityMutators({
  entity: 'action',
  fields: ActionFieldsSchema,
  references: inProject,
});
