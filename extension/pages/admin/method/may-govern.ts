import type { MemberSummary } from '../../../../shared/api/schemas';
import { buildMutationContext } from '../../../../shared/mutations/mutation-context';
import { denyUnlessGovernor, type GovernedAction } from '../../../../shared/mutations/role-gates';

/**
 * Asks the gate the mutators apply (shared/mutations/role-gates.ts) before the click, so the method
 * and settings screens offer their edits only to the roles the Worker lets make them.
 */
export function mayGovern(member: Pick<MemberSummary, 'id' | 'role'>, action: GovernedAction): boolean {
  return denyUnlessGovernor(buildMutationContext(member, new Date().toISOString()), action) === undefined;
}
