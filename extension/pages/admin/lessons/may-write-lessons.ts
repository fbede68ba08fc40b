import type { MemberSummary } from '../../../../shared/api/schemas';
import type { AnyRecord } from '../../../../shared/entities';
import { authorizeWrites } from '../../../../shared/mutations/authorize-writes';
import { listManagedProjectIds } from '../../../../shared/mutations/managed-projects';
import { buildMutationContext } from '../../../../shared/mutations/mutation-context';
import type { Project } from '../../../../shared/schemas/project';

/** Whether the member may write this lesson, or create one in `projectId` (absent: workspace-wide). */
export type MayWriteLesson = (lesson: AnyRecord | { projectId?: string }) => boolean;

const newId = '00000000-0000-4000-8000-000000000000';

/**
 * Asks the rule the Worker enforces (shared/mutations/authorize-writes.ts: owner and pmo any lesson,
 * a pm those of their projects and the workspace-wide ones they wrote, a contributor their own) before
 * any button is offered, so a screen never shows what would be refused.
 */
export function createMayWriteLesson(
  member: Pick<MemberSummary, 'id' | 'role'>,
  projects: readonly Project[],
): MayWriteLesson {
  const ctx = buildMutationContext(member, new Date().toISOString(), listManagedProjectIds(projects, member.id));
  return (lesson) => {
    const stored = 'id' in lesson ? (lesson as AnyRecord) : undefined;
    const id = stored?.id ?? newId;
    const value = stored ?? { id, version: 0, createdBy: member.id, ...lesson };
    return authorizeWrites([{ op: 'put', entity: 'lesson', id, value }], () => stored, ctx) === undefined;
  };
}
