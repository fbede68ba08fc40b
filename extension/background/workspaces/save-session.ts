import type { SessionResponse } from '../../../shared/api/schemas';
import { ok } from '../../../shared/result';
import { writeSetting } from '../../db/settings';
import { wipeWorkspace, workspaceTables } from '../../db/wipe-workspace';
import type { ConnectionSummary, MessageResult } from '../../messaging/protocol';
import type { WorkspaceDeps } from './workspace-deps';

/**
 * Stores a joined workspace and makes it the active one, then starts its first sync. Joining
 * again as the same member only refreshes the token; as another member it starts from scratch,
 * because the old member's pending edits cannot be pushed with the new member's token.
 */
export async function saveSession(
  deps: WorkspaceDeps,
  serverUrl: string,
  session: SessionResponse,
): Promise<MessageResult<ConnectionSummary>> {
  const { db } = deps;
  const { workspace, member, token } = session;
  await db.transaction('rw', [...workspaceTables(db), db.settings, db.accessNotices], async () => {
    // Joined again: the notice that access was lost has done its job.
    await db.accessNotices.delete(workspace.id);
    const existing = await db.connections.get(workspace.id);
    if (existing && existing.member.id === member.id) {
      // A new token gets its own rate limit: a wait the old one was told does not apply.
      await db.connections.update(workspace.id, {
        serverUrl,
        token,
        member,
        workspaceName: workspace.name,
        retryAt: null,
      });
    } else {
      if (existing) await wipeWorkspace(db, workspace.id);
      await db.connections.add({
        workspaceId: workspace.id,
        workspaceName: workspace.name,
        serverUrl,
        token,
        member,
        clientGroupId: deps.newId(),
        clientId: deps.newId(),
        nextMutationId: 1,
        cookie: null,
        syncStatus: 'pending',
        pendingCount: 0,
        lastSyncAt: null,
        lastError: null,
        retryAt: null,
        connectedAt: deps.now(),
      });
    }
    await writeSetting(db, 'activeWorkspaceId', workspace.id);
    await writeSetting(db, 'lastServerUrl', serverUrl);
  });
  void deps.sync.syncNow(workspace.id);
  return ok({ workspaceId: workspace.id, workspaceName: workspace.name, member });
}
