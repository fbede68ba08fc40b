import type { MemberSummary } from '../../../shared/api/schemas';
import { listManagedProjectIds } from '../../../shared/mutations/managed-projects';
import type { PmoDatabase } from '../../db/database';
import { listRecords } from '../../db/read-records';
import { entityOfRowKey, type RowMap } from './row-map';

/**
 * The projects a pm manages in the local view, so a local edit is refused exactly when the server
 * would refuse it (the server decides from its own rows; this only keeps the optimism honest).
 * Other roles need none: undefined.
 */
export async function readManagedProjectIds(
  db: PmoDatabase,
  workspaceId: string,
  member: MemberSummary,
): Promise<ReadonlySet<string> | undefined> {
  if (member.role !== 'pm') return undefined;
  return listManagedProjectIds(await listRecords(db, workspaceId, 'project'), member.id);
}

/**
 * The projects a pm manages among the rows of a rebase. Those rows include every project a pending
 * mutation's rights depend on, because applyLocalMutation lists them in the mutation's `touched`.
 */
export function listManagedProjectsInRows(rows: RowMap, member: MemberSummary): ReadonlySet<string> | undefined {
  if (member.role !== 'pm') return undefined;
  const projects = [...rows].filter(([key]) => entityOfRowKey(key) === 'project').map(([, value]) => value);
  return listManagedProjectIds(projects, member.id);
}
