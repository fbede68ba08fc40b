import { PlaybookFieldsSchema } from '../../schemas/playbooks';
import { defineEntityMutators } from '../entity-mutators';
import { denyUnlessGovernor } from '../role-gates';
import type { MutationContext } from '../types';

/** `playbook.*`: the PMO's coaching pages (docs/domain.md "Playbook"); every member reads them. */
export const playbookMutators = defineEntityMutators({
  entity: 'playbook',
  fields: PlaybookFieldsSchema,
  gate: (ctx: MutationContext) => denyUnlessGovernor(ctx, 'writePlaybooks'),
});
