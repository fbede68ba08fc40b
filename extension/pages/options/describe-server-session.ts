import type { ConnectionRow } from '../../db/database';
import type { ConnectionReport, MessageError } from '../../messaging/protocol';

/** What "Test connection" says about this browser's workspace on the server it checked. */
export type ServerSession =
  | { kind: 'signedIn'; workspaceName: string; member: ConnectionRow['member'] }
  | { kind: 'refused'; error: MessageError }
  | { kind: 'none' };

/** One joining of a workspace: joining it again (a new token) is another. */
export const connectionKey = (connection: Pick<ConnectionRow, 'workspaceId' | 'connectedAt'>) =>
  `${connection.workspaceId}@${connection.connectedAt}`;

/**
 * The report is a snapshot taken when the server answered; joining or leaving a workspace afterwards
 * changes the answer, so it is read against the workspaces joined now (the active one first, as the
 * check itself does). A refusal stands until a workspace on that server is joined after the check.
 */
export function describeServerSession(
  report: Pick<ConnectionReport, 'serverUrl' | 'sessionError'>,
  joinedAtCheck: ReadonlySet<string>,
  connections: readonly ConnectionRow[],
  activeId: string | null,
): ServerSession {
  const onServer = connections.filter((connection) => connection.serverUrl === report.serverUrl);
  const live = onServer.find((connection) => connection.workspaceId === activeId) ?? onServer[0];
  const isJoinedSince = live !== undefined && !joinedAtCheck.has(connectionKey(live));
  if (report.sessionError && !isJoinedSince) return { kind: 'refused', error: report.sessionError };
  if (live) return { kind: 'signedIn', workspaceName: live.workspaceName, member: live.member };
  return { kind: 'none' };
}
