import { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { type Result, refuse } from '../../result';
import { IdSchema } from '../../schemas/common';
import type { DimensionStatus, RagDimension, StatusReportFields } from '../../schemas/status-report';
import { refuseSubmitted } from '../entities/status-report';
import { joinWithCommas, termOrText } from '../entity-labels';
import { stampUpdated, writeRecord } from '../record-writes';
import { defineRecordIntent } from './define-record-intent';

export const StatusSubmitArgsSchema = z.object({ id: IdSchema });
export type StatusSubmitArgs = z.infer<typeof StatusSubmitArgsSchema>;

/** A light set against the data's suggestion with no reason: its name (`overall` or a dimension) and the light. */
export interface UnexplainedOverride {
  name: 'overall' | RagDimension;
  status: DimensionStatus;
}

/**
 * The lights the PM set against the data's suggestion without a reason, overall first. `status.submit`
 * refuses a report that has any; screens ask the same question before Submit, field by field. A
 * light with no suggestion (not enough data) needs no reason.
 */
export function findUnexplainedOverrides(
  report: Pick<StatusReportFields, 'overall' | 'dimensions'>,
): UnexplainedOverride[] {
  const lights: [UnexplainedOverride['name'], DimensionStatus | undefined][] = [
    ['overall', report.overall],
    ...(Object.entries(report.dimensions ?? {}) as [RagDimension, DimensionStatus | undefined][]),
  ];
  return lights.flatMap(([name, status]) =>
    status?.suggested !== undefined && status.chosen !== status.suggested && !status.reason?.trim()
      ? [{ name, status }]
      : [],
  );
}

/** A light the PM set against the data's suggestion must say why: that is what stops watermelons. */
function refuseUnexplainedOverrides(report: AnyRecord): Result<never> | undefined {
  const unexplained = findUnexplainedOverrides(report as unknown as Pick<StatusReportFields, 'overall' | 'dimensions'>);
  if (unexplained.length === 0) return undefined;
  const overrides = joinWithCommas(
    unexplained.map(({ name, status }) =>
      messageRef('refusal.status.override', {
        dimension: termOrText('term.dimension', name),
        chosen: termOrText('term.rag', status.chosen),
        suggested: termOrText('term.rag', status.suggested),
      }),
    ),
  );
  return refuse('rag_reason_missing', messageRef('refusal.status.reasonMissing', { overrides }), {
    dimensions: unexplained.map(({ name }) => name),
  });
}

/**
 * `status.submit`: turns a draft highlight report into history, stamped with who and when. After
 * this, `statusReport.update` and `.delete` refuse it (`immutable`).
 */
export const statusSubmit = defineRecordIntent<StatusSubmitArgs>({
  name: 'status.submit',
  args: StatusSubmitArgsSchema,
  entity: 'statusReport',
  decide(report, _args, _read, ctx) {
    if (refuseSubmitted(report))
      return refuse(
        'already_submitted',
        messageRef('refusal.status.alreadySubmitted', { id: report.id, submittedAt: String(report.submittedAt) }),
      );
    const refused = refuseUnexplainedOverrides(report);
    if (refused) return refused;
    return writeRecord(
      'statusReport',
      stampUpdated(report, { state: 'submitted', submittedAt: ctx.now, submittedBy: ctx.actorId }, ctx),
    );
  },
});
