import type { AnyRecord } from '../entities';
import type { ReadRow, RowRef, Write } from './types';

/** Whether a project names `actorId` as its manager. */
export function isManagedBy(project: AnyRecord | undefined, actorId: string): boolean {
  return project !== undefined && project.managerId === actorId;
}

/**
 * The ids of the `projects` that `actorId` manages: the `managedProjectIds` a pm's MutationContext
 * needs. The Durable Object computes the same set with SQL.
 */
export function listManagedProjectIds(projects: Iterable<AnyRecord>, actorId: string): Set<string> {
  const managed = new Set<string>();
  for (const project of projects) if (isManagedBy(project, actorId)) managed.add(project.id);
  return managed;
}

/**
 * The managed set after a mutation's writes: a project put with the actor as manager joins it, any
 * other project put or a project delete leaves it. Lets a replay keep the set without re-reading.
 */
export function reviseManagedProjectIds(
  managed: ReadonlySet<string>,
  writes: readonly Write[],
  actorId: string,
): ReadonlySet<string> {
  if (!writes.some((write) => write.entity === 'project')) return managed;
  const next = new Set(managed);
  for (const write of writes) {
    if (write.entity !== 'project') continue;
    if (write.op === 'put' && isManagedBy(write.value, actorId)) next.add(write.id);
    else next.delete(write.id);
  }
  return next;
}

/**
 * The projects whose management decides whether a pm may make these writes: each written project,
 * and the project of each written record before and after. A client keeps them with its pending
 * mutation, so a later replay has them at hand to rebuild the managed set.
 */
export function listDecidingProjects(writes: readonly Write[], read: ReadRow): RowRef[] {
  const ids = new Set<string>();
  for (const write of writes) {
    if (write.entity === 'project') {
      ids.add(write.id);
      continue;
    }
    const before = read(write.entity, write.id);
    const after = write.op === 'put' ? write.value : undefined;
    for (const record of [before, after]) if (typeof record?.projectId === 'string') ids.add(record.projectId);
  }
  return [...ids].map((id) => ({ entity: 'project', id }));
}
