import { messageRef } from '../../i18n/message-ref';
import { refuseRemovingPhasesInUse } from '../../methodology/template-edits';
import { refuse } from '../../result';
import { type Phase, TemplateFieldsSchema } from '../../schemas/methodology';
import type { Project } from '../../schemas/project';
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
  // A new phase list is checked against the projects following the template (template-edits.ts).
  queries: (values, id) =>
    Array.isArray(values.phases) ? [{ entity: 'project', field: 'templateId', value: id }] : [],
  checkUpdate: ({ current, patch }, _read, list) => {
    if ('templateVersion' in patch && patch.templateVersion !== current.templateVersion)
      return refuse('derived_field', messageRef('refusal.template.versionDerived', {}), { field: 'templateVersion' });
    if (!Array.isArray(patch.phases)) return undefined;
    const following = list({ entity: 'project', field: 'templateId', value: current.id }) as unknown as Project[];
    const phases = current.phases as Phase[];
    return refuseRemovingPhasesInUse({ name: String(current.name), phases }, patch.phases as Phase[], following);
  },
  reviseUpdate({ current, patch }) {
    const changes = Object.keys(patch).some(
      (field) => field !== 'templateVersion' && !isSameValue(patch[field], current[field]),
    );
    return changes ? { templateVersion: Number(current.templateVersion) + 1 } : {};
  },
});
