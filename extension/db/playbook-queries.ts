import type { Template } from '../../shared/schemas/methodology';
import type { Playbook } from '../../shared/schemas/playbooks';
import type { PmoDatabase } from './database';
import { listRecords, readRecord } from './read-records';

/** Reads of the PMO's playbooks (docs/domain.md "Playbook") for extension pages, meant for useLiveQuery. */

/** Every playbook of a workspace, by title. */
export async function listPlaybooks(db: PmoDatabase, workspaceId: string): Promise<Playbook[]> {
  const playbooks = await listRecords<Playbook>(db, workspaceId, 'playbook');
  return playbooks.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** One playbook, or null when it is not (or no longer) there. */
export async function readPlaybook(db: PmoDatabase, workspaceId: string, id: string): Promise<Playbook | null> {
  return (await readRecord<Playbook>(db, workspaceId, 'playbook', id)) ?? null;
}

/** The workspace's methodology templates, oldest first: where the gate criteria a playbook links to are. */
export async function listTemplatesForPlaybooks(db: PmoDatabase, workspaceId: string): Promise<Template[]> {
  const templates = await listRecords<Template>(db, workspaceId, 'template');
  return templates.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
