import { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { fail, type Result } from '../../result';
import { IdSchema } from '../../schemas/common';
import type { DimensionStatus } from '../../schemas/status-report';
import { refuseSubmitted } from '../entities/status-report';
import { findTarget } from '../preconditions';
import { stampUpdated, writeRecord } from '../record-writes';
import { denyUnlessWriter } from '../role-gates';
import type { Mutator } from '../types';

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
  const list = unexplained
    .map(([name, status]) => `${name} (you chose ${status?.chosen}, the data suggests ${status?.suggested})`)
    .join(', ');
  return fail('rag_reason_missing', `Give a reason for ${list} before submitting, or pick the suggested light.`, {
    dimensions: unexplained.map(([name]) => name),
  });
}

/**
 * `status.submit`: turns a draft highlight report into history, stamped with who and when. After
 * this, `statusReport.update` and `.delete` refuse it (`immutable`).
 */
export const statusSubmit: Mutator<StatusSubmitArgs> = {
  name: 'status.submit',
  args: StatusSubmitArgsSchema,
  reads: (args) => [{ entity: 'statusReport', id: args.id }],
  apply(args, read, ctx) {
    const denied = denyUnlessWriter(ctx);
    if (denied) return denied;
    const found = findTarget(read, 'statusReport', args.id);
    if (!found.ok) return found;
    const report = found.value;
    if (refuseSubmitted(report))
      return fail(
        'already_submitted',
        `Status report ${report.id} was already submitted on ${String(report.submittedAt)}; create a new report for the next period.`,
      );
    const refused = refuseUnexplainedOverrides(report);
    if (refused) return refused;
    return writeRecord(
      'statusReport',
      stampUpdated(report, { state: 'submitted', submittedAt: ctx.now, submittedBy: ctx.actorId }, ctx),
    );
  },
};
