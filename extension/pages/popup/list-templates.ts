import type { MemberSummary } from '../../../shared/api/schemas';
import { sortTemplatesForChoice } from '../../../shared/methodology/project-start';
import type { Template } from '../../../shared/schemas/methodology';
import type { PmoDatabase } from '../../db/database';

/** A workspace's methodology templates in the order a new project is offered them (shared rule). */
export async function listTemplates(db: PmoDatabase, workspaceId: string): Promise<Template[]> {
  const rows = await db.records.where('[workspaceId+entity]').equals([workspaceId, 'template']).toArray();
  return sortTemplatesForChoice(rows.map((row) => row.value as unknown as Template));
}

/** The member this browser is in `workspaceId`, or null before it has joined. */
export async function readWorkspaceMember(db: PmoDatabase, workspaceId: string): Promise<MemberSummary | null> {
  return (await db.connections.get(workspaceId))?.member ?? null;
}
