import { messageRef } from '../../i18n/message-ref';
import { refuse } from '../../result';
import { RiskFieldsSchema } from '../../schemas/risk';
import { defineEntityMutators } from '../entity-mutators';

const occurredOnlyThroughIntent = () =>
  refuse('use_named_mutation', messageRef('refusal.risk.occurredByIntent', {}), {
    field: 'status',
    mutation: 'risk.occurred',
  });

/** `risk.*`. Escalation and occurrence are intents of their own: they stamp and link what an edit cannot. */
export const riskMutators = defineEntityMutators({
  entity: 'risk',
  fields: RiskFieldsSchema,
  references: [{ field: 'projectId', entity: 'project' }],
  intentFields: {
    issueId: 'risk.occurred',
    escalatedAt: 'risk.escalate',
    escalatedTo: 'risk.escalate',
    escalationReason: 'risk.escalate',
  },
  checkCreate: (risk) => (risk.status === 'occurred' ? occurredOnlyThroughIntent() : undefined),
  checkUpdate: ({ current, patch }) =>
    patch.status === 'occurred' && current.status !== 'occurred' ? occurredOnlyThroughIntent() : undefined,
});
