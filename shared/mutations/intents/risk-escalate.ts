import { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { fail, type Result } from '../../result';
import { IdSchema, longText, titleText } from '../../schemas/common';
import { checkExpected, ExpectedSchema, findTarget } from '../preconditions';
import { stampUpdated, writeRecord } from '../record-writes';
import { denyUnlessWriter } from '../role-gates';
import type { Mutator } from '../types';

export const RiskEscalateArgsSchema = z.object({
  id: IdSchema,
  /** Who or which level takes it over: a person, "programme board", … */
  to: titleText(200),
  reason: longText(2000).optional(),
  expected: ExpectedSchema.optional(),
});
export type RiskEscalateArgs = z.infer<typeof RiskEscalateArgsSchema>;

/** Closed and occurred risks are no longer risks to act on; `action` completes "… cannot be …". */
export function refuseInactiveRisk(risk: AnyRecord, action: string): Result<never> | undefined {
  if (risk.status === 'closed')
    return fail(
      'risk_not_open',
      `Risk "${String(risk.title)}" is closed and cannot be ${action}; reopen it first if it still threatens the project.`,
      { status: risk.status },
    );
  if (risk.status === 'occurred')
    return fail(
      'risk_not_open',
      `Risk "${String(risk.title)}" has already occurred and cannot be ${action}; work on its issue ${String(risk.issueId)} instead.`,
      { status: risk.status, issueId: risk.issueId },
    );
  return undefined;
}

/** `risk.escalate`: hands an open risk to a higher authority, stamped with the server's time. */
export const riskEscalate: Mutator<RiskEscalateArgs> = {
  name: 'risk.escalate',
  args: RiskEscalateArgsSchema,
  reads: (args) => [{ entity: 'risk', id: args.id }],
  apply(args, read, ctx) {
    const denied = denyUnlessWriter(ctx);
    if (denied) return denied;
    const found = findTarget(read, 'risk', args.id);
    if (!found.ok) return found;
    const risk = found.value;
    const refused = checkExpected('risk', risk, args.expected) ?? refuseInactiveRisk(risk, 'escalated');
    if (refused) return refused;
    // A new escalation replaces the previous one, reason included (none given = none kept).
    return writeRecord(
      'risk',
      stampUpdated(risk, { escalatedAt: ctx.now, escalatedTo: args.to, escalationReason: args.reason }, ctx),
    );
  },
};
