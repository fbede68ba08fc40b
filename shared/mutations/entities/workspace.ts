import { messageRef } from '../../i18n/message-ref';
import { refuse } from '../../result';
import { TemplateFieldsSchema } from '../../schemas/methodology';
import { WorkspaceSettingsFieldsSchema } from '../../schemas/workspace-settings';
import { defineEntityMutators } from '../entity-mutators';
import { isSameValue } from '../preconditions';
import { denyUnlessGovernor } from '../role-gates';
import type { MutationContext } from '../types';

/** `settings.*`: the risk matrix, appetite and thresholds every project is judged by. */
export const settingsMutators = defineEntityMutators({
  entity: 'settings',
  fields: WorkspaceSettingsFieldsSchema,
  gate: (ctx: MutationContext) => denyUnlessGovernor(ctx, 'changeSettings'),
});

/** `template.*`: the PMO's methodologies; every change that alters the template bumps its version. */
export const templateMutators = defineEntityMutators({
  entity: 'template',
  fields: TemplateFieldsSchema,
  gate: (ctx: MutationContext) => denyUnlessGovernor(ctx, 'defineTemplates'),
  checkUpdate: ({ current, patch }) =>
    'templateVersion' in patch && patch.templateVersion !== current.templateVersion
      ? refuse('derived_field', messageRef('refusal.template.versionDerived', {}), { field: 'templateVersion' })
      : undefined,
  reviseUpdate({ current, patch }) {
    const changes = Object.keys(patch).some(
      (field) => field !== 'templateVersion' && !isSameValue(patch[field], current[field]),
    );
    return changes ? { templateVersion: Number(current.templateVersion) + 1 } : {};
  },
});
