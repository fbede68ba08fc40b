import { ok } from '../../../shared/result';
import type { ConnectionRow } from '../../db/database';
import { readSetting, writeSetting } from '../../db/settings';
import { explainApiFailure } from '../../messaging/explain-api-failure';
import type { ConnectionReport, MessageResult } from '../../messaging/protocol';
import { checkServerUrl } from '../../messaging/validate-workspace-forms';
import { forgetRevokedWorkspace, isAccessRevoked } from './revoked-access';
import type { WorkspaceDeps } from './workspace-deps';

/** "Test connection": is the Worker there (/v1/health), and does it still accept our token (/v1/me)? */
export async function testConnection(
  deps: WorkspaceDeps,
  serverUrlText: string,
): Promise<MessageResult<ConnectionReport>> {
  const checked = checkServerUrl(serverUrlText);
  if (!checked.ok) return { ok: false, error: checked.errors[0] };
  const serverUrl = checked.value;
  const health = await deps.api.fetchHealth(serverUrl);
  if (!health.ok) return { ok: false, error: explainApiFailure(health.error, {}) };
  await writeSetting(deps.db, 'lastServerUrl', serverUrl);

  const report: ConnectionReport = {
    serverUrl,
    serverVersion: health.value.version,
    session: null,
    sessionError: null,
  };
  const connection = await findConnectionOn(deps, serverUrl);
  if (!connection) return ok(report);
  const me = await deps.api.fetchMe(serverUrl, connection.token);
  if (!me.ok) {
    if (
      isAccessRevoked(me.error) &&
      (await forgetRevokedWorkspace(deps.db, connection.workspaceId, connection.token, deps.now()))
    ) {
      deps.sync.forget(connection.workspaceId);
    }
    return ok({ ...report, sessionError: explainApiFailure(me.error, {}) });
  }
  const { workspace, member } = me.value;
  // The server is the truth for names and roles: refresh what the pages show.
  await deps.db.connections.update(connection.workspaceId, { workspaceName: workspace.name, member });
  return ok({ ...report, session: { workspaceId: workspace.id, workspaceName: workspace.name, member } });
}

/** The active workspace if it lives on that server, else any workspace joined there. */
async function findConnectionOn(deps: WorkspaceDeps, serverUrl: string): Promise<ConnectionRow | undefined> {
  const activeId = await readSetting(deps.db, 'activeWorkspaceId');
  const onServer = await deps.db.connections.filter((connection) => connection.serverUrl === serverUrl).toArray();
  return onServer.find((connection) => connection.workspaceId === activeId) ?? onServer[0];
}
