import { messageRef } from '../i18n/message-ref';
import { type Result, refuse } from '../result';
import { isGoverningRole, isWritingRole } from '../roles';
import { termOrText } from './entity-labels';
import type { MutationContext } from './types';

/** What only an owner or PMO may do, as `term.governedAction.*` names it. */
export type GovernedAction = 'changeSettings' | 'defineTemplates' | 'decideGate' | 'writePlaybooks';

/**
 * Early refusal for the roles that write nothing (docs/sync.md "Roles"); which records a writer may touch
 * is decided per write by authorizeWrites, after every mutator.
 */
export function denyUnlessWriter(ctx: MutationContext): Result<never> | undefined {
  if (isWritingRole(ctx.role)) return undefined;
  return refuse('forbidden', messageRef('refusal.role.readOnly', { role: termOrText('term.role', ctx.role) }));
}

/**
 * Gate for what only the PMO decides (docs/sync.md "Roles": owner and pmo own methodology and gates).
 * `action` completes "Only an owner or PMO can …".
 */
export function denyUnlessGovernor(ctx: MutationContext, action: GovernedAction): Result<never> | undefined {
  if (isGoverningRole(ctx.role)) return undefined;
  return refuse(
    'forbidden',
    messageRef('refusal.role.governorOnly', {
      action: messageRef(`term.governedAction.${action}`, {}),
      role: termOrText('term.role', ctx.role),
    }),
  );
}
