import { ok } from '../../../shared/result';
import { forgetWorkspace, workspaceTables } from '../../db/wipe-workspace';
import type { MessageResult } from '../../messaging/protocol';
import type { WorkspaceDeps } from './workspace-deps';

/** Forgets a workspace on this browser: its data and unsynced edits go; the server keeps the membership. */
export async function leaveWorkspace(
  deps: WorkspaceDeps,
  workspaceId: string,
): Promise<MessageResult<{ discardedEdits: number }>> {
  const { db } = deps;
  deps.sync.forget(workspaceId);
  const discardedEdits = await db.transaction('rw', [...workspaceTables(db), db.settings], () =>
    forgetWorkspace(db, workspaceId),
  );
  return ok({ discardedEdits });
}
