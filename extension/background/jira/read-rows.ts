import type { EntityName } from '../../../shared/entities';
import type { PmoDatabase } from '../../db/database';

// Rows in Dexie were validated by the mutators that wrote them, so they are taken as the shared types.

/** Every record of one entity in a workspace. */
export async function listEntityRows<T>(db: PmoDatabase, workspaceId: string, entity: EntityName): Promise<T[]> {
  const rows = await db.records.where('[workspaceId+entity]').equals([workspaceId, entity]).toArray();
  return rows.map((row) => row.value as unknown as T);
}

/** The records of one entity in one project, through the project index. */
export async function listProjectRows<T>(
  db: PmoDatabase,
  workspaceId: string,
  entity: EntityName,
  projectId: string,
): Promise<T[]> {
  const rows = await db.records
    .where('[workspaceId+entity+projectId]')
    .equals([workspaceId, entity, projectId])
    .toArray();
  return rows.map((row) => row.value as unknown as T);
}
