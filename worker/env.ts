import type { Role } from '../shared';
import type { WorkspaceObject } from './workspace/workspace-object';

/** Bindings of the Worker, as declared in wrangler.toml (plus the BOOTSTRAP_SECRET secret). */
export interface Env {
  DB: D1Database;
  WORKSPACE: DurableObjectNamespace<WorkspaceObject>;
  /** Unset or empty disables `POST /v1/workspaces` (403 bootstrap_disabled). */
  BOOTSTRAP_SECRET?: string;
  API_VERSION: string;
}

/** The member behind a valid bearer token, with the workspace it belongs to. */
export interface AuthedMember {
  id: string;
  name: string;
  email: string;
  role: Role;
  workspaceId: string;
  workspaceName: string;
}

/** Hono environment of every route: bindings plus what the auth middleware sets. */
export type AppEnv = { Bindings: Env; Variables: { member: AuthedMember } };
