import type { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { type Result, refuse } from '../../result';
import { longText, titleText } from '../../schemas/common';
import { recordArgsSchema } from '../preconditions';
import { stampUpdated, writeRecord } from '../record-writes';
import { defineRecordIntent } from './define-record-intent';

export const RiskEscalateArgsSchema = recordArgsSchema({
  /** Who or which level takes it over: a person, "programme board", … */
  to: titleText(200),
  reason: longText(2000).optional(),
});
export type RiskEscalateArgs = z.infer<typeof RiskEscalateArgsSchema>;

/** Closed and occurred risks are no longer risks to act on; `action` completes "… cannot be …" (`term.riskAction.*`). */
export function refuseInactiveRisk(risk: AnyRecord, action: 'escalate' | 'markOccurred'): Result<never> | undefined {
  const title = String(risk.title);
  const actionTerm = messageRef(`term.riskAction.${action}`, {});
  if (risk.status === 'closed')
    return refuse('risk_not_open', messageRef('refusal.risk.closed', { title, action: actionTerm }), {
      status: risk.status,
    });
  if (risk.status === 'occurred')
    return refuse(
      'risk_not_open',
      messageRef('refusal.risk.occurred', { title, action: actionTerm, issueId: String(risk.issueId) }),
      { status: risk.status, issueId: risk.issueId },
    );
  return undefined;
}

/** `risk.escalate`: hands an open risk to a higher authority, stamped with the server's time. */
export const riskEscalate = defineRecordIntent<RiskEscalateArgs>({
  name: 'risk.escalate',
  args: RiskEscalateArgsSchema,
  entity: 'risk',
  decide(risk, args, _read, ctx) {
    const refused = refuseInactiveRisk(risk, 'escalate');
    if (refused) return refused;
    // A new escalation replaces the previous one, reason included (none given = none kept).
    return writeRecord(
      'risk',
      stampUpdated(risk, { escalatedAt: ctx.now, escalatedTo: args.to, escalationReason: args.reason }, ctx),
    );
  },
});
