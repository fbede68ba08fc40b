import type { MemberSummary } from '../../../../shared/api/schemas';
import { authorizeWrites } from '../../../../shared/mutations/authorize-writes';
import { buildMutationContext } from '../../../../shared/mutations/mutation-context';

/**
 * Whether the member may write playbooks, asked of the rule the Worker enforces
 * (shared/mutations/authorize-writes.ts: owner and pmo only) before any button is offered.
 */
export function mayWritePlaybooks(member: Pick<MemberSummary, 'id' | 'role'>): boolean {
  const id = '00000000-0000-4000-8000-000000000000';
  const ctx = buildMutationContext(member, new Date().toISOString());
  const value = { id, version: 0, createdBy: member.id };
  return authorizeWrites([{ op: 'put', entity: 'playbook', id, value }], () => undefined, ctx) === undefined;
}
