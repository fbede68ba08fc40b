import { CostEntryFieldsSchema } from '../../schemas/costs';
import { defineEntityMutators } from '../entity-mutators';

/**
 * `costEntry.*`: one amount of a project in one month (docs/domain.md "Cost entry"). The project
 * never changes; the person, when named, must exist. Imports go through `costEntry.import`.
 */
export const costEntryMutators = defineEntityMutators({
  entity: 'costEntry',
  fields: CostEntryFieldsSchema,
  references: [
    { field: 'projectId', entity: 'project' },
    { field: 'personId', entity: 'person' },
  ],
  fixedFields: ['projectId'],
});
