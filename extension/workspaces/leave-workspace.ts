import { ok } from '../../shared/result';
import { deleteSetting, readSetting, writeSetting } from '../db/settings';
import { wipeWorkspace, workspaceTables } from '../db/wipe-workspace';
import type { MessageResult } from '../messaging/protocol';
import type { WorkspaceDeps } from './workspace-deps';

/** Forgets a workspace on this browser: its data and unsynced edits go; the server keeps the membership. */
export async function leaveWorkspace(
  deps: WorkspaceDeps,
  workspaceId: string,
): Promise<MessageResult<{ discardedEdits: number }>> {
  const { db } = deps;
  deps.sync.forget(workspaceId);
  const discardedEdits = await db.transaction('rw', [...workspaceTables(db), db.settings], async () => {
    const pendingCount = await db.pending.where('workspaceId').equals(workspaceId).count();
    await wipeWorkspace(db, workspaceId);
    if ((await readSetting(db, 'activeWorkspaceId')) === workspaceId) {
      const next = await db.connections.toCollection().first();
      if (next) await writeSetting(db, 'activeWorkspaceId', next.workspaceId);
      else await deleteSetting(db, 'activeWorkspaceId');
    }
    return pendingCount;
  });
  return ok({ discardedEdits });
}
