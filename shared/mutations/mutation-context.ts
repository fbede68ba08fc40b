import type { Role } from '../schemas/common';
import type { MutationContext } from './types';

/**
 * The context of a mutation applied by `member` at `now`; `managedProjectIds` only for a pm (see
 * MutationContext). The one way the Durable Object, the client and the tests build it.
 */
export function buildMutationContext(
  member: { id: string; role: Role },
  now: string,
  managedProjectIds?: ReadonlySet<string>,
): MutationContext {
  return { actorId: member.id, role: member.role, now, ...(managedProjectIds ? { managedProjectIds } : {}) };
}
