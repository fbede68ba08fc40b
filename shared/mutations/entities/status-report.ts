import type { AnyRecord } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { refuse } from '../../result';
import { StatusReportFieldsSchema } from '../../schemas/status-report';
import { defineEntityMutators, type Refusal } from '../entity-mutators';

/** Submitted reports are history (docs/domain.md "Status report"): corrections go in a new report. */
export function refuseSubmitted(report: AnyRecord): Refusal {
  if (report.state !== 'submitted') return undefined;
  return refuse(
    'immutable',
    messageRef('refusal.status.submittedIsHistory', { id: report.id, submittedAt: String(report.submittedAt) }),
  );
}

function checkPeriod(report: Record<string, unknown>): Refusal {
  if (String(report.periodStart) <= String(report.periodEnd)) return undefined;
  return refuse('invalid_args', messageRef('refusal.status.periodReversed', {}));
}

/** `statusReport.*`: drafts are edited freely; `status.submit` makes them immutable. */
export const statusReportMutators = defineEntityMutators({
  entity: 'statusReport',
  fields: StatusReportFieldsSchema,
  references: [{ field: 'projectId', entity: 'project' }],
  fixedFields: ['projectId'],
  intentFields: { state: 'status.submit', submittedAt: 'status.submit', submittedBy: 'status.submit' },
  checkEditable: refuseSubmitted,
  checkCreate: checkPeriod,
  checkUpdate: ({ next }) => checkPeriod(next),
});
