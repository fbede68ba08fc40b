import type { MemberSummary } from '../../../shared/api/schemas';
import type { AnyRecord, EntityName } from '../../../shared/entities';
import { authorizeWrites } from '../../../shared/mutations/authorize-writes';
import { listManagedProjectIds } from '../../../shared/mutations/managed-projects';
import { buildMutationContext } from '../../../shared/mutations/mutation-context';
import type { Project } from '../../../shared/schemas/project';

/** Whether the member may write a record: create one in the project (no `record`) or change this one. */
export type MayWrite = (entity: EntityName, record?: AnyRecord) => boolean;

/**
 * Asks the rule the Worker enforces (shared/mutations/authorize-writes.ts) before the click, so a
 * screen hides or disables what would be refused, rather than learning it from a refusal.
 */
export function createMayWrite(member: MemberSummary, project: Project, today: string): MayWrite {
  const ctx = buildMutationContext(member, `${today}T00:00:00.000Z`, listManagedProjectIds([project], member.id));
  return (entity, record) => {
    const id = record?.id ?? '00000000-0000-4000-8000-000000000000';
    const after = record ?? { id, version: 0, projectId: project.id, createdBy: member.id };
    const refused = authorizeWrites([{ op: 'put', entity, id, value: after }], () => record, ctx);
    return refused === undefined;
  };
}
