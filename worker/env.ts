import type { Role } from '../shared';
import type { WorkspaceObject } from './workspace/workspace-object';

/** Bindings of the Worker, as declared in wrangler.toml (plus the BOOTSTRAP_SECRET secret). */
export interface Env {
  DB: D1Database;
  WORKSPACE: DurableObjectNamespace<WorkspaceObject>;
  /** Per-token limit of authenticated requests (wrangler.toml `[[ratelimits]]`). */
  RATE_LIMITER: RateLimit;
  /** Per-IP limit of the routes without a member token (invite acceptance, workspace creation). */
  PUBLIC_RATE_LIMITER: RateLimit;
  /** Per-IP limit of bearer tokens that matched no member; over it the address is refused before lookup. */
  AUTH_FAILURE_RATE_LIMITER: RateLimit;
  /** Unset or empty disables `POST /v1/workspaces` (403 bootstrap_disabled). */
  BOOTSTRAP_SECRET?: string;
  API_VERSION: string;
  /** Days a tombstone is kept before the daily alarm prunes it; "30" when unset or not a number. */
  TOMBSTONE_RETENTION_DAYS?: string;
}

/** The member behind a valid bearer token, with the workspace it belongs to. */
export interface AuthedMember {
  id: string;
  name: string;
  email: string;
  role: Role;
  workspaceId: string;
  workspaceName: string;
  /** SHA-256 of the bearer token the request came with, so the member can revoke exactly it. */
  tokenHash: string;
  /** When the member was last seen before this request (null: never); absent where no request read it. */
  lastSeenAt?: string | null;
}

/** Hono environment of every route: bindings plus what the auth middleware sets. */
export type AppEnv = { Bindings: Env; Variables: { member: AuthedMember } };
