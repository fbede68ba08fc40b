import type { PmoDatabase } from '../../db/database';
import { forgetWorkspace, workspaceTables } from '../../db/wipe-workspace';
import type { ApiError } from '../worker-api/request-json';

/**
 * The Worker's answer once a token is revoked or its member removed (401 `unauthorized`, on the next
 * request). Only this wipes local data: a network failure, a 5xx, a 403, a 404 or a 429 never does.
 */
export function isAccessRevoked(error: ApiError): boolean {
  return error.status === 401 && error.code === 'unauthorized';
}

/**
 * Wipes a workspace whose token the server refused, as "leave" does, and keeps a notice saying what
 * happened until the user dismisses it. Answers false, wiping nothing, when the workspace was
 * joined again with another token while the refused request was in flight.
 */
export async function forgetRevokedWorkspace(
  db: PmoDatabase,
  workspaceId: string,
  refusedToken: string,
  at: string,
): Promise<boolean> {
  return db.transaction('rw', [...workspaceTables(db), db.settings, db.accessNotices], async () => {
    const connection = await db.connections.get(workspaceId);
    if (!connection || connection.token !== refusedToken) return false;
    const discardedEdits = await forgetWorkspace(db, workspaceId);
    await db.accessNotices.put({
      workspaceId,
      workspaceName: connection.workspaceName,
      serverUrl: connection.serverUrl,
      reason: 'revoked',
      discardedEdits,
      at,
    });
    return true;
  });
}
