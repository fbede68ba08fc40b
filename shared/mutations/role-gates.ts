import { fail, type Result } from '../result';
import type { Role } from '../schemas/common';
import type { MutationContext } from './types';

const rolesThatWrite: ReadonlySet<Role> = new Set(['owner', 'pmo', 'pm', 'contributor']);

/**
 * Early refusal for the roles that write nothing (SYNC.md roles); which records a writer may touch
 * is decided per write by authorizeWrites, after every mutator.
 */
export function denyUnlessWriter(ctx: MutationContext): Result<never> | undefined {
  if (rolesThatWrite.has(ctx.role)) return undefined;
  return fail(
    'forbidden',
    `A ${ctx.role} can read this workspace but not change it. Ask an owner or PMO for a role that can edit.`,
  );
}

const rolesThatGovern: ReadonlySet<Role> = new Set(['owner', 'pmo']);

/**
 * Gate for what only the PMO decides (SYNC.md roles: owner and pmo own methodology and gates).
 * `action` completes "Only an owner or PMO can …".
 */
export function denyUnlessGovernor(ctx: MutationContext, action: string): Result<never> | undefined {
  if (rolesThatGovern.has(ctx.role)) return undefined;
  return fail('forbidden', `Only an owner or PMO can ${action}; you are a ${ctx.role}. Ask one of them to do it.`);
}
