import { explainApiFailure } from '../../messaging/explain-api-failure';
import type { ConnectionSummary, MessageInput, MessageResult } from '../../messaging/protocol';
import { checkCreateWorkspaceForm, checkJoinForm, checkTokenForm } from '../../messaging/validate-workspace-forms';
import { saveSession } from './save-session';
import type { WorkspaceDeps } from './workspace-deps';

/** "Create workspace": the server setup key (BOOTSTRAP_SECRET) opens POST /v1/workspaces; a refusal is about the key. */
export async function createWorkspace(
  deps: WorkspaceDeps,
  input: MessageInput<'workspace.create'>,
): Promise<MessageResult<ConnectionSummary>> {
  const check = checkCreateWorkspaceForm(input);
  if (!check.ok) return { ok: false, error: check.errors[0] };
  const { serverUrl, body } = check.value;
  const created = await deps.api.createWorkspace(serverUrl, input.bootstrapSecret.trim(), body);
  if (!created.ok) {
    const fields = { 401: 'bootstrapSecret', 403: 'bootstrapSecret' };
    return { ok: false, error: explainApiFailure(created.error, fields, 'setupKey') };
  }
  return saveSession(deps, serverUrl, created.value);
}

/** "Join with invite code": an unknown (404) or used/expired (410) code is about the code field. */
export async function joinWorkspace(
  deps: WorkspaceDeps,
  input: MessageInput<'workspace.join'>,
): Promise<MessageResult<ConnectionSummary>> {
  const check = checkJoinForm(input);
  if (!check.ok) return { ok: false, error: check.errors[0] };
  const { serverUrl, body } = check.value;
  const accepted = await deps.api.acceptInvite(serverUrl, body);
  if (!accepted.ok) return { ok: false, error: explainApiFailure(accepted.error, { 404: 'code', 410: 'code' }) };
  return saveSession(deps, serverUrl, accepted.value);
}

/** "Connect with an access token": /v1/me tells whose token it is; a refusal is about the token. */
export async function connectWithToken(
  deps: WorkspaceDeps,
  input: MessageInput<'workspace.connectWithToken'>,
): Promise<MessageResult<ConnectionSummary>> {
  const check = checkTokenForm(input);
  if (!check.ok) return { ok: false, error: check.errors[0] };
  const { serverUrl, token } = check.value;
  const me = await deps.api.fetchMe(serverUrl, token);
  if (!me.ok) return { ok: false, error: explainApiFailure(me.error, { 401: 'token', 403: 'token', 404: 'token' }) };
  return saveSession(deps, serverUrl, { ...me.value, token });
}
