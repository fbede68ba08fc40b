import {
  type ApiRoutes,
  apiRoutes,
  type PathParams,
  type RouteBody,
  type RouteDescription,
  type RouteQuery,
} from '../../../shared/api/routes';
import { callRoute } from './call-route';
import type { FetchFn } from './request-json';

/** Where a workspace lives and the member token that opens it. */
export interface WorkspaceAccess {
  serverUrl: string;
  workspaceId: string;
  token: string;
}

/** The routes the extension calls, by their names in shared/api/routes/. */
export type ClientRoutes = Record<
  | 'health'
  | 'createWorkspace'
  | 'acceptInvite'
  | 'readMe'
  | 'push'
  | 'pull'
  | 'readHistory'
  | 'readBackup'
  | MemberAdminRoute,
  RouteDescription
>;

/** The members and invites an owner or PMO manages from the administration page. */
type MemberAdminRoute =
  | 'listMembers'
  | 'changeMemberRole'
  | 'removeMember'
  | 'revokeMemberTokens'
  | 'createInvite'
  | 'listInvites'
  | 'revokeInvite'
  | ShareLinkRoute;

/** The sponsor links an owner or PMO manages from the administration page. */
type ShareLinkRoute = 'createShareLink' | 'listShareLinks' | 'revokeShareLink';

/** The `:ws` of the workspace routes; a renamed parameter in their descriptions fails to compile here. */
const workspaceParams = (access: WorkspaceAccess): PathParams<ApiRoutes['push' | 'pull']['path']> => ({
  ws: access.workspaceId,
});

/** A call of a workspace route as this member, with its other path parameters. */
const asMember = (access: WorkspaceAccess, params: Record<string, string> = {}) => ({
  serverUrl: access.serverUrl,
  token: access.token,
  params: { ...workspaceParams(access), ...params },
});

/** The calls of the client, typed from the descriptions it is built from. */
function buildWorkerApi<R extends ClientRoutes>(fetchFn: FetchFn, routes: R) {
  return {
    fetchHealth: (serverUrl: string) => callRoute<R['health']>(fetchFn, routes.health, { serverUrl }),

    createWorkspace: (serverUrl: string, bootstrapSecret: string, body: RouteBody<R['createWorkspace']>) =>
      callRoute<R['createWorkspace']>(fetchFn, routes.createWorkspace, { serverUrl, token: bootstrapSecret, body }),

    acceptInvite: (serverUrl: string, body: RouteBody<R['acceptInvite']>) =>
      callRoute<R['acceptInvite']>(fetchFn, routes.acceptInvite, { serverUrl, body }),

    fetchMe: (serverUrl: string, token: string) => callRoute<R['readMe']>(fetchFn, routes.readMe, { serverUrl, token }),

    push: (access: WorkspaceAccess, body: RouteBody<R['push']>) =>
      callRoute<R['push']>(fetchFn, routes.push, {
        serverUrl: access.serverUrl,
        token: access.token,
        params: workspaceParams(access),
        body,
      }),

    pull: (access: WorkspaceAccess, body: RouteBody<R['pull']>) =>
      callRoute<R['pull']>(fetchFn, routes.pull, {
        serverUrl: access.serverUrl,
        token: access.token,
        params: workspaceParams(access),
        body,
      }),

    readHistory: (access: WorkspaceAccess, query: RouteQuery<R['readHistory']>) =>
      callRoute<R['readHistory']>(fetchFn, routes.readHistory, {
        serverUrl: access.serverUrl,
        token: access.token,
        params: workspaceParams(access),
        query,
      }),

    readBackup: (access: WorkspaceAccess) => callRoute<R['readBackup']>(fetchFn, routes.readBackup, asMember(access)),

    listMembers: (access: WorkspaceAccess) =>
      callRoute<R['listMembers']>(fetchFn, routes.listMembers, asMember(access)),

    changeMemberRole: (access: WorkspaceAccess, memberId: string, body: RouteBody<R['changeMemberRole']>) =>
      callRoute<R['changeMemberRole']>(fetchFn, routes.changeMemberRole, { ...asMember(access, { memberId }), body }),

    removeMember: (access: WorkspaceAccess, memberId: string) =>
      callRoute<R['removeMember']>(fetchFn, routes.removeMember, asMember(access, { memberId })),

    revokeMemberTokens: (access: WorkspaceAccess, memberId: string) =>
      callRoute<R['revokeMemberTokens']>(fetchFn, routes.revokeMemberTokens, asMember(access, { memberId })),

    createInvite: (access: WorkspaceAccess, body: RouteBody<R['createInvite']>) =>
      callRoute<R['createInvite']>(fetchFn, routes.createInvite, { ...asMember(access), body }),

    listInvites: (access: WorkspaceAccess) =>
      callRoute<R['listInvites']>(fetchFn, routes.listInvites, asMember(access)),

    revokeInvite: (access: WorkspaceAccess, inviteId: string) =>
      callRoute<R['revokeInvite']>(fetchFn, routes.revokeInvite, asMember(access, { inviteId })),

    createShareLink: (access: WorkspaceAccess, body: RouteBody<R['createShareLink']>) =>
      callRoute<R['createShareLink']>(fetchFn, routes.createShareLink, { ...asMember(access), body }),

    listShareLinks: (access: WorkspaceAccess) =>
      callRoute<R['listShareLinks']>(fetchFn, routes.listShareLinks, asMember(access)),

    revokeShareLink: (access: WorkspaceAccess, linkId: string) =>
      callRoute<R['revokeShareLink']>(fetchFn, routes.revokeShareLink, asMember(access, { linkId })),
  };
}

export type WorkerApi = ReturnType<typeof buildWorkerApi<ApiRoutes>>;

/**
 * The Worker's HTTP API (docs/sync.md "API contract"), each call answering a Result. Paths,
 * methods, bodies and answers come from the route descriptions; `routes` is for tests that
 * prove it with changed copies of them.
 */
export function createWorkerApi<R extends ClientRoutes>(
  fetchFn: FetchFn,
  routes: R,
): ReturnType<typeof buildWorkerApi<R>>;
export function createWorkerApi(fetchFn: FetchFn): WorkerApi;
// Typed by the two signatures above; the last one is what `ReturnType<typeof createWorkerApi>` gives.
export function createWorkerApi(fetchFn: FetchFn, routes: ClientRoutes = apiRoutes): unknown {
  return buildWorkerApi(fetchFn, routes);
}
