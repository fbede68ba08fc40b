import {
  type AcceptInviteRequest,
  type CreateWorkspaceRequest,
  HealthResponseSchema,
  MeResponseSchema,
  SessionResponseSchema,
} from '../../../shared/api/schemas';
import {
  type PullRequest,
  PullResponseSchema,
  type PushRequest,
  PushResponseSchema,
} from '../../../shared/sync/protocol';
import { type FetchFn, requestJson } from './request-json';

/** Where a workspace lives and the member token that opens it. */
export interface WorkspaceAccess {
  serverUrl: string;
  workspaceId: string;
  token: string;
}

/** The Worker's HTTP API (SYNC.md "API contract"), each call answering a Result. */
export function createWorkerApi(fetchFn: FetchFn) {
  const workspacePath = (access: WorkspaceAccess, action: string) =>
    `/v1/workspaces/${encodeURIComponent(access.workspaceId)}/${action}`;
  return {
    fetchHealth: (serverUrl: string) =>
      requestJson(fetchFn, { serverUrl, path: '/v1/health', method: 'GET', schema: HealthResponseSchema }),

    createWorkspace: (serverUrl: string, bootstrapSecret: string, body: CreateWorkspaceRequest) =>
      requestJson(fetchFn, {
        serverUrl,
        path: '/v1/workspaces',
        method: 'POST',
        token: bootstrapSecret,
        body,
        schema: SessionResponseSchema,
      }),

    acceptInvite: (serverUrl: string, body: AcceptInviteRequest) =>
      requestJson(fetchFn, {
        serverUrl,
        path: '/v1/invites/accept',
        method: 'POST',
        body,
        schema: SessionResponseSchema,
      }),

    fetchMe: (serverUrl: string, token: string) =>
      requestJson(fetchFn, { serverUrl, path: '/v1/me', method: 'GET', token, schema: MeResponseSchema }),

    push: (access: WorkspaceAccess, body: PushRequest) =>
      requestJson(fetchFn, {
        serverUrl: access.serverUrl,
        path: workspacePath(access, 'push'),
        method: 'POST',
        token: access.token,
        body,
        schema: PushResponseSchema,
      }),

    pull: (access: WorkspaceAccess, body: PullRequest) =>
      requestJson(fetchFn, {
        serverUrl: access.serverUrl,
        path: workspacePath(access, 'pull'),
        method: 'POST',
        token: access.token,
        body,
        schema: PullResponseSchema,
      }),
  };
}

export type WorkerApi = ReturnType<typeof createWorkerApi>;
