import { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { type Result, refuse } from '../../result';
import { IdSchema } from '../../schemas/common';
import type { DimensionStatus } from '../../schemas/status-report';
import { refuseSubmitted } from '../entities/status-report';
import { joinWithCommas, termOrText } from '../entity-labels';
import { stampUpdated, writeRecord } from '../record-writes';
import { defineRecordIntent } from './define-record-intent';

export const StatusSubmitArgsSchema = z.object({ id: IdSchema });
export type StatusSubmitArgs = z.infer<typeof StatusSubmitArgsSchema>;

/** A light the PM set against the data's suggestion must say why: that is what stops watermelons. */
function refuseUnexplainedOverrides(report: AnyRecord): Result<never> | undefined {
  const dimensions: [string, DimensionStatus | undefined][] = [
    ['overall', report.overall as DimensionStatus],
    ...Object.entries((report.dimensions as Record<string, DimensionStatus> | undefined) ?? {}),
  ];
  const unexplained = dimensions.filter(
    ([, status]) => status?.suggested !== undefined && status.chosen !== status.suggested && !status.reason?.trim(),
  );
  if (unexplained.length === 0) return undefined;
  const overrides = joinWithCommas(
    unexplained.map(([name, status]) =>
      messageRef('refusal.status.override', {
        dimension: termOrText('term.dimension', name),
        chosen: termOrText('term.rag', status?.chosen),
        suggested: termOrText('term.rag', status?.suggested),
      }),
    ),
  );
  return refuse('rag_reason_missing', messageRef('refusal.status.reasonMissing', { overrides }), {
    dimensions: unexplained.map(([name]) => name),
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
