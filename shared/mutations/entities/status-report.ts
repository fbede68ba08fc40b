import type { AnyRecord } from '../../entities';
import { fail } from '../../result';
import { StatusReportFieldsSchema } from '../../schemas/status-report';
import { defineEntityMutators, type Refusal } from '../entity-mutators';

/** Submitted reports are history (DOMAIN.md "Status report"): corrections go in a new report. */
export function refuseSubmitted(report: AnyRecord): Refusal {
  if (report.state !== 'submitted') return undefined;
  return fail(
    'immutable',
    `Status report ${report.id} was submitted on ${String(report.submittedAt)} and is now history; create a new report to correct or update it.`,
  );
}

function checkPeriod(report: Record<string, unknown>): Refusal {
  if (String(report.periodStart) <= String(report.periodEnd)) return undefined;
  return fail('invalid_args', 'periodEnd: must not be before periodStart; check the reporting period.');
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
