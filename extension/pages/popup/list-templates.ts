import type { MemberSummary } from '../../../shared/api/schemas';
import { sortTemplatesForChoice } from '../../../shared/methodology/project-start';
import type { Template } from '../../../shared/schemas/methodology';
import type { PmoDatabase } from '../../db/database';
import { listRecords } from '../../db/read-records';

/** A workspace's methodology templates in the order a new project is offered them (shared rule). */
export async function listTemplates(db: PmoDatabase, workspaceId: string): Promise<Template[]> {
  return sortTemplatesForChoice(await listRecords<Template>(db, workspaceId, 'template'));
}

/** The member this browser is in `workspaceId`, or null before it has joined. */
export async function readWorkspaceMember(db: PmoDatabase, workspaceId: string): Promise<MemberSummary | null> {
  return (await db.connections.get(workspaceId))?.member ?? null;
}
