import type { MemberSummary } from '../../../shared/api/schemas';
import { ok, type Result } from '../../../shared/result';
import type { ConnectionRow, PmoDatabase } from '../../db/database';
import type { ApiError } from '../worker-api/request-json';
import type { WorkerApi } from '../worker-api/worker-api';

/**
 * How often a sync asks the Worker who this member is now (`GET /v1/me`): an owner's change of role
 * reaches an open workspace app within this, without a request on every 2 s poll (docs/sync.md
 * "Triggers and backoff").
 */
export const memberCheckIntervalMs = 15_000;

/** Whether the member's role is worth asking again: it is old, or a push was just refused for the role. */
export function isMemberCheckDue(connection: ConnectionRow, now: string, wasRefused: boolean): boolean {
  if (wasRefused) return true;
  const checked = Date.parse(connection.memberCheckedAt ?? connection.connectedAt);
  return !(Date.parse(now) - checked < memberCheckIntervalMs);
}

/**
 * Asks the Worker who the member is now and keeps it in the connection row, which every page reads
 * live: the workspace app's `mayWrite` follows a new role at once. A changed role also leaves a
 * notice saying so (extension/pages/common/AccessNotices.tsx). A 401 comes back to the caller, which
 * wipes the workspace as for any revoked access (revoked-access.ts).
 */
export async function followMemberRole(
  db: PmoDatabase,
  api: WorkerApi,
  connection: ConnectionRow,
  now: string,
): Promise<Result<MemberSummary | null, ApiError>> {
  const me = await api.fetchMe(connection.serverUrl, connection.token);
  if (!me.ok) return me;
  const member = me.value.member;
  await db.transaction('rw', [db.connections, db.accessNotices], async () => {
    const current = await db.connections.get(connection.workspaceId);
    // Left or joined again meanwhile: this answer is about a token that is no longer ours.
    if (!current || current.token !== connection.token) return;
    await db.connections.update(connection.workspaceId, { member, memberCheckedAt: now });
    if (current.member.role === member.role) return;
    await db.accessNotices.put({
      workspaceId: current.workspaceId,
      workspaceName: current.workspaceName,
      serverUrl: current.serverUrl,
      reason: 'roleChanged',
      role: member.role,
      previousRole: current.member.role,
      discardedEdits: 0,
      at: now,
    });
  });
  return ok(member.role === connection.member.role ? null : member);
}
